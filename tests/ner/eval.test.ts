import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDoc, type ArticleDoc } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { entities } from '../../src/annotators/entities.js';

/**
 * The targets of tracker issue 4 on the development sets, measured the way ../shared/tools/score.mjs
 * measures them (ner: exact span + type, predictions overlapping a gold MISC left out; coref:
 * pairwise links among gold named mentions, each taken by the longest prediction inside it).
 * Skipped when ../shared/eval is absent.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = path.resolve(root, '../shared/eval');
const pipeline = createPipeline([structure, tokens, entities]);
const TYPE = { person: 'PER', place: 'LOC', org: 'ORG' } as const;

interface GoldSpan {
  start: number;
  end: number;
  type: string;
  named?: boolean;
  cluster?: string;
}
const read = (file: string) =>
  fs.readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; entities: GoldSpan[] });
const predicted = (doc: ArticleDoc) => {
  const byId = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  return (doc.layers.mentions ?? []).map((m) => ({ start: m.start, end: m.end, type: TYPE[m.type], entity: m.entityId ?? m.id, exists: byId.has(m.entityId ?? '') }));
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;
const f1 = (tp: number, np: number, ng: number) => (tp ? (2 * (tp / np) * (tp / ng)) / (tp / np + tp / ng) : 0);

describe.skipIf(!fs.existsSync(evalDir))('evaluation on the development sets', () => {
  it('CoNLL-2003 dev: PER/LOC/ORG exact-span F1 >= 89 overall, >= 82 per type', () => {
    const counts = Object.fromEntries(['PER', 'LOC', 'ORG', 'ALL'].map((t) => [t, { tp: 0, np: 0, ng: 0 }]));
    for (const gold of read('conll2003/dev.jsonl')) {
      const doc = pipeline.run(createDoc(gold.id, gold.text));
      const misc = gold.entities.filter((e) => e.type === 'MISC');
      const seen = new Set<string>();
      const preds = predicted(doc).filter((m) => !misc.some((x) => overlap(x, m)) && !seen.has(`${m.start}:${m.end}:${m.type}`) && seen.add(`${m.start}:${m.end}:${m.type}`));
      const keys = new Set(gold.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
      for (const t of ['PER', 'LOC', 'ORG']) {
        for (const c of [counts[t]!, counts.ALL!]) {
          c.ng += gold.entities.filter((e) => e.type === t).length;
          c.np += preds.filter((m) => m.type === t).length;
          c.tp += preds.filter((m) => m.type === t && keys.has(`${m.start}:${m.end}:${m.type}`)).length;
        }
      }
    }
    const scores = Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, Math.round(1000 * f1(c.tp, c.np, c.ng)) / 10]));
    expect(scores.ALL).toBeGreaterThanOrEqual(89);
    for (const t of ['PER', 'LOC', 'ORG']) expect(scores[t]).toBeGreaterThanOrEqual(82);
  });

  it('GUM news dev: named mentions found >= 84.5%, coreference link F1 >= 84.5', () => {
    let goldNamed = 0;
    let found = 0;
    let tp = 0;
    let np = 0;
    let ng = 0;
    for (const gold of read('gum-news/dev.jsonl')) {
      const doc = pipeline.run(createDoc(gold.id, gold.text));
      const preds = predicted(doc);
      const named = gold.entities.filter((e) => e.named);
      goldNamed += named.length;
      const linked: { cluster: string; entity: string }[] = [];
      for (const g of named) {
        const inside = preds.filter((m) => m.start >= g.start && m.end <= g.end).sort((a, b) => b.end - b.start - (a.end - a.start));
        if (inside.length) linked.push({ cluster: g.cluster!, entity: `${inside[0]!.type}:${inside[0]!.entity}` });
      }
      found += linked.length;
      for (let i = 0; i < linked.length; i++) {
        for (let j = i + 1; j < linked.length; j++) {
          const sameGold = linked[i]!.cluster === linked[j]!.cluster;
          const samePred = linked[i]!.entity === linked[j]!.entity;
          if (sameGold) ng++;
          if (samePred) np++;
          if (sameGold && samePred) tp++;
        }
      }
    }
    expect((100 * found) / goldNamed).toBeGreaterThanOrEqual(84.5);
    expect(100 * f1(tp, np, ng)).toBeGreaterThanOrEqual(84.5);
  });
});
