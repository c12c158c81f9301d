import type { Task } from './gold.js';

/** One thing a person tuning the annotator should look at: a false positive, a miss, a wrong speaker… */
export interface EvalError {
  doc: string;
  kind: string;
  type?: string;
  start?: number;
  end?: number;
  text?: string;
  /** What it was compared with ("gold LOC 'Paris'", "speaker expected Smith, got none"). */
  note?: string;
  context?: string;
}

/** One document's score, for finding the worst ones. */
export interface DocumentScore {
  id: string;
  /** 0–100: F1 for span tasks, 100 or 0 for topics. */
  score: number;
  gold: number;
  predicted: number;
}

/**
 * A task's scores. Overall figures sit at the top (percentages 0–100): `f1`, `precision`, `recall`
 * for ner/quotes/coref/keyphrases, `accuracy` for topics; the rest is detail.
 */
export interface TaskScore {
  task: Task;
  documents: number;
  f1?: number;
  precision?: number;
  recall?: number;
  accuracy?: number;
  /** The figure the one-line summary and ACCURACY.md lead with. */
  headline: { name: string; value: number };
  detail: Record<string, unknown>;
  perDocument: DocumentScore[];
  errors: EvalError[];
}

/** The n lowest-scoring documents that had something to score. */
export function worstDocuments(score: TaskScore, n: number): DocumentScore[] {
  return score.perDocument
    .filter((d) => d.gold > 0 || d.predicted > 0)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.score - b.d.score || a.i - b.i)
    .slice(0, n)
    .map(({ d }) => d);
}
