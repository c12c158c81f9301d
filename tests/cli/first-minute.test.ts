// A person's first commands (issue 11): a misspelt command, --help, bare `newsmark` in a terminal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandTypo } from '../../src/cli/main.js';
import { both, inProcess } from './run-in.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-first-'));
fs.writeFileSync(path.join(dir, 'evals'), 'A file named like a command\n\nIt is an article, the editor said.\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const COMMANDS = ['annotate', 'eval', 'check', 'schema', 'help'];

describe('a misspelt command is told apart from a file name', () => {
  it.each([
    [['chek'], { word: 'chek', command: 'check' }],
    [['chekc', 'fixtures'], { word: 'chekc', command: 'check' }],
    [['-f', 'json', 'evl', 'gold.jsonl'], { word: 'evl', command: 'eval' }],
    [['shema'], { word: 'shema', command: 'schema' }],
    [['annotte', 'a.txt'], { word: 'annotte', command: 'annotate' }],
    // Not typos: a command, an existing file, something shaped like a path, a word far from every command.
    [['check'], undefined],
    [['evals'], undefined],
    [['chek.txt'], undefined],
    [['news/chek'], undefined],
    [['*.txt'], undefined],
    [['-'], undefined],
    [['report'], undefined],
    [['--config', 'chek'], undefined],
    [['--', 'chek'], undefined],
  ])('%j → %j', (argv, expected) => expect(commandTypo(argv, COMMANDS, dir)).toEqual(expected));
});

describe.each(both)('the first minute (%s)', (_, run) => {
  it('newsmark chek: a suggestion, exit 2', async () => {
    expect(await run(['chek'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "newsmark: unknown command 'chek', and no file of that name — did you mean check?\n" });
  });

  it('a file named like a near-command is annotated, not taken for a typo', async () => {
    const r = await run(['-f', 'jsonl', 'evals'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('evals');
  });

  it('a missing file far from every command is still "no such file"', async () => {
    expect(await run(['nope.txt'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'newsmark: nope.txt: no such file\n' });
  });

  it('--help shows the annotate options people use most, each with its default, and examples', async () => {
    const r = await run(['--help'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const option of ['-f, --format <format>', '-o, --out-dir <dir>', '-j, --jobs <n>', '-c, --config <file>', '--resume [file]', '--max-bytes <n>']) expect(r.stdout).toContain(option);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('(default: summary on a terminal, yaml when piped or with --out-dir)');
    expect(text).toContain('(default: 20 MiB)');
    expect(text).toMatch(/\(default: the number of cores, \d+ here\)/);
    expect(text).toContain('(default: everything to stdout)');
    expect(text).toContain('(default: ./newsmark.config.yaml if present)');
    expect(r.stdout).toMatch(/Examples:\n {2}newsmark article\.txt/);
    expect(r.stdout).toContain('Exit codes: 0 success');
  });

  it('annotate --help gives every value option a default', async () => {
    const r = await run(['annotate', '--help'], { cwd: dir });
    const text = r.stdout.replace(/\s+/g, ' ');
    for (const option of ['--format', '--input-format', '--max-bytes', '--config', '--out-dir', '--jobs', '--timeout', '--errors', '--shard']) {
      expect(text).toMatch(new RegExp(`${option} <[^>]+> [^-]*?default: `));
    }
  });
});

describe('bare newsmark', () => {
  it('with the terminal as stdin and no input: a short usage on stderr, exit 2, stdin never read', async () => {
    const r = await inProcess([], { cwd: dir, tty: { stdin: true, stdout: true, stderr: true } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: newsmark /);
    expect(r.stderr).toContain('newsmark article.txt');
    expect(r.stderr).toContain('pbpaste | newsmark');
    expect(r.stderr).toContain('newsmark --help');
    expect(r.stderr.split('\n').length).toBeLessThan(15);
  });

  it('with options but no input, the same', async () => {
    const r = await inProcess(['-f', 'json'], { cwd: dir, tty: { stdin: true } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: newsmark /);
  });

  it('with a pipe as stdin, it reads the pipe as before', async () => {
    const r = await inProcess(['-f', 'jsonl'], { cwd: dir, stdin: 'Rain in Oslo\n\nIt rained on Monday, officials said.\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('-');
  });

  it('newsmark - with the terminal as stdin: reads it, after saying how to end the text', async () => {
    const r = await inProcess(['-f', 'jsonl', '-'], { cwd: dir, stdin: 'Rain in Oslo\n\nIt rained on Monday, officials said.\n', tty: { stdin: true, stderr: true } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('newsmark: reading from the terminal; end the text with Ctrl-D\n');
  });
});
