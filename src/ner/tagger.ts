import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeGreedy } from './decode.js';
import { bareWord, docContexts, documentEvidence, emitContextFeatures, isAllCaps, wordFeatures, wordKey, type DocEvidence, type NerToken } from './features.js';
import { decodeModel } from './model-io.js';
import { ConfigError } from '../errors.js';
import { predictionFeatures } from './stack.js';
import { continueHash, finishHash, HASH_START, type LinearModel } from './perceptron.js';
import { spansOf, TAG_COUNT, type TokenSpan } from './tags.js';

export const DEFAULT_MODEL_URL = new URL('../../models/ner.bin', import.meta.url);

let shipped: LinearModel | undefined;
export let modelLoadMs = 0;

/**
 * A tagger model from a file, for a pipeline built with it (`resources.nerModel`). A file that is
 * missing or is not a model is a ConfigError of one line naming it.
 */
export function loadNerModel(file: string | URL): LinearModel {
  const name = file instanceof URL ? fileURLToPath(file) : file;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(name);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new ConfigError(`NER model ${name}: ${e.code === 'ENOENT' ? 'no such file (run npm run train:ner)' : e.message.split('\n')[0]}`);
  }
  try {
    return decodeModel(bytes);
  } catch (error) {
    throw new ConfigError(`NER model ${name}: not a model newsmark can read (${(error as Error).message.split('\n')[0]})`);
  }
}

/** The shipped model (models/ner.bin), loaded once per process, when the first pipeline is built. */
export function shippedNerModel(): LinearModel {
  if (!shipped) {
    const t0 = performance.now();
    shipped = loadNerModel(DEFAULT_MODEL_URL);
    modelLoadMs = performance.now() - t0;
  }
  return shipped;
}

/** Tag every sentence of one article; returns token spans per sentence (MISC included). */
export function tagSentences(sentences: readonly (readonly NerToken[])[], model: LinearModel, evidence: DocEvidence = documentEvidence(sentences)): TokenSpan[][] {
  const contexts = model.options.docContext ? docContexts(sentences, model.options.lean) : undefined;
  const words = sentences.map((s) => s.map((t) => bareWord(t.text).toLowerCase()));
  const statics = sentences.map((s, k) => staticScores(model, s, evidence, contexts?.[k]));
  const first = statics.map((st, k) => spansOf(decodeGreedy(model, st, words[k]!)));
  if (!model.options.twoPass) return first;
  // The second pass: add what the first predicted for each word elsewhere, and decode again where that changed a score.
  const second = predictionFeatures(sentences, first);
  return statics.map((st, k) => {
    let changed = false;
    second[k]!.forEach((feats, i) => {
      for (const f of feats) {
        const slot = model.slot(f);
        if (slot < 0) continue;
        model.addSlot(slot, st, i * TAG_COUNT);
        changed = true;
      }
    });
    return changed ? spansOf(decodeGreedy(model, st, words[k]!)) : first[k]!;
  });
}

/** Per model: scores of a word's own features, by `wordKey` (most words of an article are common words seen before). */
interface CachedWord {
  tags: readonly string[];
  scores: Float64Array;
}
const wordScoreCache = new WeakMap<LinearModel, Map<string, CachedWord[]>>();
const CACHE_LIMIT = 100_000;

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const prefixHashes = new Map<string, number>();

/** Static scores of every token of a sentence, TAG_COUNT per token in one array. */
export function staticScores(model: LinearModel, sentence: readonly NerToken[], evidence: DocEvidence, docContext?: readonly string[][]): Float64Array {
  let cache = wordScoreCache.get(model);
  if (!cache) wordScoreCache.set(model, (cache = new Map()));
  const caps = isAllCaps(sentence);
  const out = new Float64Array(sentence.length * TAG_COUNT);
  sentence.forEach((t, i) => {
    // Keyed by everything wordFeatures reads; compromise's tags are compared as arrays, not joined.
    const key = wordKey(t, caps);
    let variants = cache.get(key);
    let own: Float64Array | undefined;
    if (variants) for (const v of variants) if (sameTags(v.tags, t.tags)) own = v.scores;
    if (!own) {
      own = new Float64Array(TAG_COUNT);
      model.addScores(wordFeatures(t, caps, model.options), own);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      if (!variants) cache.set(key, (variants = []));
      variants.push({ tags: [...t.tags], scores: own });
    }
    out.set(own, i * TAG_COUNT);
  });
  // Context features are hashed part by part and added in place: no feature string is built.
  emitContextFeatures(sentence, evidence, (i, a, b, c, d, e) => {
    // The feature names are a few dozen constant strings: their hash states are looked up, not recomputed.
    let h = prefixHashes.get(a);
    if (h === undefined) prefixHashes.set(a, (h = continueHash(HASH_START, a)));
    if (b) h = continueHash(h, b);
    if (c) h = continueHash(h, c);
    if (d) h = continueHash(h, d);
    if (e) h = continueHash(h, e);
    model.addSlot(model.slotOfHash(finishHash(h)), out, i * TAG_COUNT);
  }, model.options, docContext);
  return out;
}
