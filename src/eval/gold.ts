import fs from 'node:fs';
import { readConll, type ConllScheme } from './conll.js';
import { halfOf, type Half } from './halves.js';

import type { GoldDoc } from './gold-types.js';

export type { GoldDoc, GoldEntity, GoldQuote, GoldSpan } from './gold-types.js';

export const TASKS = ['ner', 'quotes', 'coref', 'keyphrases', 'topics'] as const;
export type Task = (typeof TASKS)[number];

/** What each task needs on every gold line. */
const REQUIRED: Record<Task, keyof GoldDoc> = { ner: 'entities', coref: 'entities', quotes: 'quotes', keyphrases: 'keyphrases', topics: 'iptc' };

export class GoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldError';
  }
}

export type GoldFormat = 'jsonl' | 'conll';

export interface ReadGoldOptions {
  format?: GoldFormat;
  scheme?: ConllScheme;
  limit?: number;
  /** Keep only the documents of this half (halves.ts); applied before `limit`. */
  half?: Half;
}

/** A JSONL gold file, or (NER only) a CoNLL column file; the format is told by the first character unless given. */
export function readGold(file: string, task: Task, options: ReadGoldOptions = {}): GoldDoc[] {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new GoldError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const format = options.format ?? (content.trimStart().startsWith('{') ? 'jsonl' : 'conll');
  let docs: GoldDoc[];
  if (format === 'conll') {
    if (task !== 'ner') throw new GoldError(`${file}: CoNLL column files hold named entities only; use --task ner, or a JSONL gold file for ${task}`);
    docs = readConll(content, { name: file, scheme: options.scheme }).docs;
  } else {
    docs = parseGoldJsonl(content, file, task);
  }
  if (options.half) docs = docs.filter((d) => halfOf(d.id) === options.half);
  return options.limit ? docs.slice(0, options.limit) : docs;
}

export function parseGoldJsonl(content: string, file: string, task: Task): GoldDoc[] {
  const docs: GoldDoc[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new GoldError(`${where}: invalid JSON (${(error as Error).message})`);
    }
    const doc = value as GoldDoc;
    if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string') throw new GoldError(`${where}: expected an object with "id" and "text"`);
    if (doc[REQUIRED[task]] === undefined) throw new GoldError(`${where}: no "${REQUIRED[task]}" field, which --task ${task} scores`);
    docs.push({ ...doc, id: doc.id === undefined || doc.id === null ? where : String(doc.id) });
  });
  return docs;
}
