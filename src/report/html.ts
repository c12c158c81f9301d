import { createHash } from 'node:crypto';
import { PALETTE } from '../writers/html-palette.js';
import { escapeHtml as e } from '../writers/html-spans.js';
import { contentSecurityPolicy } from '../writers/html.js';
import { GENDERS, type Report } from './aggregate.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { barChart, columnChart, shareBar, type Share } from './svg.js';

/**
 * `--output report.html`: one self-contained page (inline SVG charts, sortable tables, no requests;
 * the CSP allows only its own style and script, by hash). Every chart has a table with the same
 * numbers next to it; tables and charts carry `data-table` / `data-chart` for scripts and tests.
 */

const fmt = (x: number) => x.toLocaleString('en-US');
const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

type Col<T> = { head: string; cell: (row: T) => string | number | undefined; numeric?: boolean };

function sortable<T>(id: string, caption: string, cols: Col<T>[], rows: T[]): string {
  if (!rows.length) return `<p class="nm-none">none</p>`;
  const head = cols
    .map((c, i) => `<th scope="col"${c.numeric ? ' class="n"' : ''} aria-sort="none"><button type="button" data-col="${i}" data-type="${c.numeric ? 'number' : 'text'}">${e(c.head)}</button></th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${cols
          .map((c) => {
            const v = c.cell(r);
            if (c.numeric) return `<td class="n" data-v="${typeof v === 'number' ? v : 0}">${typeof v === 'number' ? fmt(v) : e(String(v ?? ''))}</td>`;
            return `<td>${e(v === undefined ? '' : String(v))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="nm-scroll-y"><table data-table="${e(id)}"><caption class="nm-muted">${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const genderShares = (t: Record<string, number>): Share[] => {
  const extra = Object.keys(t).filter((k) => !(GENDERS as readonly string[]).includes(k)).sort();
  const colors = [PALETTE.female, PALETTE.male, ...extra.map((_, i) => PALETTE.chart[(i + 4) % PALETTE.chart.length]!)];
  return [...['female', 'male', ...extra].map((k, i) => ({ key: k, value: t[k] ?? 0, color: colors[i]! })), { key: 'unknown', value: t.unknown ?? 0, color: PALETTE.unknown, hatch: true }];
};

const role = (r: { title?: string; affiliation?: string }) => [r.title, r.affiliation].filter(Boolean).join(', ');

export function writeReportHtml(r: Report, options: { title?: string; inputs?: string[]; top?: number } = {}): string {
  const top = options.top ?? 100;
  const chartTop = 15;
  const title = options.title ?? 'newsmark report';
  const k = r.speakerKinds;
  const people = r.speakers.filter((s) => s.kind === 'person');
  const tiles: [string, number, string][] = [
    ['articles', r.articles, 'articles'],
    r.articlesWithWords ? ['words', r.words, r.articlesWithWords === r.articles ? 'words' : `words (in ${fmt(r.articlesWithWords)} articles with text)`] : ['characters', r.characters, 'characters of text'],
    ['quotes', r.quotes.direct, 'direct quotes'],
    ['indirect', r.quotes.indirect, 'reported speech'],
    ['people-quoted', Object.values(r.gender.quotedPeople).reduce((s, x) => s + x, 0), 'people quoted (per article)'],
    ['issues', r.issues.length, 'distinct issues'],
  ];
  const sections: string[] = [];
  sections.push(`<section aria-labelledby="h-sources"><h2 id="h-sources">Who is quoted</h2>
<p class="nm-muted">Direct quotes with a speaker, by the kind of speaker; then, for people, by gender where the annotation gives it (from honorifics, pronouns and first names). “unknown” is always shown: it is the share the annotation could not tell.</p>
${shareBar('kinds', 'Quotes by kind of speaker', [
  { key: 'people', value: k.person.quotes, color: PALETTE.chart[0] },
  { key: 'organizations', value: k.organization.quotes, color: PALETTE.chart[2] },
  { key: 'documents', value: k.document.quotes, color: PALETTE.chart[4] },
  { key: 'unnamed sources', value: k.unnamed.quotes, color: PALETTE.chart[7], hatch: true },
])}
<h3>Quotes by people, by gender</h3>${shareBar('gender-quotes', 'Quotes by people, by gender', genderShares(r.gender.quotes))}
<h3>People quoted, by gender <span class="nm-muted">(once per article)</span></h3>${shareBar('gender-people', 'People quoted, by gender', genderShares(r.gender.quotedPeople))}
<h3>People mentioned, by gender <span class="nm-muted">(once per article)</span></h3>${shareBar('gender-mentioned', 'People mentioned, by gender', genderShares(r.gender.mentionedPeople))}
<div class="nm-grid"><div><h3>Most quoted people</h3>${barChart('speakers', 'Most quoted people (direct quotes)', people.slice(0, chartTop).map((s) => ({ label: s.name, value: s.quotes, note: role(s) })))}</div>
<div><h3>Most quoted organizations and other sources</h3>${barChart('other-speakers', 'Most quoted organizations, documents and unnamed sources', r.speakers.filter((s) => s.kind !== 'person').slice(0, chartTop).map((s) => ({ label: s.name, value: s.quotes, note: s.kind })), PALETTE.chart[2])}</div></div>
<h3>All speakers</h3>
${sortable('speakers', `Speakers by direct quotes${r.speakers.length > top ? ` (top ${top})` : ''}`, [
  { head: 'speaker', cell: (s) => s.name },
  { head: 'kind', cell: (s) => s.kind },
  { head: 'quotes', cell: (s) => s.quotes, numeric: true },
  { head: 'quoted words', cell: (s) => s.words, numeric: true },
  { head: 'articles', cell: (s) => s.articles, numeric: true },
  { head: 'gender', cell: (s) => (s.kind === 'person' ? (s.gender ?? 'unknown') : '') },
  { head: 'title', cell: (s) => s.title },
  { head: 'affiliation', cell: (s) => s.affiliation },
], r.speakers.slice(0, top))}
</section>`);

  const names = (id: 'people' | 'organizations' | 'places', heading: string, color: string, extra: Col<Report['people'][number]>[]) =>
    `<div><h3>${heading}</h3>${barChart(id, `Most mentioned ${id}`, r[id].slice(0, chartTop).map((x) => ({ label: x.name, value: x.mentions })), color)}
${sortable(id, `${heading} by mentions${r[id].length > top ? ` (top ${top})` : ''}`, [{ head: 'name', cell: (x) => x.name }, { head: 'mentions', cell: (x) => x.mentions, numeric: true }, { head: 'articles', cell: (x) => x.articles, numeric: true }, ...extra], r[id].slice(0, top))}</div>`;
  sections.push(`<section aria-labelledby="h-mentioned"><h2 id="h-mentioned">Most mentioned</h2><div class="nm-grid">
${names('people', 'People', PALETTE.chart[0], [{ head: 'gender', cell: (x) => x.gender ?? 'unknown' }, { head: 'title, affiliation', cell: (x) => role(x) }])}
${names('organizations', 'Organizations', PALETTE.chart[4], [{ head: 'kind', cell: (x) => x.kind }])}
${names('places', 'Places', PALETTE.chart[2], [{ head: 'kind', cell: (x) => x.kind }, { head: 'country', cell: (x) => x.country }])}
</div></section>`);

  sections.push(`<section aria-labelledby="h-issues"><h2 id="h-issues">Issues</h2><div class="nm-grid">
<div><h3>Issues, by articles</h3>${barChart('issues', 'Issues by number of articles', r.issues.slice(0, chartTop).map((i) => ({ label: i.label, value: i.articles, note: i.topic })), PALETTE.chart[3])}
${sortable('issues', 'Issues by articles', [{ head: 'issue', cell: (i) => i.label }, { head: 'articles', cell: (i) => i.articles, numeric: true }, { head: 'IPTC topic', cell: (i) => i.topic }, { head: 'IPTC code', cell: (i) => i.iptc }], r.issues.slice(0, top))}</div>
<div><h3>IPTC top-level topics, by articles</h3>${barChart('topics', 'IPTC top-level topics by number of articles', r.topics.map((t) => ({ label: t.label, value: t.articles })), PALETTE.chart[5])}
${sortable('topics', 'Top-level topics', [{ head: 'topic', cell: (t) => t.label }, { head: 'articles', cell: (t) => t.articles, numeric: true }, { head: 'issues', cell: (t) => t.issues, numeric: true }, { head: 'IPTC code', cell: (t) => t.iptc }], r.topics)}</div>
</div></section>`);

  const tl = r.timeline;
  if (tl.periods.length) {
    const gcol = (p: Report['timeline']['periods'][number]) => genderShares(p.quotesByGender).map((s) => ({ key: s.key, value: s.value, color: s.color, hatch: s.hatch }));
    const topicHeads = r.topics.filter((t) => tl.periods.some((p) => p.topics[t.iptc])).slice(0, 6);
    sections.push(`<section aria-labelledby="h-time"><h2 id="h-time">Over time <span class="nm-muted">(by ${tl.interval}; dates from ${e(tl.dateFields.join(', '))}${tl.undated ? `; ${fmt(tl.undated)} articles without a date` : ''})</span></h2>
<div class="nm-cols"><h3>Articles</h3>${columnChart('timeline-articles', `Articles per ${tl.interval}`, tl.periods.map((p) => ({ label: p.period, parts: [{ key: 'articles', value: p.articles, color: PALETTE.chart[0] }] })))}
<h3>Quotes by people, by gender</h3>${columnChart('timeline-gender', `Quotes by people per ${tl.interval}, by gender`, tl.periods.map((p) => ({ label: p.period, parts: gcol(p) })))}</div>
${sortable('timeline', 'Per period: articles; direct quotes with a speaker; quotes by people, by gender; top speakers; articles per top-level topic', [
  { head: tl.interval, cell: (p) => p.period },
  { head: 'articles', cell: (p) => p.articles, numeric: true },
  { head: 'quotes', cell: (p) => p.quotes, numeric: true },
  ...GENDERS.map((g) => ({ head: `${g} quotes`, cell: (p: Report['timeline']['periods'][number]) => p.quotesByGender[g] ?? 0, numeric: true })),
  { head: 'top speakers', cell: (p) => p.topSpeakers.map((s) => `${s.name} (${s.quotes})`).join('; ') },
  ...topicHeads.map((t) => ({ head: t.label, cell: (p: Report['timeline']['periods'][number]) => p.topics[t.iptc] ?? 0, numeric: true })),
], tl.periods)}
</section>`);
  } else {
    sections.push(`<section aria-labelledby="h-time"><h2 id="h-time">Over time</h2><p class="nm-none">No article carries a date (looked in meta.published, meta.date, published and date; choose a field with --date-field).</p></section>`);
  }

  if (r.groups) {
    const g = r.groups;
    sections.push(`<section aria-labelledby="h-groups"><h2 id="h-groups">By ${e(g.field)}</h2>
${barChart('groups', `Articles by ${g.field}`, g.values.slice(0, 30).map((v) => ({ label: v.value, value: v.articles })), PALETTE.chart[5])}
${sortable('groups', `By ${g.field}`, [
  { head: g.field, cell: (v) => v.value },
  { head: 'articles', cell: (v) => v.articles, numeric: true },
  { head: 'quotes', cell: (v) => v.quotes, numeric: true },
  ...GENDERS.map((x) => ({ head: `${x} quotes`, cell: (v: NonNullable<Report['groups']>['values'][number]) => v.quotesByGender[x] ?? 0, numeric: true })),
  { head: 'top speaker', cell: (v) => v.topSpeaker },
  { head: 'top issue', cell: (v) => v.topIssue },
], g.values)}
</section>`);
  }
  if (r.bad.count) {
    sections.push(`<section aria-labelledby="h-bad"><h2 id="h-bad">Input that was not newsmark output</h2><p>${fmt(r.bad.count)} skipped${r.bad.examples.length < r.bad.count ? `; the first ${r.bad.examples.length}:` : ':'}</p><ul class="nm-bad">${r.bad.examples.map((b) => `<li>${e(b.where)}: ${e(b.reason)}</li>`).join('')}</ul></section>`);
  }
  const exact = r.exact ? '' : `<p class="nm-muted">The archive names more people than the tables keep: the counts of rarely named people may be too high by at most the “error” the JSON report gives (docs/REPORT.md).</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hash(REPORT_CSS), hash(REPORT_SCRIPT))}">
<meta name="generator" content="newsmark">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
${options.inputs?.length ? `<p class="nm-muted">From ${e(options.inputs.join(', '))}</p>` : ''}
<ul class="nm-tiles">${tiles.map(([id, v, label]) => `<li data-stat="${id}"><b>${fmt(v)}</b>${e(label)}</li>`).join('')}</ul>
${exact}
${sections.join('\n')}
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
