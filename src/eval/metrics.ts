/** Span arithmetic and P/R/F1, defined exactly as ../shared/tools/score.mjs defines them. */

export interface SpanLike {
  start: number;
  end: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Characters two spans share. */
export const overlap = (a: SpanLike, b: SpanLike): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Shared characters over the characters either covers (1 for two empty spans at one point, to avoid 0/0). */
export const jaccard = (a: SpanLike, b: SpanLike): number => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start) || 1);

/** Fractions 0–1 (the scorers turn them into percentages once, at the end). */
export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** 0–1 to a percentage with two decimals (score.mjs prints one; two keep the comparison honest). */
export const percent = (x: number): number => Math.round(x * 10000) / 100;

export const percentPrf = (p: Prf): Prf => ({ precision: percent(p.precision), recall: percent(p.recall), f1: percent(p.f1) });

/**
 * One-to-one greedy matching by Jaccard overlap: all pairs at or above `min`, best first
 * (ties keep gold order, then prediction order — the order a stable sort of score.mjs's list gives).
 */
export function greedyMatch<G extends SpanLike, P extends SpanLike>(golds: G[], preds: P[], min: number): [G, P][] {
  const candidates: [number, number, number][] = [];
  golds.forEach((g, i) => preds.forEach((p, j) => {
    const score = jaccard(g, p);
    if (score >= min) candidates.push([score, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [G, P][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([golds[i]!, preds[j]!]);
  }
  return pairs;
}

/** A span in its surroundings, marked with ⟦ ⟧, on one line: what a person reading an error list needs. */
export function context(text: string, span: SpanLike, width = 50): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const after = text.slice(span.end, span.end + width);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return `${span.start - width > 0 ? '…' : ''}${oneLine(before)}⟦${shorten(oneLine(text.slice(span.start, span.end)), 160)}⟧${oneLine(after)}${span.end + width < text.length ? '…' : ''}`;
}

/** Long text cut in the middle, keeping both ends (where boundary errors are). */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const keep = Math.floor((max - 3) / 2);
  return `${s.slice(0, keep)} … ${s.slice(s.length - keep)}`;
}
