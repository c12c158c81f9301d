import { describe, expect, it } from 'vitest';
import { propagateNames } from '../../src/entities/propagate.js';
import type { NerToken } from '../../src/ner/features.js';
import type { TokenSpan } from '../../src/ner/tags.js';

const sentence = (text: string): NerToken[] => text.split(' ').map((w) => ({ text: w, tags: [], pre: '', post: ' ' }));

/** Tag the first sentence by hand ("ORG:0-4" = tokens 0..3), propagate, read the second one's names. */
function second(first: string, spans: string[], other: string): string[] {
  const ss = [sentence(first), sentence(other)];
  const tagged: TokenSpan[] = spans.map((s) => {
    const [type, a, b] = s.split(/[:-]/) as [TokenSpan['type'], string, string];
    return { start: Number(a), end: Number(b), type };
  });
  const out = propagateNames(ss, [tagged, []], new Set());
  return out[1]!.map((sp) => `${sp.type}:${ss[1]!.slice(sp.start, sp.end).map((t) => t.text).join(' ')}`);
}

describe('propagateNames: a sentence-initial "The"', () => {
  it.each([
    ['is no part of a longer name', 'The Church of Scientology denied it', ['ORG:0-4'], 'critics of the Church of Scientology spoke', ['ORG:Church of Scientology']],
    ['stays with a one-word name ("The Hague")', 'The Hague ruled on it', ['LOC:0-2'], 'judges in Hague spoke', []],
  ])('%s', (_, first, spans, other, expected) => {
    expect(second(first, spans, other)).toEqual(expected);
  });
});
