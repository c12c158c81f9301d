import type { Span } from '../model/span.js';
import { beginTag, insideTag, O, type NerType } from './tags.js';

export interface GoldEntity extends Span {
  type: NerType;
}

/**
 * Gold character spans → BIO tags on our tokens. The gold tokenization (CoNLL's) and ours
 * (compromise's) differ — compromise splits "Asia-Pacific", keeps "Germany's" whole — so each token
 * takes the entity it overlaps most, and B marks the first token of that entity in the sentence.
 */
export function alignTags(tokens: readonly Span[], entities: readonly GoldEntity[]): number[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const tags: number[] = [];
  let previous: GoldEntity | null = null;
  let j = 0;
  for (const t of tokens) {
    while (j < sorted.length && sorted[j]!.end <= t.start) j++;
    let bestEntity: GoldEntity | null = null;
    let bestOverlap = 0;
    for (let k = j; k < sorted.length && sorted[k]!.start < t.end; k++) {
      const e = sorted[k]!;
      const overlap = Math.min(e.end, t.end) - Math.max(e.start, t.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        bestEntity = e;
      }
    }
    if (!bestEntity) tags.push(O);
    else tags.push(bestEntity === previous ? insideTag(bestEntity.type) : beginTag(bestEntity.type));
    previous = bestEntity;
  }
  return tags;
}
