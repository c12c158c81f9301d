import { jaccard, overlap, type SpanLike } from './metrics.js';

/** How spans count as the same: exact offsets, or an overlap of at least `minJaccard` (0: any shared character). */
export interface SpanTolerance {
  overlap: false | number;
}

export function sameSpan(a: SpanLike, b: SpanLike, tolerance: SpanTolerance): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  if (tolerance.overlap === false) return false;
  return overlap(a, b) > 0 && jaccard(a, b) >= tolerance.overlap;
}

export interface Alignment<E, A> {
  /** Equal spans (or equal within the tolerance). */
  same: [E, A][];
  /** Overlapping but not the same: the expected item moved. */
  moved: [E, A][];
  missing: E[];
  extra: A[];
}

/**
 * Pair expected and actual items by their spans, one to one: identical spans first, then spans the
 * tolerance accepts, then any overlap (best first) so a shifted boundary reads as one change, not as a
 * missing item plus an unexpected one.
 */
export function alignBySpan<E, A>(expected: E[], actual: A[], spanOf: { e: (x: E) => SpanLike | undefined; a: (x: A) => SpanLike | undefined }, tolerance: SpanTolerance): Alignment<E, A> {
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const same: [E, A][] = [];
  const moved: [E, A][] = [];
  const actualByKey = new Map<string, number[]>();
  actual.forEach((x, j) => {
    const s = spanOf.a(x);
    if (!s) return;
    const k = `${s.start}:${s.end}`;
    actualByKey.set(k, [...(actualByKey.get(k) ?? []), j]);
  });
  expected.forEach((x, i) => {
    const s = spanOf.e(x);
    if (!s) return;
    const j = actualByKey.get(`${s.start}:${s.end}`)?.find((j) => !usedA.has(j));
    if (j === undefined) return;
    usedE.add(i);
    usedA.add(j);
    same.push([x, actual[j]!]);
  });
  const candidates: [number, number, number][] = [];
  expected.forEach((x, i) => {
    if (usedE.has(i)) return;
    const s = spanOf.e(x);
    if (!s) return;
    actual.forEach((y, j) => {
      if (usedA.has(j)) return;
      const t = spanOf.a(y);
      if (t && overlap(s, t) > 0) candidates.push([jaccard(s, t), i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of candidates) {
    if (usedE.has(i) || usedA.has(j)) continue;
    usedE.add(i);
    usedA.add(j);
    const pair: [E, A] = [expected[i]!, actual[j]!];
    if (sameSpan(spanOf.e(pair[0])!, spanOf.a(pair[1])!, tolerance)) same.push(pair);
    else moved.push(pair);
  }
  return {
    same,
    moved,
    missing: expected.filter((_, i) => !usedE.has(i)),
    extra: actual.filter((_, j) => !usedA.has(j)),
  };
}

export const showSpan = (s: SpanLike | undefined | null) => (s ? `[${s.start},${s.end})` : 'none');
