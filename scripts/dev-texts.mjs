// The dev texts the bench and the profiler run on: every text of ../shared/eval/*/dev.jsonl, in a
// fixed order, and a fixed sample of them (every k-th text, so each dev set is represented). Only
// read by path, never copied into the project; callers skip cleanly when the folder is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedEval = path.resolve(root, '../shared/eval');

/** All dev texts (non-empty), dev sets in name order, lines in file order; [] without the folder. */
export function devTexts() {
  if (!fs.existsSync(sharedEval)) return [];
  const texts = [];
  for (const name of fs.readdirSync(sharedEval).sort()) {
    const file = path.join(sharedEval, name, 'dev.jsonl');
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line);
      if (typeof text === 'string' && text.trim()) texts.push(text);
    }
  }
  return texts;
}

/** `size` texts spread evenly over `texts` (every k-th), the same ones on every run. */
export function fixedSample(texts, size) {
  const step = Math.max(1, Math.floor(texts.length / size));
  return texts.filter((_, i) => i % step === 0).slice(0, size);
}

export const words = (t) => t.split(/\s+/).filter(Boolean).length;
