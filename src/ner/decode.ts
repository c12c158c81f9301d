import type { LinearModel } from './perceptron.js';
import { prevTagWord, tagFeatures } from './features.js';
import { allowed, TAG_COUNT } from './tags.js';

/**
 * Greedy left-to-right decoding: each token gets the best tag given its features and the two tags
 * chosen before it, with the BIO constraint (no I-X after anything but X) enforced. `staticScores`
 * are the scores of each token's static features (see tagger.ts).
 */
export function decodeGreedy(model: LinearModel, staticScores: Float64Array, words: readonly string[]): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(TAG_COUNT);
  const slots = tagSlots(model);
  for (let i = 0; i < words.length; i++) {
    scores.set(staticScores.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT));
    const prev = i > 0 ? tags[i - 1]! : -1;
    const prev2 = i > 1 ? tags[i - 2]! : -1;
    // The same features as tagFeatures(prev, prev2, word), with the word-free ones looked up once per model.
    model.addSlot(slots.pt[prev + 1]!, scores);
    model.addSlot(slots.pt2[(prev2 + 1) * (TAG_COUNT + 1) + prev + 1]!, scores);
    model.addSlot(model.slot(prevTagWord(prev, words[i]!)), scores);
    tags.push(best(scores, prev));
  }
  return tags;
}

const slotCache = new WeakMap<LinearModel, { pt: Int32Array; pt2: Int32Array }>();

/** Table slots of the previous-tag features, for every (prev2, prev) including the sentence start (-1). */
function tagSlots(model: LinearModel): { pt: Int32Array; pt2: Int32Array } {
  let slots = slotCache.get(model);
  if (!slots) {
    const pt = new Int32Array(TAG_COUNT + 1);
    const pt2 = new Int32Array((TAG_COUNT + 1) * (TAG_COUNT + 1));
    for (let p = -1; p < TAG_COUNT; p++) {
      for (let p2 = -1; p2 < TAG_COUNT; p2++) {
        const [f1, f2] = tagFeatures(p, p2, '');
        pt[p + 1] = model.slot(f1!);
        pt2[(p2 + 1) * (TAG_COUNT + 1) + p + 1] = model.slot(f2!);
      }
    }
    slotCache.set(model, (slots = { pt, pt2 }));
  }
  return slots;
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
