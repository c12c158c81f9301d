import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeGreedy } from './decode.js';
import { bareWord, contextFeatures, documentEvidence, wordFeatures, wordKey, type DocEvidence, type NerToken } from './features.js';
import { loadModel } from './model-io.js';
import type { LinearModel } from './perceptron.js';
import { spansOf, TAG_COUNT, type TokenSpan } from './tags.js';

export const DEFAULT_MODEL_URL = new URL('../../models/ner.bin.gz', import.meta.url);

let defaultModel: LinearModel | null | undefined;
export let modelLoadMs = 0;

/** The shipped model, loaded once per process on first use; null when the file is missing. */
export function nerModel(): LinearModel | null {
  if (defaultModel === undefined) {
    const t0 = performance.now();
    defaultModel = fs.existsSync(DEFAULT_MODEL_URL) ? loadModel(fileURLToPath(DEFAULT_MODEL_URL)) : null;
    modelLoadMs = performance.now() - t0;
  }
  return defaultModel;
}

/** Tag every sentence of one article; returns token spans per sentence (MISC included). */
export function tagSentences(sentences: readonly (readonly NerToken[])[], model: LinearModel, evidence: DocEvidence = documentEvidence(sentences)): TokenSpan[][] {
  return sentences.map((s) => {
    const words = s.map((t) => bareWord(t.text).toLowerCase());
    return spansOf(decodeGreedy(model, staticScores(model, s, evidence), words));
  });
}

/** Per model: scores of a word's own features, by `wordKey` (most words of an article are common words seen before). */
const wordScoreCache = new WeakMap<LinearModel, Map<string, Float64Array>>();
const CACHE_LIMIT = 100_000;

function staticScores(model: LinearModel, sentence: readonly NerToken[], evidence: DocEvidence): Float64Array[] {
  let cache = wordScoreCache.get(model);
  if (!cache) wordScoreCache.set(model, (cache = new Map()));
  const { caps, features } = contextFeatures(sentence, evidence);
  return sentence.map((t, i) => {
    const key = wordKey(t, caps);
    let own = cache.get(key);
    if (!own) {
      own = new Float64Array(TAG_COUNT);
      model.addScores(wordFeatures(t, caps), own);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, own);
    }
    const scores = Float64Array.from(own);
    model.addScores(features[i]!, scores);
    return scores;
  });
}
