#!/usr/bin/env node
// The screenshots in docs/ and the README, made again: `npm run build && node scripts/screenshots.mjs`.
// - docs/article-page.png: `newsmark -f html fixtures/blinken-beijing.txt`, a quote clicked (its
//   speaker and cue highlighted) and a name hovered (its entity card);
// - docs/report-page.png: `newsmark report` over the 84 PolNeAR dev articles (../shared/eval, skipped
//   when absent). A report shows names and counts, no article text, so it may be committed.
// Uses Debian's Chromium (/usr/bin/chromium, or NEWSMARK_CHROMIUM) through playwright-core.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/newsmark.js');
const docs = path.join(root, 'docs');
const polnear = path.join(root, '../shared/eval/polnear/dev.jsonl');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-screenshots-'));
const executablePath = [process.env.NEWSMARK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
if (!executablePath) {
  console.error('screenshots: no Chromium (apt-get install chromium, or set NEWSMARK_CHROMIUM)');
  process.exit(2);
}

function newsmark(args, out, cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`newsmark ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  if (out) fs.writeFileSync(out, r.stdout);
}

const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
  viewport: { width: 1280, height: 860 },
  deviceScaleFactor: 1,
});
try {
  const article = path.join(tmp, 'article.html');
  newsmark(['-f', 'html', 'fixtures/blinken-beijing.txt'], article);
  const page = await context.newPage();
  await page.goto(pathToFileURL(article).href);
  // The fourth paragraph holds a long quote by Blinken with the speaker and cue after it.
  await page.locator('[data-quote=q3]').click({ position: { x: 40, y: 8 } });
  await page.locator('mark[data-entity=e6]').first().hover();
  await page.screenshot({ path: path.join(docs, 'article-page.png') });
  console.log('screenshots: docs/article-page.png');

  if (fs.existsSync(polnear)) {
    const outputs = path.join(tmp, 'polnear-dev.jsonl');
    const report = path.join(tmp, 'r.html');
    newsmark(['-f', 'jsonl', polnear], outputs);
    // Run in the folder of the outputs, so the page names them without a temporary path.
    newsmark(['report', 'polnear-dev.jsonl', '--output', report], undefined, tmp);
    const r = await context.newPage();
    await r.setViewportSize({ width: 1280, height: 1500 });
    await r.goto(pathToFileURL(report).href);
    await r.screenshot({ path: path.join(docs, 'report-page.png') });
    console.log('screenshots: docs/report-page.png');
  } else console.log(`screenshots: ${polnear} not found; docs/report-page.png left as it is`);
} finally {
  await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
