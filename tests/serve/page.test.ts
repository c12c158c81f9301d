/**
 * GET / in a real browser (headless Chromium; skipped, saying why, when none starts): paste an
 * article, press Annotate, and the HTML writer's page appears in the sandboxed frame, highlighted and
 * interactive, with no console errors (a blocked style or script would be one) and no request but
 * to this server. The other views show the writer's text; an error shows the server's message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium, type Browser } from '../browser/chromium.js';
import { post, root, serve, type TestServer } from './helpers.js';

declare const document: { getElementById(id: string): { hidden: boolean; textContent: string | null } | null; getElementById(id: 'nm-card'): unknown };

const started = await startChromium();
const browser: Browser | undefined = typeof started === 'string' ? undefined : started;
if (typeof started === 'string') console.warn(`newsmark serve page tests skipped: ${started}`);

const file = 'fixtures/rotterdam-port-strike.txt';
const text = fs.readFileSync(path.join(root, file), 'utf8');

let server: TestServer;
beforeAll(async () => {
  if (browser) server = await serve({ jobs: 1 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(!browser)('the page at /', () => {
  async function open() {
    const page = await browser!.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/`);
    return { page, errors, requests };
  }

  it('an article pasted and annotated appears as the HTML view, highlighted and working, with no errors and no outside requests', async () => {
    const { page, errors, requests } = await open();
    await page.fill('#nm-text', text);
    await page.click('#nm-go');
    const frame = page.frameLocator('#nm-view');
    await frame.locator('.nm-article').waitFor({ timeout: 20_000 });
    const output = JSON.parse((await post(`${server.url}/annotate`, text)).body) as { people: { mentions: unknown[] }[]; places: { mentions: unknown[] }[]; organizations: { mentions: unknown[] }[]; quotes: unknown[] };
    const mentions = [...output.people, ...output.places, ...output.organizations].reduce((n, e) => n + e.mentions.length, 0);
    expect(await frame.locator('mark[data-entity]:not([data-cont])').count()).toBe(mentions);
    // The article page's own script runs in the frame: hovering a name shows its card.
    await frame.locator('mark[data-entity]').first().hover();
    await expect.poll(() => frame.locator('#nm-card').isVisible()).toBe(true);
    expect(await page.locator('#nm-status').textContent()).toMatch(/^Annotated in \d+ ms\.$/);
    expect(errors).toEqual([]);
    const origin = new URL(server.url).origin;
    for (const url of requests) expect(url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`)).toBe(true);
    await page.close();
  });

  it('the summary view shows the writer’s text; an empty article and a server error are said in words', async () => {
    const { page, errors } = await open();
    await page.click('#nm-go');
    expect(await page.locator('#nm-status').textContent()).toBe('Paste an article first.');
    await page.fill('#nm-text', text);
    await page.selectOption('#nm-format', 'summary');
    await page.click('#nm-go');
    await page.locator('#nm-raw').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('#nm-raw').textContent()).toBe((await post(`${server.url}/annotate?format=summary`, text)).body);
    expect(await page.locator('#nm-view').isHidden()).toBe(true);
    // A body the server refuses (binary): its message, not a blank frame.
    await page.fill('#nm-text', 'a\u0000b\u0000c');
    await page.click('#nm-go');
    await expect.poll(() => page.locator('#nm-status').textContent()).toMatch(/^415: the body is binary data, not text$/);
    // Chromium logs every answer of 4xx as a console error; that one is expected, nothing else.
    expect(errors).toEqual(['error: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)']);
    await page.close();
  });
});
