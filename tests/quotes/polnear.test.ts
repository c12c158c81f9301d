/**
 * PolNeAR dev (../shared/eval/polnear, read-only, never copied): the scores the quote engine reached,
 * minus a small margin. Runs structure + tokens + quotes only (the speaker spans do not depend on the
 * entity tagger), on every other article to keep the test short. Skips when the data is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { quotes } from '../../src/annotators/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { createDoc } from '../../src/model/document.js';
import { QuoteScore, type GoldQuote } from './score.js';

const dev = path.resolve(import.meta.dirname, '../../../shared/eval/polnear/dev.jsonl');

describe.skipIf(!fs.existsSync(dev))('PolNeAR dev: quotes and speakers', () => {
  it('reaches the measured scores (minus a margin)', () => {
    const noEntities = { name: 'no-entities', requires: [], provides: ['mentions', 'entities'] as const, run: () => ({ mentions: [], entities: [] }) };
    const pipeline = createPipeline([structure, tokens, noEntities, quotes]);
    const score = new QuoteScore();
    const lines = fs.readFileSync(dev, 'utf8').split('\n').filter((l) => l.trim());
    lines.forEach((line, k) => {
      if (k % 2) return;
      const gold = JSON.parse(line) as { id: string; text: string; quotes: GoldQuote[] };
      const doc = pipeline.run(createDoc(gold.id, gold.text));
      score.add(gold.text, gold.quotes, doc.layers.quotes!.filter((q) => q.kind !== 'indirect'));
    });
    const summary = `quote F1 ${score.quoteF1.toFixed(1)}, exact F1 ${score.exactF1.toFixed(1)}, speaker ${score.speakerAccuracy.toFixed(1)}%, end-to-end F1 ${score.endToEndF1.toFixed(1)}`;
    console.log(`PolNeAR dev (even-numbered articles): ${summary}`);
    expect(score.quoteF1, summary).toBeGreaterThanOrEqual(96.5);
    expect(score.exactF1, summary).toBeGreaterThanOrEqual(96);
    expect(score.speakerAccuracy, summary).toBeGreaterThanOrEqual(94);
    expect(score.endToEndF1, summary).toBeGreaterThanOrEqual(90.5);
  }, 60_000);
});
