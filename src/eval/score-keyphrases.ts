import { porterStem } from '../nlp/porter.js';
import { percent, prf } from './metrics.js';
import { words, type Pair } from './prediction.js';
import type { DocumentScore, EvalError, TaskScore } from './result.js';

export const KEYPHRASE_CUTOFFS = [5, 10] as const;

/** Hyphens split words, words are lower-cased, possessive 's dropped, each word Porter-stemmed. */
export const normalizePhrase = (s: string): string => words(s.replace(/-/g, ' ')).map(porterStem).join(' ');

/**
 * Keyphrases, the usual protocol: exact match of stemmed phrases; the predicted list (best first,
 * repeats after stemming removed) is cut at k; P, R and F1@k per document, averaged over documents
 * (a document with no prediction scores 0). The overall f1/precision/recall are @10.
 */
export function scoreKeyphrases(pairs: Pair[]): TaskScore {
  const sums = Object.fromEntries(KEYPHRASE_CUTOFFS.map((k) => [k, { precision: 0, recall: 0, f1: 0 }])) as Record<number, { precision: number; recall: number; f1: number }>;
  const perDocument: DocumentScore[] = [];
  const errors: EvalError[] = [];
  for (const [g, p] of pairs) {
    const goldList = g.keyphrases ?? [];
    const gold = new Set(goldList.map(normalizePhrase));
    const predictedText = new Map<string, string>();
    for (const k of p.keyphrases ?? []) {
      const text = typeof k === 'string' ? k : k.text;
      const norm = normalizePhrase(text);
      if (!predictedText.has(norm)) predictedText.set(norm, text);
    }
    const ranked = [...predictedText.keys()];
    let f10 = 0;
    for (const k of KEYPHRASE_CUTOFFS) {
      const top = ranked.slice(0, k);
      const r = prf(top.filter((x) => gold.has(x)).length, top.length, gold.size);
      sums[k]!.precision += r.precision;
      sums[k]!.recall += r.recall;
      sums[k]!.f1 += r.f1;
      if (k === 10) f10 = r.f1;
    }
    perDocument.push({ id: g.id, score: percent(f10), gold: gold.size, predicted: Math.min(10, ranked.length) });
    const top10 = new Set(ranked.slice(0, 10));
    for (const phrase of goldList) if (!top10.has(normalizePhrase(phrase))) errors.push({ doc: g.id, kind: 'miss', text: phrase, note: `stem '${normalizePhrase(phrase)}' not in the top 10` });
    ranked.slice(0, 10).forEach((norm, rank) => {
      if (!gold.has(norm)) errors.push({ doc: g.id, kind: 'false positive', text: predictedText.get(norm), note: `rank ${rank + 1}` });
    });
  }
  const n = pairs.length || 1;
  const at = (k: number) => ({ precision: percent(sums[k]!.precision / n), recall: percent(sums[k]!.recall / n), f1: percent(sums[k]!.f1 / n) });
  const at10 = at(10);
  return { task: 'keyphrases', documents: pairs.length, ...at10, headline: { name: 'F1@10', value: at10.f1 }, detail: { at5: at(5), at10 }, perDocument, errors };
}
