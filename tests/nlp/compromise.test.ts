import { describe, expect, it } from 'vitest';
import { parseSentences } from '../../src/nlp/compromise.js';

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
