import { alignTags, type GoldEntity } from './align.js';
import { documentEvidence, sentenceFeatures, tagFeatures, bareWord, type NerToken } from './features.js';
import { best } from './decode.js';
import { PerceptronTrainer, type LinearModel } from './perceptron.js';
import { TAG_COUNT } from './tags.js';
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
  const { epochs = 8, seed = 1, minWeight = 0.05, log = () => {} } = options;
  const trainer = new PerceptronTrainer();
  const prepared: Prepared[] = docs.map((doc) => {
    const evidence = documentEvidence(doc.sentences);
    return {
      ids: doc.sentences.map((s) => sentenceFeatures(s, evidence).map((f) => Int32Array.from(f, (x) => trainer.id(x)))),
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
  return trainer.average(minWeight);
}
