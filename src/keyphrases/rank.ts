import type { Keyphrase } from '../model/document.js';
import { porterStem } from '../nlp/porter.js';
import type { Candidate } from './candidates.js';
import { contextClasses, type WordClass } from './candidates.js';
import type { Word } from './words.js';

/**
 * Keyphrases by PositionRank (Florescu & Caragea 2017): PageRank over a graph of content words that
 * co-occur within a window, with the random jump biased toward words that appear early (each
 * occurrence adds 1/position). A phrase scores the sum of its words' scores; phrases with the same
 * Porter stems are one phrase, written as the article first wrote it. Deterministic: fixed
 * iterations, ties broken by first position.
 */
export interface RankOptions {
  window: number;
  damping: number;
  iterations: number;
  maxPhrases: number;
  maxWords: number;
  /** Leave out a one-word phrase already inside a better-ranked phrase ("Taylor" after "Elizabeth Taylor"). */
  dropInnerSingles: boolean;
  /** Phrase score = sum of word scores / length^lengthPenalty (0: plain sum, 1: mean). */
  lengthPenalty: number;
  /** Phrase score × (occurrences)^frequencyBoost. */
  frequencyBoost: number;
  /** Phrase score × (1 + firstPositionBonus / (rank of the phrase's first sentence + 3)): the lead names the subject. */
  firstPositionBonus: number;
  /**
   * One-word phrase score × this. A frequent word gathers rank from every phrase it sits in
   * ("engine" in "right engine", "engine failure"), yet readers name a subject with a compound:
   * in DUC-2001 one gold phrase in six is a single word.
   */
  singleWordFactor: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { window: 15, damping: 0.85, iterations: 60, maxPhrases: 15, maxWords: 3, lengthPenalty: 0, frequencyBoost: 0.2, firstPositionBonus: 2, singleWordFactor: 0.6, dropInnerSingles: true };

export function rankKeyphrases(words: readonly Word[], phrases: readonly Candidate[], options = DEFAULT_RANK_OPTIONS): Keyphrase[] {
  // The graph reads words as the candidates do (headline checked, "drug use" a compound).
  const classes: WordClass[] = contextClasses(words);
  const stems = words.map((w) => stemOf(w.text));
  const wordScores = positionRank(words, classes, stems, options);
  const byKey = new Map<string, { text: string; score: number; first: number; count: number }>();
  for (const p of phrases) {
    if (p.to - p.from > options.maxWords) continue;
    const key = stems.slice(p.from, p.to).join(' ');
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    let score = 0;
    for (let i = p.from; i < p.to; i++) score += wordScores.get(stems[i]!) ?? 0;
    score /= (p.to - p.from) ** options.lengthPenalty;
    // A possessive name ends a phrase: the keyphrase is the name, without the 's.
    const text = words.slice(p.from, p.to).map((w, k, all) => w.text + (k < all.length - 1 ? joiner(w) : '')).join('').replace(/['’]s?$/, '');
    byKey.set(key, { text, score, first: p.from, count: 1 });
  }
  for (const [key, k] of byKey) {
    k.score *= k.count ** options.frequencyBoost * (1 + options.firstPositionBonus / (words[k.first]!.sentenceRank + 3));
    if (!key.includes(' ')) k.score *= options.singleWordFactor;
  }
  let ranked = [...byKey.entries()].sort(([, a], [, b]) => b.score - a.score || a.first - b.first);
  if (options.dropInnerSingles) {
    const kept: string[][] = [];
    ranked = ranked.filter(([key]) => {
      const parts = key.split(' ');
      if (parts.length === 1 && kept.some((k) => k.length > 1 && k.includes(parts[0]!))) return false;
      kept.push(parts);
      return true;
    });
  }
  const max = ranked[0]?.[1].score || 1;
  return ranked.slice(0, options.maxPhrases).map(([, k]) => ({ text: k.text, score: Math.round((k.score / max) * 1e4) / 1e4 }));
}


/** What separates two words of a phrase in the text: a hyphen stays, anything else becomes a space. */
function joiner(word: Word): string {
  return word.token.post.trim() === '-' ? '-' : ' ';
}

export function stemOf(text: string): string {
  return porterStem(text.toLowerCase().replace(/['’]s?$/, '').replace(/[^a-z0-9]/g, '')) || text.toLowerCase();
}

function positionRank(words: readonly Word[], classes: readonly WordClass[], stems: readonly string[], options: RankOptions): Map<string, number> {
  const index = new Map<string, number>();
  const bias: number[] = [];
  const nodes: number[] = []; // word position → node id, -1 for words that are not nodes
  for (let i = 0; i < words.length; i++) {
    if (!classes[i]) {
      nodes.push(-1);
      continue;
    }
    let id = index.get(stems[i]!);
    if (id === undefined) {
      id = index.size;
      index.set(stems[i]!, id);
      bias.push(0);
    }
    // Early sentences carry the subject: each occurrence adds 1/(sentence rank + 3), the headline counting as rank -1.
    bias[id]! += 1 / (words[i]!.sentenceRank + 3);
    nodes.push(id);
  }
  const n = index.size;
  if (!n) return new Map();
  const edges: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < words.length; i++) {
    const a = nodes[i]!;
    if (a < 0) continue;
    for (let j = i + 1; j < Math.min(words.length, i + options.window); j++) {
      const b = nodes[j]!;
      if (b < 0 || b === a) continue;
      edges[a]!.set(b, (edges[a]!.get(b) ?? 0) + 1);
      edges[b]!.set(a, (edges[b]!.get(a) ?? 0) + 1);
    }
  }
  const biasTotal = bias.reduce((sum, x) => sum + x, 0);
  const jump = Float64Array.from(bias, (x) => x / biasTotal);
  // Flat adjacency (CSR) for the iterations: Maps are fine to build the graph, slow to walk 60 times.
  const offsets = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) offsets[a + 1] = offsets[a]! + edges[a]!.size;
  const targets = new Int32Array(offsets[n]!);
  const shares = new Float64Array(offsets[n]!);
  for (let a = 0; a < n; a++) {
    let total = 0;
    for (const w of edges[a]!.values()) total += w;
    let k = offsets[a]!;
    for (const [b, w] of edges[a]!) {
      targets[k] = b;
      shares[k++] = w / total;
    }
  }
  let score = Float64Array.from(jump);
  let next = new Float64Array(n);
  for (let iter = 0; iter < options.iterations; iter++) {
    for (let k = 0; k < n; k++) next[k] = (1 - options.damping) * jump[k]!;
    for (let a = 0; a < n; a++) {
      const mass = options.damping * score[a]!;
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) next[targets[k]!]! += mass * shares[k]!;
    }
    let change = 0;
    for (let k = 0; k < n; k++) change += Math.abs(next[k]! - score[k]!);
    [score, next] = [next, score];
    // Converged: more iterations would not change the ranking (and the stop point is deterministic).
    if (change < 1e-9) break;
  }
  const out = new Map<string, number>();
  for (const [stem, id] of index) out.set(stem, score[id]!);
  return out;
}
