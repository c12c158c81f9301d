import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeGreedy } from './decode.js';
import { bareWord, documentEvidence, sentenceFeatures, type DocEvidence, type NerToken } from './features.js';
import { loadModel } from './model-io.js';
import type { LinearModel } from './perceptron.js';
import { spansOf, type TokenSpan } from './tags.js';

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
    const feats = sentenceFeatures(s, evidence);
    const words = s.map((t) => bareWord(t.text).toLowerCase());
    return spansOf(decodeGreedy(model, feats, words));
  });
}
