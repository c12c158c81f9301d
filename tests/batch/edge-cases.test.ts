// Batch edge cases of issue 11: runs that used to end silently, overwrite silently, or exit with a
// code that contradicted the first run. Each through main() and through the real bin.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCode } from '../../src/cli/run/annotate.js';
import { both, inProcess } from '../cli/run-in.js';
import { idsOf, listFiles, smallArticle, tempDir } from './helpers.js';

let dir: string;
const line = (id: string, text: string) => JSON.stringify({ id, text }) + '\n';

beforeAll(() => {
  dir = tempDir();
  const files: Record<string, string> = {
    'empty/.keep': '',
    'pdfs/report.pdf': '%PDF-1.4',
    'none.jsonl': '',
    'good.jsonl': line('g1', smallArticle(1)) + line('g2', smallArticle(2)),
    'one-broken.jsonl': line('b1', smallArticle(1)) + '{"id":"b2",\n' + line('b3', smallArticle(3)),
    'all-broken.jsonl': '{"id":\n[1]\n',
    'dupes.jsonl': line('d1', 'First d1\n\nThe first article with this id, said the editor.') + line('d2', smallArticle(2)) + line('d1', 'Second d1\n\nAnother article reusing the id, said the editor.'),
    'pair/story.txt': smallArticle(4),
    'pair/story.html': `<html><head><title>Other story</title></head><body><article><p>${smallArticle(5).replace(/\n\n/g, '</p><p>')}</p></article></body></html>`,
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(both)('inputs that hold no articles say so (%s)', (_, run) => {
  it.each([
    ['an empty folder', ['empty'], 'newsmark: empty: no article files in this folder (looked for .txt, .text, .md, .html, .htm, .jsonl, .jsonl.gz)\n'],
    ['a folder of other files', ['pdfs'], 'newsmark: pdfs: no article files in this folder (looked for .txt, .text, .md, .html, .htm, .jsonl, .jsonl.gz; 1 other file skipped)\n'],
    ['a glob that matches nothing', ['archive/**/*.txt'], 'newsmark: archive/**/*.txt: no such file, and no files match it as a pattern\n'],
    ['a glob that matches only other files', ['pdfs/**'], 'newsmark: pdfs/**: no article files match this pattern (1 other file does; looked for .txt, .text, .md, .html, .htm, .jsonl, .jsonl.gz)\n'],
    ['an empty archive', ['none.jsonl'], 'newsmark: none.jsonl: no articles (the archive has no JSONL lines)\n'],
  ])('%s: one line, exit 2', async (_, args, stderr) => {
    const r = await run(['-f', 'jsonl', '-j', '1', ...args], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr });
  });

  it('an empty folder among good inputs: the line, the rest annotated, exit 1', async () => {
    const r = await run(['-f', 'jsonl', '-j', '1', 'empty', 'good.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(idsOf(r.stdout)).toEqual(['g1', 'g2']);
    expect(r.stderr).toMatch(/^newsmark: empty: no article files in this folder/);
  });

  it('an empty JSONL stream on stdin is no error (an empty partition in a pipeline): exit 0, no output', async () => {
    expect(await run(['--input-format', 'jsonl', '-f', 'jsonl', '-j', '1'], { cwd: dir, stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe.each(both)('two inputs for one output file with --out-dir (%s)', (_, run) => {
  it('a repeated id in an archive: the second is reported and not written over the first; --resume says so again', async () => {
    const out = `dupes-out-${_}`;
    const r = await run(['-o', out, '-f', 'json', '-j', '1', '--errors', `${out}.errors.jsonl`, 'dupes.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("newsmark: dupes.jsonl:3: duplicate id 'd1' (first at dupes.jsonl:1); not written over its output\n");
    expect(listFiles(path.join(dir, out))).toEqual(['dupes/d1.json', 'dupes/d2.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, out, 'dupes/d1.json'), 'utf8')).structure.headline.text).toBe('First d1');
    expect(fs.readFileSync(path.join(dir, `${out}.errors.jsonl`), 'utf8')).toBe(JSON.stringify({ source: 'dupes.jsonl:3', id: 'd1', error: "duplicate id 'd1' (first at dupes.jsonl:1); not written over its output" }) + '\n');
    const again = await run(['-o', out, '-f', 'json', '-j', '1', '--resume', 'dupes.jsonl'], { cwd: dir });
    expect({ code: again.code, stderr: again.stderr }).toEqual({ code: 1, stderr: r.stderr });
    expect(JSON.parse(fs.readFileSync(path.join(dir, out, 'dupes/d1.json'), 'utf8')).structure.headline.text).toBe('First d1');
  });

  it('a.txt and a.html map to one output: the second is reported', async () => {
    const out = `pair-out-${_}`;
    const r = await run(['-o', out, '-j', '1', 'pair'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsmark: pair/story.txt: same output file as pair/story.html (${out}/pair/story.yaml); not written over it\n`);
    expect(fs.readFileSync(path.join(dir, out, 'pair/story.yaml'), 'utf8')).toMatch(/^id: pair\/story\.html\n/);
  });

  it('without --out-dir, repeated ids are all written (nothing is overwritten on stdout)', async () => {
    const r = await run(['-f', 'jsonl', '-j', '1', 'dupes.jsonl'], { cwd: dir });
    expect({ code: r.code, ids: idsOf(r.stdout) }).toEqual({ code: 0, ids: ['d1', 'd2', 'd1'] });
  });
});

describe.each(both)('--resume exits as the first run did (%s)', (_, run) => {
  it.each([
    ['every article good', 'good.jsonl', 0],
    ['one broken line', 'one-broken.jsonl', 1],
    ['nothing readable', 'all-broken.jsonl', 2],
  ])('%s (%s): the first run and --resume both exit %i', async (_name, archive, code) => {
    const out = `resume-${_}-${archive}`;
    const first = await run(['-o', out, '-j', '1', archive], { cwd: dir });
    expect(first.code).toBe(code);
    const again = await run(['-o', out, '-j', '1', '--resume', archive], { cwd: dir });
    expect(again.code).toBe(code);
    // The same failures are reported again, and nothing else.
    expect(again.stderr).toBe(first.stderr);
  });

  it('with --resume FILE over a JSONL output: the same', async () => {
    const first = await run(['-f', 'jsonl', '-j', '1', 'one-broken.jsonl'], { cwd: dir });
    expect(first.code).toBe(1);
    fs.writeFileSync(path.join(dir, `done-${_}.jsonl`), first.stdout);
    const again = await run(['-f', 'jsonl', '-j', '1', '--resume', `done-${_}.jsonl`, 'one-broken.jsonl'], { cwd: dir });
    expect({ code: again.code, stdout: again.stdout, stderr: again.stderr }).toEqual({ code: 1, stdout: '', stderr: first.stderr });
  });
});

describe.each(both)('--resume FILE that is not newsmark output (%s)', (_, run) => {
  it('an archive taken for the resume file (the output file forgotten): exit 2, saying what to write', async () => {
    const r = await run(['-f', 'jsonl', '--resume', 'good.jsonl'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('newsmark: --resume good.jsonl: this is input ({"id", "text"} lines), not earlier newsmark output; --resume takes the earlier output, then the inputs: newsmark -f jsonl --resume out.jsonl good.jsonl >> out.jsonl\n');
  });

  it('a compressed archive: exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'x.jsonl.gz'), '');
    const r = await run(['-f', 'jsonl', '--resume', 'x.jsonl.gz', 'good.jsonl'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsmark: --resume x\.jsonl\.gz: a compressed file is an input archive, not newsmark output; /);
  });

  it('a resume file that does not exist yet is a first run', async () => {
    const r = await run(['-f', 'jsonl', '-j', '1', '--resume', `not-yet-${_}.jsonl`, 'good.jsonl'], { cwd: dir });
    expect({ code: r.code, ids: idsOf(r.stdout) }).toEqual({ code: 0, ids: ['g1', 'g2'] });
  });
});

describe('exit codes', () => {
  it.each([
    [{ articles: 3, failed: 0, skipped: 0 }, 0],
    [{ articles: 0, failed: 0, skipped: 5 }, 0],
    [{ articles: 0, failed: 0, skipped: 0 }, 0],
    [{ articles: 2, failed: 1, skipped: 0 }, 1],
    [{ articles: 0, failed: 1, skipped: 4 }, 1],
    [{ articles: 0, failed: 2, skipped: 0 }, 2],
  ])('%j → %i', (stats, code) => expect(exitCode(stats)).toBe(code));
});

describe('a progress bar through main() with terminal streams', () => {
  it('stderr a terminal and stdout not: the bar is drawn, each error erases it, is written, and the bar comes back', async () => {
    const r = await inProcess(['-f', 'jsonl', '-j', '1', 'good.jsonl', 'nope.txt', 'good.jsonl'], { cwd: dir, tty: { stderr: true, stdout: false } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('\r\x1b[Knewsmark: nope.txt: no such file\n\r');
    expect(r.stderr).not.toMatch(/\x1b\[\?7l|\x1b7|\x1b8|\x1b\[\?25l/);
    // The bar is erased at the end and the summary is a line of its own.
    expect(r.stderr).toMatch(/\r\x1b\[Knewsmark: 4 articles \([\d,]+ words\) in [^\n]*; 1 failed; 1 worker\n$/);
  });

  it('stdout and stderr the same terminal: no bar, plain lines', async () => {
    const r = await inProcess(['-f', 'jsonl', '-j', '1', 'good.jsonl', 'nope.txt'], { cwd: dir, tty: { stderr: true, stdout: true } });
    expect(r.stderr).not.toContain('\x1b[');
    expect(r.stderr).toMatch(/^newsmark: nope\.txt: no such file\nnewsmark: 2 articles /);
  });

  it('one article on a terminal: no bar and no summary, even when it fails', async () => {
    const ok = await inProcess(['-f', 'jsonl', 'pair/story.txt'], { cwd: dir, tty: { stderr: true, stdout: false } });
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
    const failed = await inProcess(['nope.txt'], { cwd: dir, tty: { stderr: true, stdout: true } });
    expect({ code: failed.code, stderr: failed.stderr }).toEqual({ code: 2, stderr: 'newsmark: nope.txt: no such file\n' });
  });

  it('TERM=dumb: no bar', async () => {
    const r = await inProcess(['-f', 'jsonl', '-j', '1', 'good.jsonl'], { cwd: dir, env: { TERM: 'dumb' }, tty: { stderr: true, stdout: false } });
    expect(r.stderr).not.toContain('\x1b[');
  });
});
