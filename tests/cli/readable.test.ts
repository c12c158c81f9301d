/** Output a person can read: `-f summary` (the default on a terminal), `--only` for machine formats, `--date`. */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { main } from '../../src/cli/main.js';
import { runners, root, type CliResult } from '../support/cli.js';

const article = 'fixtures/blinken-beijing.txt';
const ANSI = /\u001b\[[0-9;]*m/;

/** main() with a stdout that says it is a terminal, as a shell's would. */
async function runOnTerminal(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([]), env, cwd: root });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

describe('the default format', () => {
  it('is the summary when stdout is a terminal, colored unless NO_COLOR', async () => {
    const r = await runOnTerminal([article]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain.split('\n')[0]).toBe('Blinken visits China, promises to raise “real concerns” but with little expectation of progress');
    expect(plain).toContain('Who said what');
    expect(plain).toMatch(/^ {2}Antony Blinken — Secretary of State, United States ×\d+$/m);
    expect(plain).not.toContain('schema: newsmark/1');
    const noColor = await runOnTerminal([article], { NO_COLOR: '1' });
    expect(noColor.stdout).not.toMatch(ANSI);
    expect(noColor.stdout).toBe(plain);
  });

  it('stays YAML on a terminal with -f yaml', async () => {
    const r = await runOnTerminal(['-f', 'yaml', article]);
    expect(YAML.parse(r.stdout).schema).toBe('newsmark/1');
  });
});

describe.each(runners)('readable output (%s)', (_, run) => {
  it('is YAML when stdout is a pipe', async () => {
    const r = await run([article]);
    expect(r.code).toBe(0);
    expect(YAML.parse(r.stdout)).toMatchObject({ id: article, schema: 'newsmark/1' });
  });

  it('-f summary when piped: the same view without colors', async () => {
    const r = await run(['-f', 'summary', article]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const sections = r.stdout.split('\n').filter((l) => /^[A-Z]/.test(l)).map((l) => l.replace(/ \(\d+\)$/, ''));
    expect(sections.slice(1)).toEqual(['People', 'Who said what', 'Issues', 'Places', 'Organizations', 'Quantities', 'Dates']);
    // One line per quote: speaker, cue, the quote shortened to the width.
    expect(r.stdout).toMatch(/^ {2}Antony Blinken \(said\): “What we are working on on this trip is .*…”$/m);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    // Issues below the cut-off are counted, not listed.
    expect(r.stdout).toMatch(/… \d+ more with lower scores/);
    expect(r.stdout).not.toContain('Global health');
  });

  it.each([
    ['yaml', (s: string) => YAML.parse(s)],
    ['json', (s: string) => JSON.parse(s)],
    ['jsonl', (s: string) => JSON.parse(s)],
  ])('--only picks fields in %s, after id and schema', async (format, parse) => {
    const r = await run(['-f', format, '--only', 'quotes,speakers', article]);
    expect(r.code).toBe(0);
    const out = (parse as (s: string) => Record<string, unknown>)(r.stdout);
    expect(Object.keys(out)).toEqual(['id', 'schema', 'quotes', 'speakers']);
    expect((out.quotes as unknown[]).length).toBeGreaterThan(10);
  });

  it('--only text includes the article text', async () => {
    const r = await run(['-f', 'json', '--only', 'text,quantities', article]);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['id', 'schema', 'quantities', 'text']);
  });

  it.each([
    [['--only', 'quote,speakers'], /--only: unknown field 'quote' \(valid: meta, structure, people, .*, quantities, dates, diagnostics, text\)/],
    [['--only', ','], /--only needs field names/],
    [['-f', 'summary', '--only', 'quotes'], /--only works with -f yaml, json, jsonl, not summary/],
    [['-f', 'pretty', '--only', 'quotes'], /--only works with -f yaml, json, jsonl, not pretty/],
    [['--date', '2024-13-01'], /--date must be a date as YYYY-MM-DD, not '2024-13-01'/],
    [['--date', 'yesterday'], /--date must be a date as YYYY-MM-DD/],
  ])('usage error: %j', async (args, message) => {
    const r = await run([...args, article]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--date resolves relative dates in plain text', async () => {
    const text = 'Markets fell\n\nStocks fell on Monday and traders expect more losses next week.';
    const r = await run(['-f', 'json', '--only', 'dates', '--date', '2024-03-08'], text);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).dates).toEqual([
      { start: 29, end: 35, text: 'Monday', value: '2024-03-04', anchor: 'given', anchorDate: '2024-03-08' },
      { start: 67, end: 76, text: 'next week', value: '2024-W11', anchor: 'given', anchorDate: '2024-03-08' },
    ]);
    const without = await run(['-f', 'json', '--only', 'dates'], text);
    expect(JSON.parse(without.stdout).dates.map((d: { value?: string }) => d.value)).toEqual([undefined, undefined]);
  });
});
