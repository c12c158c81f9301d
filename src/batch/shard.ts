import { ExitError } from '../errors.js';
import { fnv1a } from '../io/inputs.js';

/** Shard K of N (K counted from 1, as GNU parallel's `{%}` slot numbers are). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) throw new ExitError(`--shard must be K/N with 1 ≤ K ≤ N (e.g. 1/4), not '${value}'`);
  return { index, count };
}

/** The shard an id belongs to: FNV-1a of the id, modulo N, plus one — the same on every machine. */
export const shardOf = (id: string, count: number): number => (fnv1a(id) % count) + 1;

export const inShard = (id: string, shard: Shard): boolean => shardOf(id, shard.count) === shard.index;
