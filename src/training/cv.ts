import { createDoc, layer, type ArticleDoc, type DocWith } from '../model/document.js';
import { entities as entitiesStage } from '../annotators/entities.js';
import { toOutput } from '../model/output.js';
import type { GoldDoc } from '../eval/gold.js';
import type { Pair, Prediction } from '../eval/prediction.js';
import { scoreNer } from '../eval/score-ner.js';
import type { TaskScore } from '../eval/result.js';
import { fnv1a } from '../io/inputs.js';
import { alignTags, type GoldEntity } from '../ner/align.js';
import { tagSentences } from '../ner/tagger.js';
import { cutPipeline, groupBySentence } from './tokenize.js';
import { trainTagger, type TrainingDoc, type TrainOptions } from '../ner/train.js';
import { NER_TYPES, spansOf, type TokenSpan } from '../ner/tags.js';
import type { LinearModel } from '../ner/perceptron.js';

/**
 * k-fold cross-validation of the tagger on training data, by document. Two measures per held-out
 * fold: the tagger's own spans against the gold spans mapped onto our tokens, and the whole
 * entities stage (tagger, propagation, mentions, nesting, linking) scored like `newsmark eval
 * --task ner` — the second is what an article gets. Features and settings are chosen by these
 * numbers, never by the development sets.
 */

/** A training document cut by the pipeline's own stages, kept with its gold. */
export interface CvDoc extends TrainingDoc {
  id: string;
  doc: DocWith<'blocks' | 'sentences' | 'tokens'>;
  gold: GoldDoc;
}

export interface RawDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

/**
 * Run `structure` and `tokens` once; the document keeps its layers for the entities stage.
 * `layers` are those layers from an earlier run of the same code (cv-ner.mjs --cache).
 */
export function prepareDoc(raw: RawDoc, layers?: Pick<ArticleDoc['layers'], 'blocks' | 'sentences' | 'tokens'>): CvDoc {
  const cut = createDoc(raw.id, raw.text);
  if (layers) Object.assign(cut.layers, layers);
  else cutPipeline.run(cut);
  const doc = { ...cut, layers: { ...cut.layers, blocks: layer(cut, 'blocks'), sentences: layer(cut, 'sentences'), tokens: layer(cut, 'tokens') } };
  const ents = raw.entities.filter((e): e is GoldEntity => (NER_TYPES as readonly string[]).includes(e.type));
  return { id: raw.id, doc, sentences: groupBySentence(doc.layers.tokens), entities: ents, gold: raw as unknown as GoldDoc };
}

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The fold of a document: a mixed hash of its id, so folds are fixed and independent of file order. */
export const foldOf = (id: string, folds: number): number => mix32(fnv1a(`cv:${id}`)) % folds;

export interface Prf {
  p: number;
  r: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface CvResult {
  folds: number;
  documents: number;
  /** The tagger's spans (MISC included as its own type; ALL is PER+LOC+ORG). */
  tagger: Record<string, Prf>;
  /** The whole entities stage, scored like `newsmark eval --task ner`. */
  pipeline: TaskScore;
  /** Per fold: pipeline F1. */
  foldF1: number[];
  seconds: { train: number; tag: number };
}

export interface CvOptions {
  folds?: number;
  train?: TrainOptions;
  /** Extra training documents added to every fold's training part (never tested on). */
  extra?: readonly TrainingDoc[];
  /** Test only on the first n folds (a quicker, still fixed, subsample). */
  onlyFolds?: number;
  log?: (message: string) => void;
}

const key = (s: TokenSpan, k: number) => `${k}:${s.start}:${s.end}:${s.type}`;

export function crossValidate(docs: readonly CvDoc[], options: CvOptions = {}): CvResult {
  const { folds = 5, extra = [], log = () => {} } = options;
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  for (const t of [...NER_TYPES, 'ALL']) counts.set(t, { gold: 0, predicted: 0, correct: 0 });
  const pairs: Pair[] = [];
  const foldF1: number[] = [];
  let trainS = 0;
  let tagS = 0;
  const fold = docs.map((d) => foldOf(d.id, folds));
  for (let k = 0; k < (options.onlyFolds ?? folds); k++) {
    const trainDocs = [...docs.filter((_, i) => fold[i] !== k), ...extra];
    const test = docs.filter((_, i) => fold[i] === k);
    const t0 = performance.now();
    const model = trainTagger(trainDocs, { ...options.train, log: () => {} });
    const t1 = performance.now();
    trainS += (t1 - t0) / 1000;
    const foldPairs: Pair[] = [];
    for (const d of test) {
      countTagger(d, model, counts);
      foldPairs.push([d.gold, runEntities(d, model)]);
    }
    tagS += (performance.now() - t1) / 1000;
    pairs.push(...foldPairs);
    const f = scoreNer(foldPairs).f1 ?? 0;
    foldF1.push(f);
    log(`fold ${k + 1}/${folds}: ${trainDocs.length} training documents, ${test.length} held out; pipeline F1 ${f.toFixed(1)} (train ${((t1 - t0) / 1000).toFixed(0)} s)`);
  }
  const tagger: Record<string, Prf> = {};
  for (const [t, c] of counts) tagger[t] = prfOf(c.correct, c.predicted, c.gold);
  return { folds, documents: pairs.length, tagger, pipeline: scoreNer(pairs), foldF1, seconds: { train: trainS, tag: tagS } };
}

function prfOf(correct: number, predicted: number, gold: number): Prf {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p: 100 * p, r: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0, gold, predicted, correct };
}

function countTagger(d: CvDoc, model: LinearModel, counts: Map<string, { gold: number; predicted: number; correct: number }>): void {
  const predicted = tagSentences(d.sentences, model);
  d.sentences.forEach((s, k) => {
    const gold = spansOf(alignTags(s, d.entities));
    const goldKeys = new Set(gold.map((g) => key(g, k)));
    const add = (type: string, field: 'gold' | 'predicted' | 'correct') => {
      counts.get(type)![field]++;
      if (type !== 'MISC') counts.get('ALL')![field]++;
    };
    for (const g of gold) add(g.type, 'gold');
    for (const p of predicted[k]!) {
      add(p.type, 'predicted');
      if (goldKeys.has(key(p, k))) add(p.type, 'correct');
    }
  });
}

let built: { model: LinearModel; stage: ReturnType<typeof entitiesStage.create> } | undefined;

/** The entities stage with `model` on a prepared document, as newsmark's output. */
export function runEntities(d: CvDoc, model: LinearModel): Prediction {
  // The stage built with the fold's model, once per model (a pipeline given another tagger model).
  if (built?.model !== model) built = { model, stage: entitiesStage.create({}, { nerModel: model }) };
  const out = built.stage.run(d.doc, {});
  const doc: ArticleDoc = { ...d.doc, layers: { ...d.doc.layers, ...out }, diagnostics: [] };
  return toOutput(doc) as unknown as Prediction;
}
