import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashFeature } from './perceptron.js';

/**
 * Word clusters: lower-case words grouped by the similarity of their pre-trained vectors (GloVe 6B,
 * see scripts/build-clusters.mjs), at three granularities. A word the tagger never saw in training
 * ("Rosneft") still shares a cluster with words it did see ("Gazprom", "Lukoil"), which is what
 * lets it type unknown names. The file is an open-addressing table like the model's: FNV-1a hashes
 * of the words (uint32) and each word's fine cluster (uint16), then for every fine cluster its
 * cluster at each coarser level — loading is one read and typed-array views.
 */
const FORMAT = 'newsmark-clusters/1';

interface Header {
  format: string;
  size: number;
  k: number;
  levels: number[];
  meta?: Record<string, unknown>;
}

export class WordClusters {
  private readonly mask: number;
  constructor(
    readonly keys: Uint32Array,
    readonly fine: Uint16Array,
    /** Per coarser level, the cluster of each fine cluster. */
    readonly levels: Uint16Array[],
  ) {
    this.mask = keys.length - 1;
  }

  /** The fine cluster of a lower-case word, or -1 when the word has none. */
  clusterOf(word: string): number {
    const h = hashFeature(word);
    const keys = this.keys;
    let i = h & this.mask;
    for (let k = keys[i]!; k !== 0; k = keys[i]!) {
      if (k === h) return this.fine[i]!;
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}

export function encodeClusters(words: readonly string[], fine: ArrayLike<number>, levels: readonly (readonly number[])[], meta?: Record<string, unknown>): Buffer {
  let size = 1024;
  while (size < words.length * 1.6) size *= 2;
  const keys = new Uint32Array(size);
  const values = new Uint16Array(size);
  const mask = size - 1;
  words.forEach((w, n) => {
    const h = hashFeature(w);
    let i = h & mask;
    while (keys[i] !== 0 && keys[i] !== h) i = (i + 1) & mask;
    if (keys[i] === h) return; // a hash collision: the more frequent word keeps it
    keys[i] = h;
    values[i] = fine[n]!;
  });
  const k = levels[0]?.length ?? 0;
  const header: Header = { format: FORMAT, size, k, levels: levels.map((l) => Math.max(...l) + 1), meta };
  let headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  headerBuf = Buffer.concat([headerBuf, Buffer.alloc((4 - ((4 + headerBuf.length) % 4)) % 4, 0x20)]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const maps = Uint16Array.from(levels.flatMap((l) => [...l]));
  return Buffer.concat([len, headerBuf, Buffer.from(keys.buffer), Buffer.from(values.buffer), Buffer.from(maps.buffer)]);
}

export function decodeClusters(file: Buffer): WordClusters {
  const raw = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== FORMAT) throw new Error(`unsupported word cluster format ${header.format}`);
  let at = raw.byteOffset + 4 + headerLength;
  const keys = new Uint32Array(raw.buffer, at, header.size);
  at += header.size * 4;
  const fine = new Uint16Array(raw.buffer, at, header.size);
  at += header.size * 2;
  const levels = header.levels.map((_, j) => new Uint16Array(raw.buffer, at + j * header.k * 2, header.k));
  return new WordClusters(keys, fine, levels);
}

export const CLUSTERS_URL = new URL('../../models/clusters.bin', import.meta.url);
let shipped: WordClusters | null | undefined;

/** The shipped clusters, loaded once per process; null when the file is missing. */
export function wordClusters(): WordClusters | null {
  if (shipped === undefined) shipped = fs.existsSync(CLUSTERS_URL) ? decodeClusters(fs.readFileSync(fileURLToPath(CLUSTERS_URL))) : null;
  return shipped;
}
