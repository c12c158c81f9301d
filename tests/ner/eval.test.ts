import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/document.js';
import { toOutput } from '../../src/model/output.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { entities } from '../../src/annotators/entities.js';
import type { GoldDoc } from '../../src/eval/gold.js';
import type { Pair } from '../../src/eval/prediction.js';
import { scoreNer } from '../../src/eval/score-ner.js';
import { scoreCoref } from '../../src/eval/score-coref.js';

/**
 * The targets of tracker issue 4 on the development sets, scored by the project's own scorers
 * (src/eval, checked against ../shared/tools/score.mjs in tests/eval/agreement.test.ts). Only the
 * stages the entities need run, to keep this fast. Skipped when ../shared/eval is absent.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = path.resolve(root, '../shared/eval');
const pipeline = createPipeline([structure, tokens, entities]);

function pairs(file: string): Pair[] {
  return fs
    .readFileSync(path.join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const gold = JSON.parse(l) as GoldDoc;
      return [gold, toOutput(pipeline.run(createDoc(gold.id, gold.text)))] as Pair;
    });
}

describe.skipIf(!fs.existsSync(evalDir))('evaluation on the development sets', () => {
  it('CoNLL-2003 dev: PER/LOC/ORG exact-span F1 >= 89 overall, >= 82 per type', () => {
    const score = scoreNer(pairs('conll2003/dev.jsonl'));
    expect(score.f1).toBeGreaterThanOrEqual(89);
    const perType = score.detail.perType as Record<string, { f1: number }>;
    for (const t of ['PER', 'LOC', 'ORG']) expect(perType[t]!.f1).toBeGreaterThanOrEqual(82);
  });

  it('GUM news dev: named mentions found >= 87.5%, coreference link F1 >= 86', () => {
    const score = scoreCoref(pairs('gum-news/dev.jsonl'));
    expect(score.detail.mentionRecall as number).toBeGreaterThanOrEqual(87.5);
    expect(score.f1).toBeGreaterThanOrEqual(86);
  });
});
