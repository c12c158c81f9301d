import { describe, expect, it } from 'vitest';
import { parseBlocks, parseSentences } from '../../src/nlp/compromise.js';

describe('compromise wrapper re-anchors offsets to the original text', () => {
  it('gives words and sentences that slice back exactly, punctuation around them included in sentences', () => {
    const text = 'one (two two) more. “We are here,” he said — don’t go!';
    const sentences = parseSentences(text);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['one (two two) more.', '“We are here,” he said — don’t go!']);
    expect(sentences[0]!.tokens.map((t) => t.text)).toEqual(['one', 'two', 'two', 'more']);
  });

  it('drops the empty terms compromise makes when it expands contractions', () => {
    const tokens = parseSentences('They don’t know.')[0]!.tokens;
    expect(tokens.every((t) => t.end > t.start)).toBe(true);
  });

  it('offsets stay right inside a sub-range and across the chunks of a long text', () => {
    const sentence = 'Mayor Ana Costa visited Lisbon on Monday. ';
    const text = 'x'.repeat(5) + ' ' + sentence.repeat(2000);
    const sentences = parseSentences(text, 6);
    expect(sentences.length).toBe(2000);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(sentence.trim());
  });
});

describe('parseBlocks: the tokens stage in one pass', () => {
  const text = 'Mayor Ana Costa visited Lisbon on Monday. She said: “We are here.”\n\nCosta left. The mayor’s office didn’t comment (yet).';
  const blocks = [
    { start: 0, end: text.indexOf('\n\n') },
    { start: text.indexOf('\n\n') + 2, end: text.length },
  ];

  it('gives the sentences and words parseSentences gives block by block, with sentence and block indexes', () => {
    const { sentences, tokens } = parseBlocks(text, blocks);
    const expected = blocks.flatMap((b, block) => parseSentences(text, b.start, b.end).map((s) => ({ ...s, block })));
    expect(sentences.map(({ start, end, block }) => ({ start, end, block }))).toEqual(expected.map(({ start, end, block }) => ({ start, end, block })));
    expect(tokens).toEqual(expected.flatMap((s, sentence) => s.tokens.map((t) => ({ ...t, sentence }))));
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => s.block)).toEqual([0, 0, 1, 1]);
  });

  it('interns tag arrays: the same tag set is one frozen array', () => {
    const { tokens } = parseBlocks(text, blocks);
    const byTags = new Map<string, string[][]>();
    for (const t of tokens) byTags.set(t.tags.join(), [...(byTags.get(t.tags.join()) ?? []), t.tags]);
    expect([...byTags.values()].some((arrays) => arrays.length > 1)).toBe(true);
    for (const arrays of byTags.values()) for (const a of arrays) expect(a).toBe(arrays[0]);
    for (const t of tokens) expect(Object.isFrozen(t.tags)).toBe(true);
    // The same set in a later parse is the same array again.
    expect(parseBlocks(text, blocks).tokens[0]!.tags).toBe(tokens[0]!.tags);
  });

  it('a block that comes back is parsed once and gives what parsing it afresh gives, at its own offsets', () => {
    const para = 'Advertisement. Mayor Ana Costa said “no” (again).';
    const other = 'Costa left Lisbon on Monday.';
    const text = [para, other, para, para].join('\n\n');
    const starts = [0, para.length + 2, para.length + other.length + 4, 2 * para.length + other.length + 6];
    const spans = starts.map((start, i) => ({ start, end: start + (i === 1 ? other : para).length }));
    const { sentences, tokens } = parseBlocks(text, spans);
    const expected = spans.flatMap((b, block) => parseSentences(text, b.start, b.end).map((s) => ({ ...s, block })));
    expect(sentences).toEqual(expected.map(({ start, end, block }) => ({ start, end, text: text.slice(start, end), block })));
    expect(tokens).toEqual(expected.flatMap((s, sentence) => s.tokens.map((t) => ({ ...t, sentence }))));
    expect(tokens.filter((t) => t.text === 'Costa').map((t) => t.start)).toEqual([para.indexOf('Costa'), starts[1]!, starts[2]! + para.indexOf('Costa'), starts[3]! + para.indexOf('Costa')]);
  });
});
