import type { LinearModel } from './perceptron.js';
import { tagFeatures } from './features.js';
import { allowed, TAG_COUNT } from './tags.js';

/**
 * Greedy left-to-right decoding: each token gets the best tag given its features and the two tags
 * chosen before it, with the BIO constraint (no I-X after anything but X) enforced. `staticScores`
 * are the scores of each token's static features (see tagger.ts).
 */
export function decodeGreedy(model: LinearModel, staticScores: readonly Float64Array[], words: readonly string[]): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(TAG_COUNT);
  for (let i = 0; i < staticScores.length; i++) {
    scores.set(staticScores[i]!);
    const prev = i > 0 ? tags[i - 1]! : -1;
    const prev2 = i > 1 ? tags[i - 2]! : -1;
    model.addScores(tagFeatures(prev, prev2, words[i]!), scores);
    tags.push(best(scores, prev));
  }
  return tags;
}

/** The highest-scoring tag allowed after `prev` (ties: the lowest index, so O wins ties). */
export function best(scores: Float64Array, prev: number): number {
  let bestTag = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!allowed(prev < 0 ? 0 : prev, t)) continue;
    if (scores[t]! > bestScore) {
      bestScore = scores[t]!;
      bestTag = t;
    }
  }
  return bestTag;
}
