import { alignTags, type GoldEntity } from './align.js';
import { docContexts, documentEvidence, sentenceFeatures, tagFeatures, bareWord, type FeatureOptions, type NerToken } from './features.js';
import { best, decodeGreedy } from './decode.js';
import { LinearModel, PerceptronTrainer } from './perceptron.js';
import { spansOf, TAG_COUNT } from './tags.js';
import { predictionFeatures } from './stack.js';
import { staticScores } from './tagger.js';
import type { Span } from '../model/span.js';

export interface TrainingDoc {
  sentences: (NerToken & Span)[][];
  entities: GoldEntity[];
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Drop features whose averaged weights are all smaller than this. */
  minWeight?: number;
  /** Parts of the training documents for the second pass's first-pass predictions. */
  jackknife?: number;
  /** Optional feature groups (recorded in the model). */
  features?: FeatureOptions;
  log?: (message: string) => void;
}

interface Prepared {
  /** Per sentence, per token: static feature ids. */
  ids: Int32Array[][];
  words: string[][];
  gold: number[][];
}

/** A deterministic generator (mulberry32), so the shuffled order is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Train the tagger: averaged perceptron, greedy decoding with the predicted previous tags as
 * history (so training sees the same kind of history as tagging), documents in a seeded shuffle.
 */
export function trainTagger(docs: readonly TrainingDoc[], options: TrainOptions = {}): LinearModel {
  const { minWeight = 0.05, features = {} } = options;
  const first = trainFirstPass(docs, options);
  if (!features.twoPass) {
    const model = first.average(minWeight);
    model.options = features;
    return model;
  }
  const second = trainSecondPass(docs, options);
  const a = first.averageRows(minWeight);
  const b = second.averageRows(minWeight);
  const kept = new Map(a.kept);
  for (const [f, id] of b.kept) kept.set(f, a.kept.size + id);
  const rows = new Float32Array(a.rows.length + b.rows.length);
  rows.set(a.rows);
  rows.set(b.rows, a.rows.length);
  const model = LinearModel.fromMap(kept, rows);
  model.options = features;
  return model;
}

/**
 * The second pass's weights (stack.ts), learned on top of fixed first-pass scores. The first-pass
 * scores and predictions of each training document come from a first-pass model trained on the
 * other parts (`jackknife` parts, by document index), so they are as good as on unseen text.
 */
function trainSecondPass(docs: readonly TrainingDoc[], options: TrainOptions): PerceptronTrainer {
  const { epochs = 8, seed = 1, minWeight = 0.05, features = {}, jackknife = 4, log = () => {} } = options;
  const firstFeatures: FeatureOptions = { ...features, twoPass: false };
  interface Example {
    model: LinearModel;
    statics: Float64Array[];
    words: string[][];
    ids: Int32Array[][];
    gold: number[][];
  }
  const trainer = new PerceptronTrainer();
  const examples: Example[] = [];
  for (let j = 0; j < jackknife; j++) {
    const part = trainFirstPass(docs.filter((_, i) => i % jackknife !== j), { ...options, features: firstFeatures });
    const model = part.average(minWeight);
    model.options = firstFeatures;
    docs.forEach((doc, i) => {
      if (i % jackknife !== j) return;
      const evidence = documentEvidence(doc.sentences);
      const contexts = features.docContext ? docContexts(doc.sentences, features.lean) : undefined;
      const statics = doc.sentences.map((s, k) => staticScores(model, s, evidence, contexts?.[k]));
      const words = doc.sentences.map((s) => s.map((t) => bareWord(t.text).toLowerCase()));
      const spans = statics.map((st, k) => spansOf(decodeGreedy(model, st, words[k]!)));
      const feats = predictionFeatures(doc.sentences, spans);
      examples.push({ model, statics, words, ids: feats.map((s) => s.map((f) => Int32Array.from(f, (x) => trainer.id(x)))), gold: doc.sentences.map((s) => alignTags(s, doc.entities)) });
    });
    log(`second pass: first-pass part ${j + 1}/${jackknife} done`);
  }
  const rand = random(seed + 1);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(TAG_COUNT);
  const extra = new Float64Array(TAG_COUNT);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const ex = examples[e]!;
      ex.ids.forEach((sentence, s) => {
        let prev = -1;
        let prev2 = -1;
        sentence.forEach((ids, k) => {
          scores.set(ex.statics[s]!.subarray(k * TAG_COUNT, (k + 1) * TAG_COUNT));
          ex.model.addScores(tagFeatures(prev, prev2, ex.words[s]![k]!), scores);
          trainer.scores(ids, extra);
          for (let t = 0; t < TAG_COUNT; t++) scores[t]! += extra[t]!;
          const guess = best(scores, prev);
          trainer.update(ids, ex.gold[s]![k]!, guess);
          prev2 = prev;
          prev = guess;
        });
      });
    }
  }
  return trainer;
}

/** The first pass: every feature but the second-pass ones. */
function trainFirstPass(docs: readonly TrainingDoc[], options: TrainOptions): PerceptronTrainer {
  const { epochs = 8, seed = 1, features = {}, log = () => {} } = options;
  const trainer = new PerceptronTrainer();
  const prepared: Prepared[] = docs.map((doc) => {
    const evidence = documentEvidence(doc.sentences);
    const contexts = features.docContext ? docContexts(doc.sentences, features.lean) : undefined;
    return {
      ids: doc.sentences.map((s, k) => sentenceFeatures(s, evidence, features, contexts?.[k]).map((f) => Int32Array.from(f, (x) => trainer.id(x)))),
      words: doc.sentences.map((s) => s.map((t) => bareWord(t.text).toLowerCase())),
      gold: doc.sentences.map((s) => alignTags(s, doc.entities)),
    };
  });
  log(`features: ${trainer.features.size} static`);
  const rand = random(seed);
  const order = prepared.map((_, i) => i);
  const scores = new Float64Array(TAG_COUNT);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let right = 0;
    let total = 0;
    for (const d of order) {
      const doc = prepared[d]!;
      doc.ids.forEach((sentence, s) => {
        let prev = -1;
        let prev2 = -1;
        sentence.forEach((staticIds, k) => {
          const tagIds = tagFeatures(prev, prev2, doc.words[s]![k]!).map((f) => trainer.id(f));
          const ids = [...staticIds, ...tagIds];
          trainer.scores(ids, scores);
          const guess = best(scores, prev);
          const gold = doc.gold[s]![k]!;
          trainer.update(ids, gold, guess);
          if (guess === gold) right++;
          total++;
          prev2 = prev;
          prev = guess;
        });
      });
    }
    log(`epoch ${epoch}: token accuracy ${((100 * right) / total).toFixed(2)}%`);
  }
  return trainer;
}
