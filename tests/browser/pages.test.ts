/**
 * The article page and the report page in a real browser (headless Chromium, one for the whole file):
 * no console errors, no requests beyond the page itself, the highlights and interactions work, and
 * article text never runs as script. Skips, saying why, when no browser can start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';
import { toOutput } from '../../src/model/output.js';
import { writeHtml, writeHtmlPages } from '../../src/writers/html.js';
import { root, runInProcess } from '../support/cli.js';
import { startChromium, type Browser } from './chromium.js';

// The callbacks given to page.evaluate run in the browser; the project compiles without the DOM
// library, so the few browser globals they use are declared here, for this file only.
declare const document: { activeElement: { getAttribute(name: string): string | null; id: string } | null; body: { firstElementChild: { id: string } | null } };
declare const location: { hash: string };
declare const window: unknown;
declare function getComputedStyle(el: unknown): Record<string, string>;

const started = await startChromium();
const browser: Browser | undefined = typeof started === 'string' ? undefined : started;
if (typeof started === 'string') console.warn(`newsmark browser tests skipped: ${started}`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-browser-'));
afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const article = (text: string, id: string) => {
  const doc = annotate(text, { id });
  return { doc, output: toOutput(doc) };
};

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Open a page from a file, recording console errors, page errors, dialogs and every request. */
async function open(file: string, html?: string): Promise<Opened> {
  if (html !== undefined) fs.writeFileSync(file, html);
  const page = await browser!.context.newPage();
  const url = pathToFileURL(file).href;
  const opened: Opened = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => opened.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  // Anything over the network is refused (and recorded above): the page must not need it.
  await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'load' });
  return opened;
}

describe.skipIf(!browser)('the -f html article page in Chromium', () => {
  const blinken = article(fs.readFileSync(path.join(root, 'fixtures/blinken-beijing.txt'), 'utf8'), 'fixtures/blinken-beijing.txt');
  const o = blinken.output;
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(path.join(tmp, 'blinken.html'), writeHtml(blinken.doc, o));
  });

  it('loads with no console errors and requests nothing but itself', () => {
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([pathToFileURL(path.join(tmp, 'blinken.html')).href]);
  });

  it('highlights as many mentions and quotes as the output has', async () => {
    const { page } = opened;
    const mentions = [...o.people, ...o.places, ...o.organizations].reduce((n, e) => n + e.mentions.length, 0);
    expect(await page.locator('mark[data-entity]:not([data-cont])').count()).toBe(mentions);
    expect(await page.locator('[data-quote]:not([data-cont])').count()).toBe(o.quotes.length);
    // The highlight is really drawn: a person's mention has its own background and underline.
    const style = await page.locator('mark[data-type=person]').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.textDecorationLine, s.textDecorationStyle];
    });
    expect(style).toEqual(['rgb(219, 234, 254)', 'underline', 'solid']);
  });

  it('clicking a quote highlights its speaker mention and its cue', async () => {
    const { page } = opened;
    const q = o.quotes.find((x) => x.kind === 'full' && x.speaker?.entity)!;
    await page.locator(`[data-quote="${q.id}"]`).first().click();
    const speaker = page.locator(`[data-speaker-of~="${q.id}"]`);
    expect(await speaker.count()).toBe(1);
    expect(await speaker.getAttribute('class')).toContain('nm-sel');
    expect(await speaker.textContent()).toBe(q.speaker!.text);
    expect(await speaker.locator('mark[data-entity]').getAttribute('data-entity')).toBe(q.speaker!.entity);
    expect(await speaker.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await page.locator(`[data-cue-of~="${q.id}"]`).getAttribute('class')).toContain('nm-sel');
    expect(await page.locator(`[data-quote="${q.id}"]`).first().getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.nm-live').textContent()).toBe(`Quote by ${q.speaker!.name}; cue: ${q.cue!.text}`);
    // A second click clears it.
    await page.locator(`[data-quote="${q.id}"]`).first().click();
    expect(await page.locator('.nm-sel').count()).toBe(0);
  });

  it('hovering a mention shows its entity card and highlights all its mentions', async () => {
    const { page } = opened;
    const person = o.people.find((p) => p.title && p.mentions.length > 2)!;
    await page.locator(`mark[data-entity="${person.id}"]`).nth(1).hover();
    const card = page.locator('#nm-card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('b').textContent()).toBe(person.name);
    expect(await card.textContent()).toContain(person.title!);
    expect(await page.locator(`mark[data-entity="${person.id}"].nm-hl`).count()).toBe(await page.locator(`mark[data-entity="${person.id}"]`).count());
    await page.mouse.move(1, 1);
    expect(await card.isVisible()).toBe(false);
  });

  it('works from the keyboard: Tab reaches a mention (card shown), Enter selects a quote', async () => {
    const { page } = opened;
    await page.locator('.nm-id a').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-entity'));
    expect(focused).toBe(o.people[0]!.id); // the headline's first mark
    expect(await page.locator('#nm-card').isVisible()).toBe(true);
    const q = o.quotes.find((x) => x.kind === 'partial')!;
    await page.locator(`[data-quote="${q.id}"]`).first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-quote="${q.id}"]`).first().getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('.nm-sel').count()).toBe(0);
  });

  it("clicking an issue in the panel highlights its evidence", async () => {
    const { page } = opened;
    const issue = o.issues[0]!;
    await page.locator('button[data-act=issue][data-id="0"]').click();
    const lit = await page.locator('.nm-evon:not([data-cont])').allTextContents();
    expect(lit.sort()).toEqual([...new Set(issue.evidence.map((e) => e.text))].sort());
  });

  it('prints without the panel floating or the card', async () => {
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.nm-panel').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    expect(await page.locator('.nm-article').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe.skipIf(!browser)('article text never runs as script', () => {
  it('shows an article holding <script>, event handlers and markup as text', async () => {
    const text = [
      'Markup <b>test</b> in Paris',
      '<script>alert(1)</script> "<img src=x onerror=alert(2)>," said Ann Lee, the mayor of Paris.',
      '"</script><script>window.pwned = 3</script>" she added. <iframe src="javascript:alert(4)"></iframe>',
    ].join('\n\n');
    const evil = article(text, '"><script>alert(5)</script>');
    const { page, errors, dialogs, requests } = await open(path.join(tmp, 'evil.html'), writeHtml(evil.doc, evil.output));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img, iframe, b').count()).toBe(0);
    const shown = await page.locator('.nm-text').innerText();
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain('<img src=x onerror=alert(2)>');
    expect(requests).toHaveLength(1);
    await page.close();
  });
});

describe.skipIf(!browser)('several articles on one page', () => {
  it('shows the table of contents first, and each link leads to its article', async () => {
    const a = article('Rain in Oslo\n\nIt rained on Monday, Kari Nordmann said.', 'one');
    const b = article('Snow in Bergen\n\n"It is cold," said Ola Nordmann.', 'two');
    const { page, errors } = await open(path.join(tmp, 'two.html'), writeHtmlPages([a, b]));
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.body.firstElementChild?.id)).toBe('nm-toc');
    await page.locator('#nm-toc a').nth(1).click();
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${await page.locator('article').nth(1).getAttribute('id')}`);
    await page.close();
  });
});

describe.skipIf(!browser)('the report page in Chromium', () => {
  let opened: Opened;
  beforeAll(async () => {
    const file = path.join(tmp, 'report.html');
    const r = await runInProcess(['report', 'tests/report/fixtures/archive', '--output', file]);
    expect(r.code).toBe(0);
    opened = await open(file);
  });

  it('loads with no console errors and requests nothing but itself', () => {
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toHaveLength(1);
  });

  it('shows the fixture archive’s counts in its tiles, charts and tables', async () => {
    const { page } = opened;
    expect(await page.locator('[data-stat=articles] b').textContent()).toBe('6');
    expect(await page.locator('[data-stat=quotes] b').textContent()).toBe('14');
    const bars = await page.locator('svg[data-chart=speakers] g.bar').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-label'), g.querySelector('text.v')!.textContent]));
    expect(bars).toEqual([['Ann Lee', '3'], ['Bob Stone', '3'], ['Carl Berg', '3'], ['Dana Fox', '1']]);
    const widths = await page.locator('svg[data-chart=speakers] g.bar rect').evaluateAll((rs) => rs.map((r) => Math.round(r.getBoundingClientRect().width)));
    expect(widths[0]).toBe(widths[1]);
    expect(Math.round(widths[0]! / widths[3]!)).toBe(3); // bar lengths follow the counts
    expect(await page.locator('svg[data-chart=gender-quotes] g.share text').allTextContents()).toEqual(['female 4 (40%)', 'male 3 (30%)', 'unknown 3 (30%)']);
    expect(await page.locator('svg[data-chart=timeline-articles] g.col').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-label'), g.getAttribute('data-value')]))).toEqual([['2023-05', '2'], ['2023-06', '3']]);
    const firstRow = await page.locator('table[data-table=people] tbody tr').first().locator('td').allTextContents();
    expect(firstRow.slice(0, 3)).toEqual(['Bob Stone', '7', '2']);
  });

  it('sorts a table by a column when its header is clicked, and back', async () => {
    const { page } = opened;
    const names = () => page.locator('table[data-table=speakers] tbody tr td:first-child').allTextContents();
    const header = page.locator('table[data-table=speakers] th', { hasText: 'quoted words' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect((await names()).slice(0, 3)).toEqual(['Ann Lee', 'Bob Stone', 'Carl Berg']);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect((await names())[0]).toBe('Dana Fox');
    await page.locator('table[data-table=speakers] th', { hasText: 'speaker' }).locator('button').click();
    expect((await names())[0]).toBe('a police spokesperson');
  });
});
