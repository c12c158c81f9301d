/**
 * Long articles (issue 17): every span valid, and the words are what annotating the same text in
 * pieces gives. The contract: sentences and words never cross a block, and compromise parses each
 * block (or bounded piece of a long block) on its own, so an article made of other articles joined
 * by blank lines has exactly their sentences and tokens, moved to their offsets. (Entities, quotes and
 * topics are linked across the whole article on purpose, so they are checked for valid spans only.)
 * Speed is in `npm run bench` (the linear section), not here.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate.js';
import { layer } from '../src/model/document.js';
import { parseBlocks } from '../src/nlp/compromise.js';
import { toOutput } from '../src/model/output.js';
import { invalidSpans } from './support/spans.js';

const articles = fs
  .readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(`fixtures/${f}`, 'utf8').trim());

describe('a long article', () => {
  // Every fixture, twice (the second copy repeats every block: parsed once, copied to its offsets).
  const pieces = [...articles, ...articles];
  const text = pieces.join('\n\n');

  it('has valid spans everywhere, and the sentences and tokens of its pieces annotated one by one', () => {
    expect(text.length).toBeGreaterThan(100_000);
    const doc = annotate(text);
    expect(invalidSpans(text, toOutput(doc))).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const blocks = layer(doc, 'blocks');
    const sentences = layer(doc, 'sentences');
    const tokens = layer(doc, 'tokens');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);

    let offset = 0;
    let sameAsAlone = 0;
    for (const piece of pieces) {
      const end = offset + piece.length;
      const inPiece = <T extends { start: number; end: number }>(xs: readonly T[]) => xs.filter((x) => x.start >= offset && x.end <= end);
      const firstSentence = sentences.findIndex((s) => s.start >= offset);
      const shift = <T extends { start: number; end: number }>(x: T, by: number) => ({ ...x, start: x.start + by, end: x.end + by });
      const mine = {
        sentences: inPiece(sentences).map((s) => ({ ...shift(s, -offset), block: 0 })),
        tokens: inPiece(tokens).map((t) => ({ ...shift(t, -offset), sentence: t.sentence - firstSentence })),
      };
      // The piece alone, cut into the same blocks: the same words at the same places.
      const alone = parseBlocks(piece, inPiece(blocks).map((b) => shift(b, -offset)));
      expect(mine.tokens).toEqual(alone.tokens);
      expect(mine.sentences).toEqual(alone.sentences.map((s) => ({ ...s, block: 0 })));
      // And annotated alone, when its structure cuts it into the same blocks (a dateline is split off
      // only at the top of an article): the same sentences and tokens.
      const own = annotate(piece);
      if (JSON.stringify(layer(own, 'blocks').map((b) => [b.start, b.end])) === JSON.stringify(inPiece(blocks).map((b) => [b.start - offset, b.end - offset]))) {
        sameAsAlone++;
        expect(mine.tokens).toEqual(layer(own, 'tokens'));
        expect(mine.sentences.map(({ start, end, text }) => ({ start, end, text }))).toEqual(layer(own, 'sentences').map(({ start, end, text }) => ({ start, end, text })));
      }
      offset = end + 2;
    }
    expect(sameAsAlone).toBeGreaterThan(pieces.length / 2);
  }, 120_000);
});
