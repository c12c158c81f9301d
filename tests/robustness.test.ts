/** Bad and unusual input: a clear one-line error or a valid (possibly empty) annotation — never a stack trace, never an invalid span. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate.js';
import { decodeBytes } from '../src/io/read-input.js';
import { toOutput } from '../src/model/output.js';
import { runInProcess } from './support/cli.js';
import { invalidSpans } from './support/spans.js';

const edge = (name: string) => `fixtures/edge/${name}`;

describe('input that cannot be annotated gets one clear line and exit 2', () => {
  it.each([
    ['empty.txt', 'empty article'],
    ['whitespace.txt', 'empty article (only white space)'],
    ['binary.bin', 'binary data, not text'],
  ])('%s', async (file, problem) => {
    const r = await runInProcess(['-f', 'json', edge(file)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsmark: ${edge(file)}: ${problem}\n`);
    expect(r.stdout).toBe('');
  });

  it('an article over --max-bytes is refused with its size and the limit', async () => {
    const r = await runInProcess(['--max-bytes', '100', 'fixtures/ohio-measles-outbreak.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsmark: fixtures\/ohio-measles-outbreak\.txt: too large \(\d+ bytes; --max-bytes is 100\)\n$/);
  });

  it('a bad file among good ones costs only itself (exit 1, other output intact)', async () => {
    const r = await runInProcess(['-f', 'jsonl', edge('binary.bin'), edge('crlf.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).id).toBe(edge('crlf.txt'));
  });
});

describe('unusual text is annotated with valid spans', () => {
  it('a UTF-8 BOM is not part of the text: offsets count from the first character after it', () => {
    const decoded = decodeBytes(fs.readFileSync(edge('bom.txt')), 'bom.txt');
    expect(decoded.text.startsWith('BOM article')).toBe(true);
    const out = toOutput(annotate(decoded.text));
    expect(out.structure.headline?.start).toBe(0);
    expect(invalidSpans(decoded.text, out)).toEqual([]);
  });

  it('CRLF line ends are kept and counted', () => {
    const text = fs.readFileSync(edge('crlf.txt'), 'utf8');
    const out = toOutput(annotate(text));
    expect(out.structure.headline?.text).toBe('Storm hits coast');
    expect(out.structure.paragraphs).toHaveLength(2);
    expect(invalidSpans(text, out)).toEqual([]);
  });

  it('text that is not UTF-8 is decoded with the detected encoding and a warning', async () => {
    const r = await runInProcess(['-f', 'json', edge('latin1.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.txt: warning: not valid UTF-8; decoded as (iso-8859-1|windows-1252)/);
    expect(JSON.parse(r.stdout).structure.headline.text).toBe('Café owners protest');
  });

  it.each(['unbalanced-quotes.txt', 'non-english.txt'])('%s', (file) => {
    const text = fs.readFileSync(edge(file), 'utf8');
    const out = toOutput(annotate(text));
    expect(invalidSpans(text, out)).toEqual([]);
    // A runaway quote would swallow the rest of the article.
    for (const q of out.quotes) expect((q.text ?? '').length).toBeLessThan(200);
  });

  it('a 5 MB article is annotated in bounded pieces with valid spans', () => {
    const base = fs.readFileSync('fixtures/ohio-measles-outbreak.txt', 'utf8');
    let text = '';
    while (text.length < 5 * 1024 * 1024) text += base + '\n\n';
    const out = toOutput(annotate(text));
    expect(out.structure.paragraphs.length).toBeGreaterThan(20_000);
    expect(invalidSpans(text, out)).toEqual([]);
  }, 600_000);

  it('a 200 KB article with no line breaks at all', () => {
    const sentence = 'The minister said the plan would cost "more than expected" and take years. ';
    const text = sentence.repeat(Math.ceil(200_000 / sentence.length));
    const out = toOutput(annotate(text));
    expect(out.structure.sentences.length).toBeGreaterThan(2000);
    expect(invalidSpans(text, out)).toEqual([]);
  }, 300_000);
});
