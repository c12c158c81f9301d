import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { runners } from '../support/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-html-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(runners)('newsmark -f html (%s)', (name, run) => {
  it('writes one page for one article', async () => {
    const r = await run(['-f', 'html', 'fixtures/rotterdam-port-strike.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const d = parseHTML(r.stdout).document;
    expect(d.querySelectorAll('article.nm-article').length).toBe(1);
    expect(d.querySelector('#nm-toc')).toBeNull();
    expect(r.stdout.trim().endsWith('</html>')).toBe(true);
  });

  it('writes one page with a table of contents for several, in input order', async () => {
    const r = await run(['-f', 'html', '-j', '2', 'fixtures/blinken-beijing.txt', 'fixtures/ohio-measles-outbreak.txt', 'fixtures/rotterdam-port-strike.txt']);
    expect(r.code).toBe(0);
    const d = parseHTML(r.stdout).document;
    expect([...d.querySelectorAll('article.nm-article')].map((a) => a.getAttribute('data-article'))).toEqual(['fixtures/blinken-beijing.txt', 'fixtures/ohio-measles-outbreak.txt', 'fixtures/rotterdam-port-strike.txt']);
    expect(d.querySelectorAll('#nm-toc li').length).toBe(3);
    expect(r.stdout.match(/<!DOCTYPE html>/g)).toHaveLength(1);
  });

  it('writes one .html page per article with --out-dir', async () => {
    const out = path.join(tmp, name);
    const r = await run(['-f', 'html', '--out-dir', out, 'fixtures/blinken-beijing.txt', 'fixtures/ohio-measles-outbreak.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const files = fs.readdirSync(path.join(out, 'fixtures')).sort();
    expect(files).toEqual(['blinken-beijing.html', 'ohio-measles-outbreak.html']);
    for (const f of files) {
      const d = parseHTML(fs.readFileSync(path.join(out, 'fixtures', f), 'utf8')).document;
      expect(d.querySelectorAll('article.nm-article').length).toBe(1);
    }
  });

  it('writes no page when the only input fails', async () => {
    const r = await run(['-f', 'html', 'fixtures/edge/empty.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
