/**
 * Where compromise itself is loaded, kept apart so the start-up snapshot's bundler can swap this one
 * module (scripts/build-snapshot.mjs) for compromise's ESM one-file build.
 *
 * Loaded through `require`, which compromise's package exports map to its prebuilt one-file build
 * (builds/three/compromise-three.cjs); `import` maps to ~200 source modules, and resolving and
 * linking those costs ~250 ms of every cold start. Same version, same code, same results.
 */
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

export const nlp = createRequire(import.meta.url)('compromise') as typeof nlpModule;
