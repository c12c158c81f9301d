import { fnv1a } from '../io/inputs.js';

/**
 * Every development set is split into two fixed halves by a hash of the document id, so that rules
 * are written while looking at one half (*tune*) and kept only when the other (*confirm*) does not
 * fall. FNV-1a's lowest bit is only the parity of the characters' codes ('doc-1', 'doc-2', … would
 * alternate, and so would `--shard K/2`), so the hash is mixed (MurmurHash3's finalizer) and its
 * top bit decides.
 */
export const HALVES = ['tune', 'confirm'] as const;
export type Half = (typeof HALVES)[number];

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const halfOf = (id: string): Half => (mix32(fnv1a(id)) >>> 31 === 0 ? 'tune' : 'confirm');
