/** HTML input: meta from <meta> tags and JSON-LD, the headline without the site name, datelines and relative dates. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, stripSiteName } from '../../src/io/html.js';
import { parseJsonlArticle, readInputs, type InputItem } from '../../src/io/inputs.js';
import { annotate } from '../../src/annotate.js';
import { toOutput, type ArticleOutput } from '../../src/model/output.js';
import { outputSchema } from '../../src/model/schema.js';

const pages = path.join(import.meta.dirname, 'pages');
const page = (name: string) => fs.readFileSync(path.join(pages, name), 'utf8');

async function annotatePage(name: string): Promise<ArticleOutput> {
  const items: InputItem[] = [];
  for await (const item of readInputs([name], { cwd: pages })) items.push(item);
  const item = items[0]!;
  if (!item.ok) throw new Error(item.error);
  const output = toOutput(annotate(item.text, { id: item.id, meta: item.meta }));
  expect(outputSchema.safeParse(output).success).toBe(true);
  return output;
}

describe('HTML meta', () => {
  it('reads og: and article: tags, the author and the canonical link; the headline is the <h1>', async () => {
    const { text, meta } = await extractHtml(page('council-budget.html'));
    expect(meta).toEqual({
      title: 'Springfield council approves $2.1bn budget after late-night vote',
      byline: 'Dana Whitfield',
      published: '2024-03-08T14:05:00-06:00',
      url: 'https://www.springfieldherald.example/news/council-budget',
      source: 'Springfield Herald',
    });
    // The kicker above the <h1> stays above the headline; the page <title> with its site name is nowhere.
    expect(text.split('\n\n').slice(0, 2)).toEqual(['Local government', 'Springfield council approves $2.1bn budget after late-night vote']);
    expect(text).not.toContain('Springfield Herald');
  });

  it('reads a JSON-LD NewsArticle inside @graph, skips a broken JSON-LD block and a site-name <h1>', async () => {
    const { text, meta } = await extractHtml(page('oil-wire.html'));
    expect(meta).toEqual({
      title: 'Oil prices slip as stocks rise',
      byline: 'Priya Natarajan and Tom Ecker',
      published: '2023-12-01T10:00:00Z',
      url: 'https://ledger.example/markets/oil-slips',
      source: 'The Daily Ledger',
    });
    expect(text.split('\n\n')[0]).toBe('Oil prices slip as stocks rise');
    expect(text).not.toContain('| The Daily Ledger');
  });

  it('a page with only a <title> and a canonical link: the site name after the dash matches the address', async () => {
    const { text, meta } = await extractHtml(page('storm-schools.html'));
    expect(meta).toEqual({ title: 'Storm closes schools across the valley', url: 'https://www.lakesidegazette.example/news/storm-schools', source: 'Lakeside Gazette' });
    expect(text.split('\n\n')[0]).toBe('Storm closes schools across the valley');
  });

  it.each([
    ['Port reopens after storm - Springfield Herald', ['Springfield Herald'], undefined, 'Port reopens after storm'],
    ['Port reopens after storm | Site', [], undefined, 'Port reopens after storm'],
    ['The Coastal Herald | Port reopens after storm', ['Coastal Herald'], undefined, 'Port reopens after storm'],
    ['Storm closes schools - Lakeside Gazette', [], 'https://lakesidegazette.com/a', 'Storm closes schools'],
    // A dash inside the headline stays when nothing says the part after it is the site.
    ['Covid - what we know so far', [], undefined, 'Covid - what we know so far'],
    ['Port reopens - Herald', ['Springfield Herald'], undefined, 'Port reopens - Herald'],
    // A pipe before a longer part is not a site name.
    ['Live | Ministers meet for a second day of budget talks', [], undefined, 'Live | Ministers meet for a second day of budget talks'],
  ])('stripSiteName(%j)', (title, sites, url, expected) => expect(stripSiteName(title, sites, url)).toBe(expected));
});

describe('HTML pages annotated', () => {
  it('meta reaches the output; headline, section, dateline and relative dates resolved against the published date', async () => {
    const out = await annotatePage('council-budget.html');
    expect(out.meta).toMatchObject({ source: 'Springfield Herald', published: '2024-03-08T14:05:00-06:00' });
    expect(out.structure.section?.text).toBe('Local government');
    expect(out.structure.headline?.text).toBe('Springfield council approves $2.1bn budget after late-night vote');
    expect(out.structure.datelines.map((d) => d.text)).toEqual(['SPRINGFIELD, Ill. (AP) —']);
    const date = (text: string) => out.dates.find((d) => d.text === text);
    expect(date('Wednesday')).toMatchObject({ value: '2024-03-06', anchor: 'published', anchorDate: '2024-03-08' });
    expect(date('yesterday')).toMatchObject({ value: '2024-03-07' });
    expect(date('next month')).toMatchObject({ value: '2024-04' });
    expect(date('Monday')).toMatchObject({ value: '2024-03-11' }); // "a second vote is set for Monday"
    expect(out.quantities.map((q) => [q.text, q.kind])).toEqual([
      ['$2.1bn', 'money'],
      ['$2.1bn', 'money'],
      ['4.5 per cent', 'percent'],
      ['120 police officers', 'count'],
      ['£3,500', 'money'],
      ['6,000 workers', 'count'],
    ]);
  });

  it('a wire dateline with a date, and the future in "could rebound … on Sunday"', async () => {
    const out = await annotatePage('oil-wire.html');
    expect(out.structure.datelines.map((d) => d.text)).toEqual(['LONDON, Dec 1 (Reuters) -']);
    const value = (text: string) => out.dates.find((d) => d.text === text)?.value;
    expect([value('Tuesday'), value('Thursday'), value('next week'), value('Sunday')]).toEqual(['2023-11-28', '2023-11-30', '2023-W49', '2023-12-03']);
  });

  it('without a published date, relative dates stay unresolved', async () => {
    const out = await annotatePage('storm-schools.html');
    expect(out.dates.find((d) => d.text === 'Friday')).toEqual(expect.not.objectContaining({ value: expect.anything() }));
  });
});

describe('meta from JSONL lines', () => {
  it.each([
    ['{"id":"a","text":"Stocks fell on Monday.","meta":{"published":"2024-03-08","source":"Ledger"}}', { published: '2024-03-08', source: 'Ledger' }],
    ['{"id":"a","text":"Stocks fell on Monday.","published":"2024-03-08","url":"https://x.example/a","title":"Stocks fall"}', { published: '2024-03-08', url: 'https://x.example/a', title: 'Stocks fall' }],
    ['{"id":"a","text":"Stocks fell on Monday.","published":20240308}', undefined],
    ['{"id":"a","text":"Stocks fell on Monday."}', undefined],
  ])('%s', (line, meta) => {
    const item = parseJsonlArticle(line, 'x.jsonl:1');
    expect(item.ok && item.meta).toEqual(meta ?? undefined);
  });

  it('a line\'s published date resolves its relative dates', () => {
    const item = parseJsonlArticle('{"id":"a","text":"Stocks fell on Monday.","published":"2024-03-08"}', 'x.jsonl:1');
    if (!item.ok) throw new Error(item.error);
    expect(toOutput(annotate(item.text, { meta: item.meta })).dates[0]).toMatchObject({ value: '2024-03-04', anchor: 'published' });
  });
});
