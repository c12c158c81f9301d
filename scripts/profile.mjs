#!/usr/bin/env node
// CPU profile of newsmark (node --cpu-prof), so optimisation follows the profiler, not guesses.
//
//   npm run profile                    the bench's fixed sample of 400 dev texts (scripts/dev-texts.mjs)
//                                      through `newsmark -f jsonl -j 1` (one process, the whole
//                                      pipeline and the JSONL writer, start-up included)
//   npm run profile -- FILE            any input newsmark takes instead (a .jsonl archive, an article)
//   npm run profile -- X.cpuprofile    only print the report of an existing profile
//   options: --texts N (sample size), --out FILE (where the .cpuprofile goes; default in the temp
//            folder), --top N (rows per table, default 25), --interval µs (sampling, default 1000),
//            --build (profile compromise's minified one-file build, see below)
//
// newsmark loads compromise's one-file build (builds/three/compromise-three.cjs), which is
// minified: its functions show up as `Lt` or `Ht` at line 1. So by default the profiled process
// gets compromise's source modules instead (node_modules/compromise/src/**, the same code and
// version, the package's `import` entry) through a `require` hook, and its functions and files
// have their real names. `--build` profiles the one-file build as newsmark runs it.
//
// Prints the functions with the most self time, then per file: self time and total time (the
// samples with that file anywhere on the stack, so dist/annotators/tokens.js's total includes the
// compromise calls it makes), then self time per folder or package. Files are dist/*.js: each is
// its src/*.ts, compiled (line numbers are dist's). For a flame graph, open the .cpuprofile in
// Chrome DevTools (Performance panel, "Load profile…") or in speedscope.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devTexts, fixedSample, root, sharedEval, words } from './dev-texts.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { texts: { type: 'string', default: '400' }, out: { type: 'string' }, top: { type: 'string', default: '25' }, interval: { type: 'string', default: '1000' }, build: { type: 'boolean', default: false } },
});
const top = Number(opts.top);
const log = (s) => process.stderr.write(s + '\n');
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

let profileFile;
if (positionals.length === 1 && positionals[0].endsWith('.cpuprofile')) {
  profileFile = path.resolve(positionals[0]);
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-profile-'));
  let inputs = positionals.map((p) => path.resolve(p));
  let what = inputs.join(' ');
  if (!inputs.length) {
    const texts = devTexts();
    if (!texts.length) {
      console.log(`profile: ${sharedEval} not found and no input given; nothing to profile`);
      process.exit(0);
    }
    const sample = fixedSample(texts, Number(opts.texts));
    const file = path.join(tmp, 'sample.jsonl');
    fs.writeFileSync(file, sample.map((text, i) => JSON.stringify({ id: `profile-${i}`, text })).join('\n') + '\n');
    inputs = [file];
    what = `${sample.length} dev texts (${fmt(sample.reduce((n, t) => n + words(t), 0))} words)`;
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  profileFile = path.resolve(opts.out ?? path.join(os.tmpdir(), `newsmark-${stamp}.cpuprofile`));
  // Node flags make the launcher start newsmark plainly, in this process (no start-up snapshot),
  // so the profile is of the process that does the work.
  const hook = [];
  if (!opts.build) {
    // require('compromise') → a shim that requires the package's ESM source entry (require of an
    // ES module: Node ≥ 20.19) and hands back its default export, as the one-file build does.
    const source = fileURLToPath(import.meta.resolve('compromise'));
    const shim = path.join(tmp, 'compromise-source.cjs');
    fs.writeFileSync(shim, `module.exports = require(${JSON.stringify(source)}).default;\n`);
    const preload = path.join(tmp, 'compromise-hook.cjs');
    fs.writeFileSync(preload, `const Module = require('node:module');\nconst resolve = Module._resolveFilename;\nModule._resolveFilename = function (request, ...rest) {\n  return request === 'compromise' ? ${JSON.stringify(shim)} : resolve.call(this, request, ...rest);\n};\n`);
    hook.push('--require', preload);
  }
  const args = [...hook, '--cpu-prof', '--cpu-prof-dir', tmp, '--cpu-prof-name', 'newsmark.cpuprofile', '--cpu-prof-interval', opts.interval, path.join(root, 'bin/newsmark.js'), '-f', 'jsonl', '-j', '1', '-q', ...inputs];
  log(`profile: ${what} through newsmark -f jsonl -j 1 under node --cpu-prof (compromise ${opts.build ? 'one-file build' : 'source modules'}) …`);
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`profile: newsmark exited ${r.status} after ${fmt((performance.now() - t) / 1000, 1)} s`);
  const made = path.join(tmp, 'newsmark.cpuprofile');
  if (!fs.existsSync(made)) {
    log('profile: no profile was written');
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(profileFile), { recursive: true });
  fs.copyFileSync(made, profileFile);
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`profile: wrote ${profileFile}`);
}

process.stdout.write(report(JSON.parse(fs.readFileSync(profileFile, 'utf8'))));

/** Where a call frame's code lives: a path relative to the project, node's internals, or V8's own. */
function fileOf(frame) {
  const url = frame.url;
  // V8's own entries — (program), (garbage collector), (idle), (root) — and native code without a
  // script (RegExp matching, JSON.parse, file system bindings).
  if (!url) return /^\(.*\)$/.test(frame.functionName) ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal/*' : url;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  return file.startsWith(root + path.sep) ? path.relative(root, file) : file;
}
/** dist/annotators → dist/annotators; node_modules/compromise/… → node_modules/compromise. */
function areaOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
  if (parts[0] === 'dist' && parts.length > 2) return parts.slice(0, 2).join('/');
  return file;
}

function report(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A sample lasts until the next one (as DevTools counts it); timeDeltas are in µs.
  const { samples, timeDeltas } = profile;
  const duration = samples.map((_, i) => (i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0));
  const total = duration.reduce((a, b) => a + b, 0);
  const selfByFunction = new Map();
  const selfByFile = new Map();
  const totalByFile = new Map();
  const selfByArea = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  for (let i = 0; i < samples.length; i++) {
    const us = duration[i];
    if (!us) continue;
    const node = nodes.get(samples[i]);
    const frame = node.callFrame;
    const file = fileOf(frame);
    add(selfByFunction, `${frame.functionName || '(anonymous)'}\t${frame.url ? `${file}:${frame.lineNumber + 1}` : ''}`, us);
    add(selfByFile, file, us);
    add(selfByArea, areaOf(file), us);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const f = fileOf(nodes.get(id).callFrame);
      if (f !== '(root)') seen.add(f);
    }
    for (const f of seen) add(totalByFile, f, us);
  }
  const pct = (us) => `${((100 * us) / total).toFixed(1)}%`;
  const ms = (us) => fmt(us / 1000);
  const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = [
    `CPU profile: ${fmt(total / 1e6, 1)} s sampled, ${fmt(samples.length)} samples.`,
    '',
    `Top ${top} functions by self time:`,
    '',
    '| self | ms | function | where |',
    '| ---: | ---: | --- | --- |',
    ...sorted(selfByFunction).map(([key, us]) => {
      const [name, where] = key.split('\t');
      return `| ${pct(us)} | ${ms(us)} | ${name} | ${where} |`;
    }),
    '',
    `Top ${top} files by self time (total: the samples with the file anywhere on the stack):`,
    '',
    '| self | total | file |',
    '| ---: | ---: | --- |',
    ...sorted(selfByFile).map(([file, us]) => `| ${pct(us)} | ${pct(totalByFile.get(file) ?? us)} | ${file} |`),
    '',
    `Top ${top} files by total time (a stage's file, dist/annotators/*.js, totals that stage):`,
    '',
    '| total | self | file |',
    '| ---: | ---: | --- |',
    // node's internals and native frames sit under nearly every stack: their totals say nothing.
    ...sorted(new Map([...totalByFile].filter(([file]) => file !== 'node:internal/*' && file !== '(native)'))).map(([file, us]) => `| ${pct(us)} | ${pct(selfByFile.get(file) ?? 0)} | ${file} |`),
    '',
    'Self time per folder or package:',
    '',
    '| self | area |',
    '| ---: | --- |',
    ...sorted(selfByArea).map(([area, us]) => `| ${pct(us)} | ${area} |`),
    '',
  ];
  return lines.join('\n');
}
