import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The learned speaker ranker: a linear model over the named features of each candidate
 * (speaker-candidates.ts) and of "no speaker", trained as a ranking perceptron on PolNeAR's train
 * split (scripts/train-speakers.mjs; the number of epochs chosen by cross-validation on that split,
 * never by the dev score). Deterministic and small: a few thousand weights in a JSON file.
 */

export interface SpeakerModel {
  version: 1;
  /** What it was trained on and how, for the record. */
  trainedOn: string;
  epochs: number;
  weights: Record<string, number>;
}

export const NO_SPEAKER = -1;

/** One decision to learn or make: the candidates' features and "no speaker"'s. */
export interface RankingProblem {
  candidates: readonly (readonly string[])[];
  none: readonly string[];
}

const score = (weights: ReadonlyMap<string, number> | Record<string, number>, features: readonly string[]): number => {
  let s = 0;
  if (weights instanceof Map) for (const f of features) s += weights.get(f) ?? 0;
  else for (const f of features) s += (weights as Record<string, number>)[f] ?? 0;
  return s;
};

export interface Choice {
  /** Index of the chosen candidate, or NO_SPEAKER. */
  index: number;
  /** The winner's lead over the runner-up (0 when alone): how sure the model is. */
  margin: number;
}

/** The best-scoring candidate; ties go to the earlier one, so the choice is deterministic. */
export function choose(weights: ReadonlyMap<string, number> | Record<string, number>, problem: RankingProblem): Choice {
  let best = NO_SPEAKER;
  let bestScore = score(weights, problem.none);
  let second = -Infinity;
  problem.candidates.forEach((features, i) => {
    const s = score(weights, features);
    if (s > bestScore) {
      second = bestScore;
      best = i;
      bestScore = s;
    } else if (s > second) second = s;
  });
  return { index: best, margin: Number.isFinite(second) ? bestScore - second : bestScore };
}

/** A training example: the problem and which answers are right (any overlap with the gold speaker). */
export interface RankingExample extends RankingProblem {
  correct: readonly number[];
}

/**
 * Averaged ranking perceptron: for each example the model gets wrong, add the best-scoring correct
 * answer's features and subtract the predicted one's. Examples are visited in a fixed shuffled order
 * per epoch (seeded), so two runs give the same weights.
 */
export function trainRanker(examples: readonly RankingExample[], epochs: number, seed = 1): Map<string, number> {
  const weights = new Map<string, number>();
  const totals = new Map<string, number>();
  const stamps = new Map<string, number>();
  let step = 0;
  const bump = (f: string, by: number) => {
    const w = weights.get(f) ?? 0;
    totals.set(f, (totals.get(f) ?? 0) + w * (step - (stamps.get(f) ?? 0)));
    stamps.set(f, step);
    weights.set(f, w + by);
  };
  const featuresOf = (e: RankingExample, i: number) => (i === NO_SPEAKER ? e.none : e.candidates[i]!);
  const order = examples.map((_, i) => i);
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      step++;
      const e = examples[k]!;
      const predicted = choose(weights, e).index;
      if (e.correct.includes(predicted)) continue;
      let target = e.correct[0]!;
      let targetScore = -Infinity;
      for (const i of e.correct) {
        const s = score(weights, featuresOf(e, i));
        if (s > targetScore) [target, targetScore] = [i, s];
      }
      for (const f of featuresOf(e, target)) bump(f, 1);
      for (const f of featuresOf(e, predicted)) bump(f, -1);
    }
  }
  const averaged = new Map<string, number>();
  for (const [f, w] of weights) {
    const total = (totals.get(f) ?? 0) + w * (step - (stamps.get(f) ?? 0));
    const value = Math.round((total / Math.max(1, step)) * 1e4) / 1e4;
    if (value !== 0) averaged.set(f, value);
  }
  return averaged;
}

/**
 * Several perceptrons trained in different example orders, their weights averaged: the order a
 * perceptron sees examples in moves single decisions, and the average is steadier than any one run.
 */
export function trainRankerEnsemble(examples: readonly RankingExample[], epochs: number, runs = 5): Map<string, number> {
  const sum = new Map<string, number>();
  for (let seed = 1; seed <= runs; seed++) {
    for (const [f, w] of trainRanker(examples, epochs, seed)) sum.set(f, (sum.get(f) ?? 0) + w);
  }
  const averaged = new Map<string, number>();
  for (const [f, w] of sum) {
    const value = Math.round((w / runs) * 1e4) / 1e4;
    if (value !== 0) averaged.set(f, value);
  }
  return averaged;
}

export const DEFAULT_SPEAKER_MODEL_URL = new URL('../../models/speakers.json', import.meta.url);

let shipped: SpeakerModel | null | undefined;

/** The shipped model, read once per process; null when the file is missing (the rules then decide alone). */
export function speakerModel(): SpeakerModel | null {
  if (shipped === undefined) shipped = fs.existsSync(DEFAULT_SPEAKER_MODEL_URL) ? readSpeakerModel(fileURLToPath(DEFAULT_SPEAKER_MODEL_URL)) : null;
  return shipped;
}

export function readSpeakerModel(file: string): SpeakerModel {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as SpeakerModel;
  if (parsed.version !== 1 || typeof parsed.weights !== 'object') throw new Error(`${file}: not a newsmark speaker model`);
  return parsed;
}
