import { createHash } from 'node:crypto';
import type { ArticleDoc, Block } from '../model/document.js';
import type { ArticleOutput } from '../model/output.js';
import { attributes, escapeHtml, renderSpans, type MarkupSpan } from './html-spans.js';
import { ARTICLE_SCRIPT } from './html-script.js';
import { ARTICLE_CSS } from './html-style.js';
import { Framing, frameAll, type Writer } from './writer.js';

/**
 * `-f html`: a page to look at. Self-contained — the stylesheet and script are inlined, nothing is
 * fetched (the page's Content-Security-Policy forbids any request and allows only newsmark's own
 * script and style, by hash, so even a fault in escaping could not run article text as script).
 *
 * The markup is meant to be read by scripts and tests as well as people:
 * - a mention is `<mark data-entity="e1" data-type="person|place|organization">`;
 * - a quote is `<span class="nm-quote" data-quote="q3" data-kind="full" data-speaker="e1">`;
 * - its speaker's attribution carries `data-speaker-of="q3"`, its cue `data-cue-of="q3"`;
 * - an issue's evidence carries `data-ev="0 2"` (indexes into the article's issues);
 * - an element continuing one cut at a paragraph or at a crossing span has `data-cont`,
 *   so `mark[data-entity]:not([data-cont])` counts each mention once.
 */

type Extra = ArticleOutput & {
  /** Fields other parts of newsmark may add to the output; shown when present. */
  quantities?: { start?: number; end?: number; text?: string; value?: unknown; unit?: string; kind?: string }[];
};

const TYPE_LABEL = { person: 'person', place: 'place', organization: 'org' } as const;
type EntityKind = keyof typeof TYPE_LABEL;

const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
/** A short id for an article's elements: stable, from its id, so one page can hold many articles. */
export function articleKey(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return 'nmart-' + h.toString(36);
}

/** Text that does not sit in any block (there should be none) is still shown, never dropped. */
function segments(text: string, blocks: readonly Block[]): { start: number; end: number; kind: Block['kind'] | 'other' }[] {
  const out: { start: number; end: number; kind: Block['kind'] | 'other' }[] = [];
  let at = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    if (b.start < at) continue;
    if (/\S/.test(text.slice(at, b.start))) out.push({ start: at, end: b.start, kind: 'other' });
    out.push({ start: b.start, end: b.end, kind: b.kind });
    at = b.end;
  }
  if (/\S/.test(text.slice(at))) out.push({ start: at, end: text.length, kind: 'other' });
  return out;
}

const BLOCK_TAG: Record<Block['kind'] | 'other', [string, string]> = {
  section: ['p', 'nm-section'],
  headline: ['h1', 'nm-headline'],
  subheading: ['h2', 'nm-subheading'],
  dateline: ['p', 'nm-dateline'],
  byline: ['p', 'nm-byline'],
  caption: ['p', 'nm-caption'],
  paragraph: ['p', 'nm-paragraph'],
  boilerplate: ['p', 'nm-boilerplate'],
  other: ['p', 'nm-other'],
};

function collectSpans(o: Extra): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  const roles = new Map<string, MarkupSpan>();
  const role = (start: number | undefined, end: number | undefined, kind: 'speaker' | 'cue', quote: string) => {
    if (start === undefined || end === undefined || end <= start) return;
    const key = `${kind}:${start}:${end}`;
    const attr = kind === 'speaker' ? 'data-speaker-of' : 'data-cue-of';
    const existing = roles.get(key);
    if (existing) existing.attrs[attr] += ` ${quote}`;
    else {
      const span: MarkupSpan = { start, end, tag: 'span', attrs: { class: `nm-${kind}`, [attr]: quote }, rank: kind === 'speaker' ? 2 : 3 };
      roles.set(key, span);
      spans.push(span);
    }
  };
  for (const q of o.quotes) {
    const span = q.kind === 'indirect' ? q.content : q.start !== undefined && q.end !== undefined ? { start: q.start, end: q.end } : undefined;
    if (span) {
      spans.push({
        start: span.start,
        end: span.end,
        tag: 'span',
        attrs: { class: 'nm-quote', 'data-quote': q.id, 'data-kind': q.kind, 'data-speaker': q.speaker?.entity ?? undefined, tabindex: '0', role: 'button', 'aria-pressed': 'false' },
        rank: 0,
      });
    }
    if (q.speaker) role(q.speaker.start, q.speaker.end, 'speaker', q.id);
    if (q.cue) role(q.cue.start, q.cue.end, 'cue', q.id);
  }
  for (const q of o.quotations) spans.push({ start: q.start, end: q.end, tag: 'span', attrs: { class: 'nm-quotation', 'data-function': q.function }, rank: 1 });
  const mentions = (list: { id: string; mentions: { start: number; end: number; form: string }[] }[], type: EntityKind) => {
    for (const e of list)
      for (const m of e.mentions)
        spans.push({ start: m.start, end: m.end, tag: 'mark', attrs: { 'data-entity': e.id, 'data-type': type, 'data-form': m.form, 'data-label': TYPE_LABEL[type], tabindex: '0' }, rank: 4 });
  };
  mentions(o.people, 'person');
  mentions(o.places, 'place');
  mentions(o.organizations, 'organization');
  const evidence = new Map<string, MarkupSpan>();
  o.issues.forEach((issue, i) => {
    for (const ev of issue.evidence) {
      const key = `${ev.start}:${ev.end}`;
      const existing = evidence.get(key);
      if (existing) {
        if (!existing.attrs['data-ev']!.split(' ').includes(String(i))) existing.attrs['data-ev'] += ` ${i}`;
        continue;
      }
      const span: MarkupSpan = { start: ev.start, end: ev.end, tag: 'span', attrs: { class: 'nm-ev', 'data-ev': String(i) }, rank: 5 };
      evidence.set(key, span);
      spans.push(span);
    }
  });
  o.dates.forEach((d, i) => spans.push({ start: d.start, end: d.end, tag: 'span', attrs: { class: 'nm-date', 'data-date': String(i) }, rank: 6 }));
  (o.quantities ?? []).forEach((q, i) => {
    if (typeof q.start === 'number' && typeof q.end === 'number') spans.push({ start: q.start, end: q.end, tag: 'span', attrs: { class: 'nm-qty', 'data-qty': String(i) }, rank: 7 });
  });
  o.diagnostics.forEach((d, i) => {
    if (d.start !== undefined && d.end !== undefined) spans.push({ start: d.start, end: d.end, tag: 'span', attrs: { class: 'nm-diag', 'data-diag': String(i) }, rank: 8 });
  });
  return spans;
}

const plural = (n: number, one: string, many = one + 's') => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const e = escapeHtml;
const button = (act: string, id: string, label: string, extra: Record<string, string | undefined> = {}) =>
  `<button type="button"${attributes({ 'data-act': act, 'data-id': id, 'aria-pressed': 'false', ...extra })}>${e(label)}</button>`;
const muted = (s: string) => (s ? ` <span class="nm-muted">${e(s)}</span>` : '');
const none = (s: string) => `<p class="nm-none">${e(s)}</p>`;

function legend(): string {
  return `<section class="nm-legend-box" aria-label="Legend"><h2>Legend</h2><p class="nm-legend">
<mark data-type="person" data-label="person">person</mark>
<mark data-type="place" data-label="place">place</mark>
<mark data-type="organization" data-label="org">organization</mark>
<span class="nm-quote">direct quote</span>
<span class="nm-quote" data-kind="indirect">reported speech</span>
<span class="nm-cue">cue</span></p>
<p class="nm-muted">People: solid underline; places: dashed; organizations: double; direct quotes: italic; reported speech: marked “reported”. Hover or focus a name to see its entity; click a quote (or press Enter on it) to show its speaker and cue.</p>
<label><input type="checkbox" class="nm-labels-toggle"> show type labels</label></section>`;
}

function speakersPanel(o: Extra): string {
  const rows = o.speakers.map((s) => {
    const quoteIds = o.quotes.filter((q) => q.kind !== 'indirect' && q.speaker && (s.entity ? q.speaker.entity === s.entity : !q.speaker.entity && q.speaker.name.toLowerCase() === s.name.toLowerCase())).map((q) => q.id);
    const kind = (s as { kind?: string }).kind;
    const role = [s.title, s.affiliation].filter(Boolean).join(', ');
    return `<tr><td>${button('quotes', quoteIds.join(' '), s.name)}${muted([role, kind && kind !== 'person' ? kind : ''].filter(Boolean).join(' · '))}</td><td class="nm-n">${s.quotes}</td><td class="nm-n">${s.words}</td></tr>`;
  });
  const unattributed = o.quotes.filter((q) => !q.speaker).length;
  const indirect = o.quotes.filter((q) => q.kind === 'indirect').length;
  const notes = [unattributed ? `${plural(unattributed, 'quote')} with no speaker found` : '', indirect ? `${plural(indirect, 'reported-speech passage')} (not counted above)` : ''].filter(Boolean);
  return `<section><h2>Who is quoted</h2>${
    rows.length ? `<table class="nm-speakers"><thead><tr><th scope="col">speaker</th><th scope="col">quotes</th><th scope="col">words</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : none('nobody')
  }${notes.map((n) => `<p class="nm-muted">${e(n)}</p>`).join('')}</section>`;
}

function entitiesPanel(o: Extra): string {
  const group = (title: string, list: { id: string; name: string; mentions: unknown[] }[], describe: (x: never) => string) =>
    `<h3>${title} <span class="nm-muted">(${list.length})</span></h3>${
      list.length ? `<ul>${list.map((x) => `<li>${button('entity', x.id, x.name)}${muted(describe(x as never))} <span class="nm-muted">×${x.mentions.length}</span></li>`).join('')}</ul>` : none('none found')
    }`;
  return `<section><h2>Entities</h2>${group('People', o.people, (p: Extra['people'][number]) => [p.title, p.affiliation, p.gender].filter(Boolean).join(', '))}${group('Places', o.places, (p: Extra['places'][number]) =>
    [p.kind, p.country].filter(Boolean).join(', '),
  )}${group('Organizations', o.organizations, (p: Extra['organizations'][number]) => p.kind ?? '')}</section>`;
}

function issuesPanel(o: Extra): string {
  return `<section><h2>Issues</h2>${
    o.issues.length
      ? `<ol>${o.issues.map((i, n) => `<li>${button('issue', String(n), i.label, { title: `${i.evidence.length} evidence span(s)` })}${muted(`${i.topic} (${i.iptc}) · ${i.score.toFixed(2)}`)}</li>`).join('')}</ol>`
      : none('none found')
  }</section>`;
}

function listPanel(title: string, items: string[], empty = 'none found'): string {
  return `<section><h2>${title}</h2>${items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : none(empty)}</section>`;
}

/** What the page's script reads: the entity cards and each quote's speaker and cue. */
function cardData(o: Extra): string {
  const quoteCount = new Map<string, number>();
  for (const s of o.speakers) if (s.entity) quoteCount.set(s.entity, s.quotes);
  const entities: Record<string, Record<string, unknown>> = {};
  for (const p of o.people) entities[p.id] = { type: 'person', name: p.name, title: p.title, affiliation: p.affiliation, gender: p.gender, mentions: p.mentions.length, quotes: quoteCount.get(p.id) };
  for (const p of o.places) entities[p.id] = { type: 'place', name: p.name, kind: p.kind, country: p.country, mentions: p.mentions.length };
  for (const p of o.organizations) entities[p.id] = { type: 'organization', name: p.name, kind: p.kind, mentions: p.mentions.length, quotes: quoteCount.get(p.id) };
  const quotes: Record<string, Record<string, unknown>> = {};
  for (const q of o.quotes) quotes[q.id] = { kind: q.kind, speaker: q.speaker?.name, cue: q.cue?.text };
  // `<` is written as \u003c so no text in the data can close the script element.
  return JSON.stringify({ entities, quotes }).replace(/</g, '\\u003c');
}

/**
 * One article as an `<article>` element: the text with its annotations, and a side panel. Several
 * fragments make one page (`HtmlPages`); `writeHtml` makes a page of one.
 */
export function writeHtmlArticle(doc: ArticleDoc, output: ArticleOutput): string {
  const o = output as Extra;
  const text = doc.text;
  const key = articleKey(o.id);
  const spans = collectSpans(o);
  const body: string[] = [];
  for (const seg of segments(text, doc.layers.blocks ?? [])) {
    const [tag, cls] = BLOCK_TAG[seg.kind];
    body.push(`<${tag} class="${cls}">${renderSpans(text, seg.start, seg.end, spans)}</${tag}>`);
  }
  const title = o.structure.headline?.text ?? o.id;
  const summary = [plural(o.people.length, 'person', 'people'), plural(o.quotes.length, 'quote'), o.issues[0] ? o.issues[0].label : ''].filter(Boolean).join(' · ');
  const dates = o.dates.map((d, i) => `${button('date', String(i), d.text)}${muted(d.value ?? '')}`);
  const quantities = (o.quantities ?? []).map((q, i) => {
    const label = q.text ?? String(q.value ?? '');
    const detail = [q.value !== undefined && String(q.value) !== label ? String(q.value) : '', q.unit ?? '', q.kind ?? ''].filter(Boolean).join(' ');
    return (typeof q.start === 'number' ? button('qty', String(i), label) : e(label)) + muted(detail);
  });
  const diagnostics = o.diagnostics.map((d, i) => {
    const head = `<span class="nm-diag-${d.severity}">${e(d.severity)}</span> ${e(d.stage)}: `;
    return head + (d.start !== undefined && d.end !== undefined ? button('diag', String(i), d.message) : e(d.message));
  });
  const panel = [
    legend(),
    speakersPanel(o),
    issuesPanel(o),
    entitiesPanel(o),
    listPanel('Keyphrases', o.keyphrases.map((k) => `${e(k.text)}${muted(k.score.toFixed(2))}`)),
    listPanel('Dates', dates),
    o.quantities ? listPanel('Quantities', quantities) : '',
    listPanel('Diagnostics', diagnostics, 'no problems found'),
  ].join('\n');
  return `<article class="nm-article" id="${key}"${attributes({ 'data-title': title, 'data-summary': summary, 'data-article': o.id, 'aria-label': title })}>
<div class="nm-text"><p class="nm-id"><span class="nm-muted">article</span> ${e(o.id)} · <a href="#${key}-panel">skip to the annotations</a></p>
${body.join('\n')}
</div>
<aside class="nm-panel" id="${key}-panel" aria-label="Annotations of ${e(o.id)}">
${panel}
</aside>
<script type="application/json" class="nm-data">${cardData(o)}</script>
</article>
`;
}

let cached: { style: string; script: string } | undefined;
/** The CSP hashes of the inlined stylesheet and script (computed once). */
function hashes(): { style: string; script: string } {
  cached ??= { style: hash(ARTICLE_CSS), script: hash(ARTICLE_SCRIPT) };
  return cached;
}

/** A policy that allows the page's own style and script (by hash) and nothing else: no requests at all. */
export function contentSecurityPolicy(styleHash: string, scriptHash: string): string {
  return `default-src 'none'; style-src 'sha256-${styleHash}'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function pageStart(title: string): string {
  const h = hashes();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(h.style, h.script)}">
<meta name="generator" content="newsmark">
<title>${e(title)}</title>
<style>${ARTICLE_CSS}</style>
</head>
<body>
<main>
`;
}

function pageEnd(toc: string): string {
  return `</main>
${toc}<script>${ARTICLE_SCRIPT}</script>
</body>
</html>
`;
}

const attr = (fragment: string, name: string): string => new RegExp(` ${name}="([^"]*)"`).exec(fragment.slice(0, fragment.indexOf('>')))?.[1] ?? '';

/** A whole page for one article. */
export function writeHtml(doc: ArticleDoc, output: ArticleOutput): string {
  return htmlDocument(writeHtmlArticle(doc, output));
}

/** A whole page around one article fragment (what `--out-dir` writes for each article). */
export function htmlDocument(fragment: string): string {
  const title = attr(fragment, 'data-title');
  // The attribute is already escaped; the title element takes it as it is.
  return pageStart('').replace('<title></title>', `<title>${title} · newsmark</title>`) + fragment + pageEnd('');
}

/**
 * Several articles on one page, streamed: the first fragment is held until a second arrives (one
 * article makes a plain page), then each is written as it comes. The table of contents is written
 * last, from each article's title and counts (a short line each), and the page's script moves it
 * to the top; it is the only thing the page keeps in memory.
 */
export function htmlWriter(): Writer {
  const entries: { key: string; title: string; summary: string }[] = [];
  const seen = new Map<string, number>();
  return {
    begin: () => pageStart('newsmark: annotated articles') + `<p class="nm-pagehead">Annotated by newsmark · <a href="#nm-toc">contents</a></p>\n`,
    item(fragment) {
      let key = attr(fragment, 'id');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > 1) {
        // Two articles with one id: keep the page's element ids unique.
        fragment = fragment.split(key).join(`${key}-${n}`);
        key = `${key}-${n}`;
      }
      entries.push({ key, title: attr(fragment, 'data-title'), summary: attr(fragment, 'data-summary') });
      return fragment;
    },
    separator: () => '',
    end() {
      const items = entries.map((x) => `<li><a href="#${x.key}">${x.title}</a> <span class="nm-count">${x.summary}</span></li>`).join('\n');
      return pageEnd(`<nav class="nm-toc" id="nm-toc" aria-label="Contents"><h2>Contents: ${plural(entries.length, 'article')}</h2><ol>\n${items}\n</ol></nav>\n`);
    },
    alone: htmlDocument,
  };
}

/** The html writer's framing as an object: `add(fragment)` returns what to write now, `end()` the rest. */
export class HtmlPages {
  private readonly framing = new Framing(htmlWriter());

  /** Take one article fragment; returns what to write now. */
  add(fragment: string): string {
    return this.framing.add(fragment);
  }

  /** The end of the page (or the whole page, for one article; nothing for none). */
  end(): string {
    return this.framing.end();
  }
}

/** Several articles as one page with a table of contents (one article: a plain page). */
export function writeHtmlPages(articles: { doc: ArticleDoc; output: ArticleOutput }[]): string {
  return frameAll(htmlWriter(), articles.map((a) => writeHtmlArticle(a.doc, a.output)));
}
