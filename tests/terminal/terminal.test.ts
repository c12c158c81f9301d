// newsmark in a real pseudo-terminal (issue 11): what reaches the screen. Every other CLI test runs
// without a terminal, which is how a progress bar that turned line wrap off and restored a saved
// cursor over the output went unnoticed. `script` (util-linux) gives the command a PTY as stdin,
// stdout and stderr; the bytes it records are fed to a small terminal model (screen.ts) and the
// tests look at the resulting screen, as a person would.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Screen, wrapped } from './screen.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/newsmark.js');
const WIDTH = 120;
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') ?? false;

interface Shown {
  code: number;
  raw: string;
  screen: Screen;
  lines: string[];
}

/** Run a shell command line in a 120×40 pseudo-terminal; `newsmark` in it is the real bin. */
function inTerminal(command: string, cwd: string): Shown {
  const line = `stty cols ${WIDTH} rows 40; ${command.replaceAll('newsmark', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)}`)}`;
  const r = spawnSync('script', ['-qfec', line, '/dev/null'], {
    cwd,
    // Closed stdin for script; the command's own stdin is the terminal. The timeout turns a newsmark
    // that waits for typing into a failure instead of a hung test.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm' },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  const screen = new Screen(WIDTH).feed(r.stdout);
  return { code: r.status ?? -1, raw: r.stdout, screen, lines: screen.lines() };
}

/** The same command without a terminal: what newsmark writes, to compare with the screen. */
function plain(args: string[], cwd: string, input = ''): { stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH }, input });
  return { stdout: r.stdout, stderr: r.stderr };
}

const stripColor = (s: string) => s.replace(/\x1b\[[\d;]*m/g, '');
const SUMMARY = /^newsmark: \d+ articles? \([\d,]+ words\) in /;
const BAR = /█|░|ETA|starting…| articles \| /;

function expectCleanTerminal(shown: Shown): void {
  // Never line wrap off, never a saved or restored cursor, never a hidden cursor left behind.
  expect(shown.screen.seen).toMatchObject({ wrapOff: 0, cursorSave: 0, cursorRestore: 0, cursorHide: 0 });
  expect(shown.raw).not.toMatch(/\x1b\[\?7l|\x1b7|\x1b8/);
  // Nothing of a progress bar is left on the screen.
  for (const line of shown.lines) expect(line).not.toMatch(BAR);
}

let dir: string;
const article = 'Rain floods Valdera\n\nHeavy rain flooded the centre of Valdera on Monday, the mayor, Maria Lopez, said.\n\n"We have never seen water this high," Lopez said.\n';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-pty-'));
  fs.mkdirSync(path.join(dir, 'batch'));
  fs.mkdirSync(path.join(dir, 'nothing'));
  for (let i = 1; i <= 3; i++) fs.writeFileSync(path.join(dir, `batch/a${i}.txt`), article.replace('Monday', ['Monday', 'Tuesday', 'Friday'][i - 1]!));
  fs.writeFileSync(path.join(dir, 'batch/b-empty.txt'), '');
  fs.copyFileSync(path.join(root, 'fixtures/blinken-beijing.txt'), path.join(dir, 'long.txt'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasScript)(hasScript ? 'newsmark in a pseudo-terminal' : 'newsmark in a pseudo-terminal — SKIPPED: `script` (util-linux) is not installed', () => {
  it('one article, -f pretty: the whole view on screen, every long paragraph wrapped, not cut; no bar, no summary', () => {
    const shown = inTerminal('newsmark -f pretty long.txt', dir);
    expect(shown.code).toBe(0);
    expectCleanTerminal(shown);
    // What was sent, wrapped at the margin, is what is on screen: nothing cut at column 120 (as with
    // line wrap off) and nothing written over (as by a cursor restored to where the run began).
    const sent = wrapped(stripColor(shown.raw).replaceAll('\r\n', '\n'), WIDTH);
    expect(sent.length).toBeGreaterThan(40);
    expect(sent.some((l) => l.length === WIDTH)).toBe(true); // some lines did wrap
    expect(shown.lines).toEqual(sent);
    // And it is the whole view: the same text as without a terminal, colours aside.
    const view = plain(['-f', 'pretty', 'long.txt'], dir).stdout;
    for (const line of view.split('\n').filter((l) => l && !/color is on/.test(l))) expect(stripColor(shown.raw)).toContain(line);
    expect(shown.lines.some((l) => SUMMARY.test(l))).toBe(false);
  });

  it('one article piped in: the reading summary (the default on a terminal) alone on screen, no bar and no run summary', () => {
    const shown = inTerminal('cat long.txt | newsmark', dir);
    expect(shown.code).toBe(0);
    expectCleanTerminal(shown);
    expect(shown.raw).not.toContain('\x1b[K');
    expect(shown.lines).toEqual(wrapped(plain(['-f', 'summary'], dir, fs.readFileSync(path.join(dir, 'long.txt'), 'utf8')).stdout, WIDTH));
  });

  it('a missing file: its one error line stays on screen, with no summary over it', () => {
    const shown = inTerminal('newsmark nope.txt', dir);
    expect(shown.code).toBe(2);
    expectCleanTerminal(shown);
    expect(shown.lines).toEqual(['newsmark: nope.txt: no such file']);
  });

  it('a batch to the same terminal: no bar over the output, each error on its own line, the summary last', () => {
    const shown = inTerminal('newsmark -f jsonl -j 1 batch/a1.txt batch/b-empty.txt nope.txt batch/a2.txt', dir);
    expect(shown.code).toBe(1);
    expectCleanTerminal(shown);
    expect(shown.raw).not.toMatch(BAR);
    // Each JSON line starts a row (and wraps over the next ones); each error is a row of its own.
    const starts = shown.lines.filter((l) => l.startsWith('{"id"') || l.startsWith('newsmark:')).map((l) => /^\{"id":"([^"]+)"/.exec(l)?.[1] ?? l);
    expect(starts).toEqual(['batch/a1.txt', 'newsmark: batch/b-empty.txt: empty article', 'newsmark: nope.txt: no such file', 'batch/a2.txt', expect.stringMatching(SUMMARY)]);
    expect(shown.lines.at(-1)).toMatch(SUMMARY);
    expect(shown.lines.at(-1)).toContain('2 failed');
  });

  it('a JSON array to the same terminal: an error after an object still starts its own line', () => {
    const shown = inTerminal('newsmark -f json -j 1 batch/a1.txt batch/a2.txt nope.txt batch/a3.txt', dir);
    expect(shown.code).toBe(1);
    expectCleanTerminal(shown);
    expect(shown.lines).toContain('newsmark: nope.txt: no such file');
    expect(shown.lines.at(-1)).toMatch(SUMMARY);
  });

  it('a folder with stdout redirected: a progress bar while it runs, then only the errors and the summary', () => {
    const shown = inTerminal('newsmark -f jsonl -j 1 batch > out.jsonl', dir);
    expect(shown.code).toBe(1);
    expectCleanTerminal(shown);
    expect(shown.raw).toMatch(/newsmark (█|░)+ \d\/4 articles/); // the bar was drawn
    expect(shown.lines).toEqual(['newsmark: batch/b-empty.txt: empty article', expect.stringMatching(SUMMARY)]);
    expect(fs.readFileSync(path.join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('a folder to --out-dir: the terminal carries no output, so the bar is drawn; -q turns it off', () => {
    const shown = inTerminal('newsmark -o out -j 1 batch', dir);
    expect(shown.code).toBe(1);
    expectCleanTerminal(shown);
    expect(shown.raw).toMatch(/newsmark (█|░)+ \d\/4 articles/);
    expect(shown.lines).toEqual(['newsmark: batch/b-empty.txt: empty article', expect.stringMatching(SUMMARY)]);
    const quiet = inTerminal('newsmark -q -o out-quiet -j 1 batch', dir);
    expect(quiet.raw).not.toMatch(BAR);
    expect(quiet.lines).toEqual(['newsmark: batch/b-empty.txt: empty article']);
  });

  it('an empty folder: one line saying so, exit 2', () => {
    const shown = inTerminal('newsmark nothing', dir);
    expect(shown.code).toBe(2);
    expectCleanTerminal(shown);
    expect(shown.lines).toEqual([expect.stringMatching(/^newsmark: nothing: no article files in this folder \(looked for \.txt, /)]);
  });

  it('bare newsmark with the terminal as stdin: a short usage and exit 2, instead of waiting', () => {
    const shown = inTerminal('newsmark', dir);
    expect(shown.code).toBe(2);
    expectCleanTerminal(shown);
    expect(shown.lines[0]).toMatch(/^Usage: newsmark /);
    expect(shown.lines.filter((l) => /^ {2}(\S+ \| )?newsmark /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(shown.lines.join('\n')).toContain('newsmark --help');
  });
});
