import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';
import { createDoc } from '../../src/model/document.js';
import { toOutput } from '../../src/model/output.js';
import { HtmlPages, htmlDocument, writeHtml, writeHtmlArticle, writeHtmlPages } from '../../src/writers/html.js';
import { ARTICLE_SCRIPT } from '../../src/writers/html-script.js';
import { ARTICLE_CSS } from '../../src/writers/html-style.js';
import { contrastPairs, contrastRatio } from '../../src/writers/html-palette.js';
import { root } from '../support/cli.js';

const fixture = (name: string) => fs.readFileSync(path.join(root, 'fixtures', name), 'utf8');
const article = (text: string, id = 'a') => {
  const doc = annotate(text, { id });
  return { doc, output: toOutput(doc) };
};
const dom = (html: string) => parseHTML(html).document;
const mentionCount = (o: ReturnType<typeof toOutput>) => [...o.people, ...o.places, ...o.organizations].reduce((n, e) => n + e.mentions.length, 0);

describe('-f html: the article page', () => {
  const blinken = article(fixture('blinken-beijing.txt'), 'fixtures/blinken-beijing.txt');
  const page = writeHtml(blinken.doc, blinken.output);
  const d = dom(page);

  it('marks every mention once, with its entity id and type, and every quote with its speaker', () => {
    const marks = d.querySelectorAll('mark[data-entity]:not([data-cont])');
    expect(marks.length).toBe(mentionCount(blinken.output));
    const byId = new Map<string, string>([...blinken.output.people.map((e) => [e.id, 'person'] as const), ...blinken.output.places.map((e) => [e.id, 'place'] as const), ...blinken.output.organizations.map((e) => [e.id, 'organization'] as const)]);
    for (const m of marks) expect(m.getAttribute('data-type')).toBe(byId.get(m.getAttribute('data-entity')!));
    const quotes = d.querySelectorAll('[data-quote]:not([data-cont])');
    expect(quotes.length).toBe(blinken.output.quotes.length);
    for (const q of blinken.output.quotes) {
      const el = d.querySelector(`[data-quote="${q.id}"]`)!;
      expect(el.textContent).toBe(q.kind === 'indirect' ? q.content!.text : q.text);
      expect(el.getAttribute('data-speaker')).toBe(q.speaker?.entity ?? null);
      if (q.speaker?.start !== undefined) expect([...d.querySelectorAll(`[data-speaker-of~="${q.id}"]`)].map((e) => e.textContent)).toEqual([q.speaker.text]);
      if (q.cue) expect(d.querySelector(`[data-cue-of~="${q.id}"]`)!.textContent).toBe(q.cue.text);
    }
  });

  it('shows the whole text once: the page text is the article (whitespace aside)', () => {
    const shown = [...d.querySelectorAll('.nm-text > :not(.nm-id)')].map((e) => e.textContent).join('');
    expect(shown.replace(/\s+/g, '')).toBe(blinken.doc.text.replace(/\s+/g, ''));
  });

  it('styles the structure: section, headline, subheadings, captions', () => {
    const s = blinken.output.structure;
    expect(d.querySelector('.nm-section')!.textContent).toBe(s.section!.text);
    expect(d.querySelector('h1')!.textContent).toBe(s.headline!.text);
    expect([...d.querySelectorAll('h2.nm-subheading')].map((e) => e.textContent)).toEqual(s.subheadings.map((x) => x.text));
    expect([...d.querySelectorAll('.nm-caption')].map((e) => e.textContent)).toEqual(s.captions.map((x) => x.text));
  });

  it('lists who is quoted, the issues with their IPTC topics, entities, keyphrases and dates in the panel', () => {
    const panel = d.querySelector('.nm-panel')!;
    const speakerRows = panel.querySelectorAll('.nm-speakers tbody tr');
    expect(speakerRows.length).toBe(blinken.output.speakers.length);
    expect(speakerRows[0]!.textContent).toContain(`${blinken.output.speakers[0]!.name}`);
    const issueButtons = panel.querySelectorAll('button[data-act=issue]');
    expect(issueButtons.length).toBe(blinken.output.issues.length);
    expect(panel.textContent).toContain(blinken.output.issues[0]!.iptc);
    // Each issue's evidence is marked in the text under its index.
    blinken.output.issues.forEach((issue, i) => {
      const found = [...d.querySelectorAll('[data-ev]:not([data-cont])')].filter((e) => e.getAttribute('data-ev')!.split(' ').includes(String(i)));
      expect(found.map((e) => e.textContent).sort()).toEqual([...new Set(issue.evidence.map((x) => `${x.start}:${x.end}:${x.text}`))].map((k) => k.split(':').slice(2).join(':')).sort());
    });
    expect(panel.querySelectorAll('button[data-act=entity]').length).toBe(blinken.output.people.length + blinken.output.places.length + blinken.output.organizations.length);
    expect(panel.querySelectorAll('button[data-act=date]').length).toBe(blinken.output.dates.length);
    expect(panel.textContent).toContain(blinken.output.keyphrases[0]!.text);
  });

  it('is self-contained: no external resources, and a policy that allows its own script and style only', () => {
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    const csp = d.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content')!;
    const sha = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`'sha256-${sha(ARTICLE_SCRIPT)}'`);
    expect(csp).toContain(`'sha256-${sha(ARTICLE_CSS)}'`);
    expect(d.querySelector('style')!.textContent).toBe(ARTICLE_CSS);
  });

  it('escapes article text: an article holding a script element shows it as text', () => {
    const evil = article('Hacker news\n\n<script>alert(1)</script> said Ann Lee in <b>Paris</b>.\n\n"</script><img src=x onerror=alert(2)>," she said.', 'x"><script>alert(3)</script>');
    const html = writeHtml(evil.doc, evil.output);
    const e = dom(html);
    const scripts = [...e.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null]);
    expect(scripts[1]!.textContent).toBe(ARTICLE_SCRIPT);
    expect(e.querySelectorAll('img, b').length).toBe(0);
    expect(e.querySelector('.nm-text')!.textContent).toContain('<script>alert(1)</script> said');
    expect(e.querySelector('.nm-text')!.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(JSON.parse(scripts[0]!.textContent!)).toHaveProperty('entities');
    expect(e.querySelector('title')!.textContent).toBe('Hacker news · newsmark');
  });
});

describe('-f html: several articles', () => {
  const a = article('Rain in Oslo\n\nIt rained on Monday, Kari Nordmann said.', 'one');
  const b = article('Snow in Bergen\n\n"It is cold," said Ola Nordmann.', 'two');

  it('one article is a page of its own; several are one page with a table of contents', () => {
    expect(writeHtmlPages([a])).toBe(writeHtml(a.doc, a.output));
    const both = dom(writeHtmlPages([a, b]));
    expect(both.querySelectorAll('article.nm-article').length).toBe(2);
    const toc = [...both.querySelectorAll('#nm-toc li a')];
    expect(toc.map((x) => x.textContent)).toEqual(['Rain in Oslo', 'Snow in Bergen']);
    for (const link of toc) expect(both.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });

  it('streams: nothing is written for the first article until the second comes, then each as it comes', () => {
    const pages = new HtmlPages();
    expect(pages.add(writeHtmlArticle(a.doc, a.output))).toBe('');
    const second = pages.add(writeHtmlArticle(b.doc, b.output));
    expect(second).toMatch(/^<!DOCTYPE html>/);
    expect(second).toContain('Rain in Oslo');
    expect(pages.add(writeHtmlArticle(b.doc, b.output))).toContain('Snow in Bergen');
    expect(pages.end()).toMatch(/Contents: 3 articles[\s\S]*<\/html>\n$/);
    expect(new HtmlPages().end()).toBe('');
  });

  it('keeps element ids unique when two articles have the same id', () => {
    const pages = new HtmlPages();
    const html = pages.add(writeHtmlArticle(a.doc, a.output)) + pages.add(writeHtmlArticle(a.doc, a.output)) + pages.end();
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a page around one fragment is what --out-dir writes', () => {
    expect(htmlDocument(writeHtmlArticle(a.doc, a.output))).toBe(writeHtml(a.doc, a.output));
  });
});

describe('colours', () => {
  it.each(contrastPairs())('%s meets WCAG AA', (_, fg, bg, min) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(min);
  });
  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('-f html: nested and crossing annotations (a document built by hand)', () => {
  // A quote that runs over two paragraphs holds a person's mention; an organization holds a place;
  // an issue's evidence starts inside the organization's name and ends after it.
  const text = '“Rates will rise at the Bank of Mexico\n\nnext year,” said Ana Ruiz.';
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
  const doc = createDoc('hand', text);
  const p1 = { ...at('“Rates will rise at the Bank of Mexico'), kind: 'paragraph' as const };
  const p2 = { ...at('next year,” said Ana Ruiz.'), kind: 'paragraph' as const };
  doc.layers = {
    blocks: [p1, p2],
    sentences: [{ ...p1, block: 0 }, { ...p2, block: 1 }],
    mentions: [
      { id: 'm1', ...at('Bank of Mexico'), type: 'org', form: 'name', entityId: 'e1' },
      { id: 'm2', ...at('Mexico'), type: 'place', form: 'name', entityId: 'e2' },
      { id: 'm3', ...at('Ana Ruiz'), type: 'person', form: 'name', entityId: 'e3' },
    ],
    entities: [
      { id: 'e1', type: 'org', name: 'Bank of Mexico', mentionIds: ['m1'] },
      { id: 'e2', type: 'place', name: 'Mexico', country: 'MX', mentionIds: ['m2'] },
      { id: 'e3', type: 'person', name: 'Ana Ruiz', gender: 'female', mentionIds: ['m3'] },
    ],
    quotes: [{ id: 'q1', kind: 'full', start: 1, end: text.indexOf(',”') + 1, text: text.slice(1, text.indexOf(',”') + 1), speaker: { name: 'Ana Ruiz', entity: 'e3', ...at('Ana Ruiz') }, cue: at('said'), confidence: 0.9, rule: 'hand' }],
    speakers: [{ name: 'Ana Ruiz', entity: 'e3', quotes: 1, words: 8 }],
    issues: [
      { label: 'Interest rates', iptc: 'medtop:20000350', topic: 'interest rates', score: 1, evidence: [at('Mexico\n\nnext')] },
      { label: 'Central banks', iptc: 'medtop:20000350', topic: 'interest rates', score: 1, evidence: [at('the Bank')] },
    ],
  };
  const output = toOutput(doc);
  const html = writeHtmlArticle(doc, output);
  const d = dom(html);

  it('writes the quote in both paragraphs, the second part marked as continuing', () => {
    const parts = [...d.querySelectorAll('[data-quote=q1]')];
    expect(parts.map((p) => [p.parentElement!.tagName, p.hasAttribute('data-cont')])).toEqual([['P', false], ['P', true]]);
    expect(parts.map((p) => p.textContent).join('\n\n')).toBe(output.quotes[0]!.text);
    expect(d.querySelectorAll('[data-quote]:not([data-cont])').length).toBe(1);
  });

  it('nests the place inside the organization, and both inside the quote', () => {
    // (Its second part: the first, "Bank", is cut off by the evidence "the Bank", below.)
    const org = d.querySelector('mark[data-entity=e1][data-cont]')!;
    expect(org.closest('[data-quote=q1]')).not.toBeNull();
    expect(org.querySelector('mark[data-entity=e2]')!.textContent).toBe('Mexico');
    expect(d.querySelectorAll('mark[data-entity]:not([data-cont])').length).toBe(3);
  });

  it('cuts the crossing evidence at the paragraph and continues it, covering its text exactly', () => {
    const parts = [...d.querySelectorAll('[data-ev="0"]')];
    expect(parts.map((p) => p.textContent)).toEqual(['Mexico', 'next']);
    expect(parts[1]!.hasAttribute('data-cont')).toBe(true);
  });

  it('cuts a name that starts inside evidence and ends after it, and still counts it once', () => {
    const parts = [...d.querySelectorAll('mark[data-entity=e1]')];
    expect(parts.map((p) => [p.textContent, p.hasAttribute('data-cont'), !!p.closest('[data-ev="1"]')])).toEqual([['Bank', false, true], [' of Mexico', true, false]]);
    expect(d.querySelector('[data-ev="1"]')!.textContent).toBe('the Bank');
  });

  it('loses and repeats no character', () => {
    expect([...d.querySelectorAll('.nm-text > p:not(.nm-id)')].map((p) => p.textContent).join('\n\n')).toBe(text);
  });
});
