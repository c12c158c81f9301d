#!/usr/bin/env node
// Part of `npm run build`: newsmark's start-up snapshot (see src/cli/launch.ts for why).
// 1. rolldown bundles dist/cli/snapshot-entry.js, compromise included, into one CommonJS script
//    (Node 20 snapshots one script, no user-land modules);
// 2. `node --build-snapshot` runs it, which loads and warms everything, and saves the heap;
// 3. a manifest records the Node.js it was built with, which alone can load it.
// A failure here never fails the build: newsmark then starts without the snapshot, only slower.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'dist/snapshot');
const bundleFile = path.join(dir, 'newsmark.cjs');
const blobFile = path.join(dir, 'newsmark.blob');
const manifestFile = path.join(dir, 'manifest.json');

function skip(reason) {
  fs.rmSync(blobFile, { force: true });
  fs.rmSync(manifestFile, { force: true });
  console.warn(`newsmark: start-up snapshot not built (${reason}); newsmark will start without it, only slower`);
  process.exit(0);
}

if (process.env.NEWSMARK_SNAPSHOT === '0') skip('NEWSMARK_SNAPSHOT=0');
let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  skip('the bundler rolldown is not installed');
}
fs.mkdirSync(dir, { recursive: true });
fs.rmSync(blobFile, { force: true });

// The one module that loads compromise does so with `require` (fast outside a bundle); in the bundle
// it becomes compromise's ESM one-file build, so compromise is inside the snapshot.
const compromiseBuild = path.join(root, 'node_modules/compromise/builds/three/compromise-three.mjs');
const swapCompromise = {
  name: 'newsmark-compromise-build',
  resolveId(source, importer) {
    if (source === './compromise-lib.js' && importer?.endsWith(path.join('dist', 'nlp', 'compromise.js'))) return '\0compromise-lib';
    return null;
  },
  load(id) {
    return id === '\0compromise-lib' ? `export { default as nlp } from ${JSON.stringify(compromiseBuild)};` : null;
  },
};

try {
  const bundle = await rolldown({
    input: path.join(root, 'dist/cli/snapshot-entry.js'),
    platform: 'node',
    external: [/^node:/],
    plugins: [swapCompromise],
    logLevel: 'silent',
  });
  await bundle.write({ file: bundleFile, format: 'cjs', codeSplitting: false });
  await bundle.close();
} catch (error) {
  skip(`bundling failed: ${error.message.split('\n')[0]}`);
}

// Node warns that a few built-ins are "not yet fully verified" in snapshots; newsmark only calls
// them after the snapshot is restored (tests/cli/snapshot.test.ts compares both ways of starting).
const built = spawnSync(process.execPath, ['--snapshot-blob', blobFile, '--build-snapshot', bundleFile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
if (built.status !== 0 || !fs.existsSync(blobFile)) {
  const lines = (built.stderr ?? '').split('\n').filter((l) => l && !/Warning|may still work|To request support|--trace-warnings/.test(l));
  skip(`node --build-snapshot failed: ${lines[0] ?? built.error?.message ?? `exit ${built.status}`}`);
}
fs.writeFileSync(manifestFile, JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform, root }, null, 2) + '\n');
const mb = (fs.statSync(blobFile).size / 1e6).toFixed(1);
console.log(`newsmark: start-up snapshot built (${mb} MB, ${path.relative(root, blobFile)})`);
