import fs from 'node:fs';
import { annotate } from '../annotate.js';
import type { NewsmarkConfig } from '../config.js';
import { toOutput } from '../model/output.js';
import type { ConllScheme } from './conll.js';
import type { Half } from './halves.js';
import { GoldError, readGold, type GoldDoc, type GoldFormat, type Task } from './gold.js';
import { pairById, type Pair, type Prediction } from './prediction.js';
import type { TaskScore } from './result.js';
import { scoreCoref } from './score-coref.js';
import { scoreKeyphrases } from './score-keyphrases.js';
import { scoreNer } from './score-ner.js';
import { scoreQuotes } from './score-quotes.js';
import { scoreTopics } from './score-topics.js';
import { loadTaxonomy } from './taxonomy.js';

export interface EvaluateOptions {
  task: Task;
  gold: string;
  goldFormat?: GoldFormat;
  scheme?: ConllScheme;
  limit?: number;
  /** Score only one fixed half of the gold (tune or confirm). */
  half?: Half;
  config?: NewsmarkConfig;
  /** Score this JSONL of outputs instead of annotating. */
  predictions?: string;
  taxonomy?: string;
  /** Called after each annotated document. */
  onProgress?: (done: number, total: number) => void;
}

export interface Evaluation {
  score: TaskScore;
  gold: GoldDoc[];
  predictions: Prediction[];
  /** Gold documents with no prediction (only with `predictions`). */
  missing: number;
}

/** Read the gold, annotate its texts in this process (or read given predictions), and score. */
export function evaluate(options: EvaluateOptions): Evaluation {
  const gold = readGold(options.gold, options.task, { format: options.goldFormat, scheme: options.scheme, limit: options.limit, half: options.half });
  // Load the taxonomy before annotating, so a bad --taxonomy fails in a second, not after minutes.
  const taxonomy = options.task === 'topics' ? loadTaxonomy(options.taxonomy) : undefined;
  const predictions = options.predictions ? readPredictions(options.predictions) : annotateGold(gold, options.config, options.onProgress);
  const { pairs, missing } = pairById(gold, predictions);
  const score = scoreTask(options.task, pairs, taxonomy);
  return { score, gold, predictions, missing };
}

export function scoreTask(task: Task, pairs: Pair[], taxonomy = task === 'topics' ? loadTaxonomy() : undefined): TaskScore {
  switch (task) {
    case 'ner':
      return scoreNer(pairs);
    case 'quotes':
      return scoreQuotes(pairs);
    case 'coref':
      return scoreCoref(pairs);
    case 'keyphrases':
      return scoreKeyphrases(pairs);
    case 'topics':
      return scoreTopics(pairs, taxonomy!);
  }
}

/** newsmark's output for every gold text, with the gold ids. */
export function annotateGold(gold: GoldDoc[], config: NewsmarkConfig = {}, onProgress?: (done: number, total: number) => void): Prediction[] {
  onProgress?.(0, gold.length);
  return gold.map((g, i) => {
    const output = toOutput(annotate(g.text, { id: g.id, config }));
    onProgress?.(i + 1, gold.length);
    return output as Prediction;
  });
}

export function readPredictions(file: string): Prediction[] {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new GoldError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const trimmed = content.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as Prediction[];
  return trimmed
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Prediction;
      } catch (error) {
        throw new GoldError(`${file}:${i + 1}: invalid JSON (${(error as Error).message})`);
      }
    });
}
