#!/usr/bin/env node
// Benchmark of newsmark (never a test): throughput vs bare compromise, per-stage time, 1 vs 2 workers,
// peak memory over a growing corpus, cold single-article latency. Texts come from the shared dev sets
// (../shared/eval/*/dev.jsonl); without them the bench says so and exits 0. No network.
//
//   npm run bench                 full run; writes the numbers into docs/PERFORMANCE.md
//   node scripts/bench.mjs --quick   smoke run (small sizes), prints only
//
// The one place outside src/nlp/compromise.ts that imports compromise: the baseline being compared.
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/eval');
const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write') || !quick;
const bin = path.join(root, 'bin/newsmark.js');
const fixture = path.join(root, 'fixtures/blinken-beijing.txt');

if (!fs.existsSync(shared)) {
  console.log(`bench: ${shared} not found; skipped (the bench reads the shared dev texts)`);
  process.exit(0);
}

const texts = [];
for (const name of fs.readdirSync(shared).sort()) {
  const file = path.join(shared, name, 'dev.jsonl');
  if (!fs.existsSync(file)) continue;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line);
    if (typeof text === 'string' && text.trim()) texts.push(text);
  }
}
const words = (t) => t.split(/\s+/).filter(Boolean).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const log = (s) => process.stderr.write(s + '\n');
const results = { date: new Date().toISOString(), node: process.version, cpus: os.availableParallelism(), quick, load: os.loadavg()[0] };

// A fixed, varied sample: every k-th text so each dev set is represented.
const sampleSize = quick ? 60 : 400;
const step = Math.max(1, Math.floor(texts.length / sampleSize));
const sample = texts.filter((_, i) => i % step === 0).slice(0, sampleSize);
const sampleWords = sample.reduce((n, t) => n + words(t), 0);
log(`bench: ${texts.length} dev texts; sample ${sample.length} texts, ${fmt(sampleWords)} words${quick ? ' (quick)' : ''}`);

// 1. Full pipeline vs bare compromise, in this process, warm.
const nlp = (await import('compromise')).default;
const { defaultAnnotators, annotate } = await import(path.join(root, 'dist/annotate.js'));
const { createDoc } = await import(path.join(root, 'dist/model/document.js'));
annotate(sample[0]);
nlp(sample[0]);
function timed(fn) {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}
const bareSeconds = timed(() => {
  for (const t of sample) nlp(t);
});
const stageSeconds = Object.fromEntries(defaultAnnotators.map((a) => [a.name, 0]));
const fullSeconds = timed(() => {
  for (const t of sample) {
    const doc = createDoc('bench', t);
    for (const a of defaultAnnotators) {
      const s = performance.now();
      Object.assign(doc.layers, a.run(doc, { config: {}, explain: false }));
      stageSeconds[a.name] += (performance.now() - s) / 1000;
    }
  }
});
results.throughput = {
  words: sampleWords,
  bareWordsPerSecond: sampleWords / bareSeconds,
  fullWordsPerSecond: sampleWords / fullSeconds,
  ratio: bareSeconds / fullSeconds,
  stages: Object.entries(stageSeconds).sort((a, b) => b[1] - a[1]).map(([name, s]) => ({ name, share: s / fullSeconds, wordsPerSecond: sampleWords / s })),
};
log(`bench: pipeline ${fmt(results.throughput.fullWordsPerSecond)} words/s, bare compromise ${fmt(results.throughput.bareWordsPerSecond)} words/s (ratio ${results.throughput.ratio.toFixed(2)}); slowest stage ${results.throughput.stages[0].name}`);

// 2. 1 vs 2 workers, pool started and warm before the clock starts (so this is throughput, not start-up).
const { poolExecutor } = await import(path.join(root, 'dist/batch/executor.js'));
const poolTexts = quick ? sample.slice(0, 40) : [...sample, ...sample].slice(0, 600);
const poolWords = poolTexts.reduce((n, t) => n + words(t), 0);
async function poolRun(jobs) {
  const started = performance.now();
  const pool = await poolExecutor(jobs, { format: 'jsonl' }, {});
  const ready = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < poolTexts.length) {
      const i = next++;
      await pool.run({ id: `b${i}`, text: poolTexts[i] });
    }
  };
  await Promise.all(Array.from({ length: jobs * 2 }, lane));
  const seconds = (performance.now() - ready) / 1000;
  await pool.close();
  return { jobs, startSeconds: (ready - started) / 1000, seconds, wordsPerSecond: poolWords / seconds };
}
// The machine's own ceiling for the same work: bare compromise parsing of the same texts split over
// 1 and 2 plain threads. On a shared or throttled 2-core machine this is well below ×2, and the
// pool's speed-up can only be read against it.
const compromiseUrl = import.meta.resolve('compromise');
async function bareThreads(n) {
  const shares = Array.from({ length: n }, (_, k) => poolTexts.filter((_, i) => i % n === k));
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import(${JSON.stringify(compromiseUrl)}).then(({ default: nlp }) => {
      nlp(workerData[0] ?? '');
      parentPort.postMessage('ready');
      parentPort.once('message', () => { for (const t of workerData) nlp(t); parentPort.postMessage('done'); });
    });`;
  const threads = shares.map((share) => new Worker(code, { eval: true, workerData: share }));
  const reply = (w) => new Promise((resolve) => w.once('message', resolve));
  await Promise.all(threads.map(reply));
  const started = performance.now();
  await Promise.all(threads.map((w) => { const done = reply(w); w.postMessage('go'); return done; }));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(threads.map((w) => w.terminate()));
  return seconds;
}
// The same with separate processes instead of threads: threads share one process (its allocator,
// its GC helper threads), processes share only the cores.
const processScript = path.join(os.tmpdir(), `newsmark-bench-bare-${process.pid}.mjs`);
fs.writeFileSync(processScript, `const nlp = (await import(${JSON.stringify(compromiseUrl)})).default;
  let texts = [];
  process.on('message', (m) => {
    if (m.texts) { texts = m.texts; nlp(texts[0] ?? ''); process.send('ready'); }
    else { for (const t of texts) nlp(t); process.send('done'); process.disconnect(); }
  });`);
async function bareProcesses(n) {
  const shares = Array.from({ length: n }, (_, k) => poolTexts.filter((_, i) => i % n === k));
  const children = shares.map(() => fork(processScript, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
  const reply = (c) => new Promise((resolve) => c.once('message', resolve));
  await Promise.all(children.map((c, k) => { const ready = reply(c); c.send({ texts: shares[k] }); return ready; }));
  const started = performance.now();
  await Promise.all(children.map((c) => { const done = reply(c); c.send({ go: true }); return done; }));
  return (performance.now() - started) / 1000;
}
const one = await poolRun(1);
const two = await poolRun(2);
const bareOne = await bareThreads(1);
const bareTwo = await bareThreads(2);
const procOne = await bareProcesses(1);
const procTwo = await bareProcesses(2);
fs.rmSync(processScript, { force: true });
results.workers = { texts: poolTexts.length, words: poolWords, one, two, speedup: one.seconds / two.seconds, bareSpeedup: bareOne / bareTwo, processSpeedup: procOne / procTwo };
log(`bench: 1 worker ${fmt(one.wordsPerSecond)} words/s, 2 workers ${fmt(two.wordsPerSecond)} words/s (×${results.workers.speedup.toFixed(2)}); bare compromise in 2 threads ×${results.workers.bareSpeedup.toFixed(2)}, in 2 processes ×${results.workers.processSpeedup.toFixed(2)}`);

// 3. Peak RSS of the CLI over growing corpora (dev texts cycled with new ids), 2 workers.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-'));
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
results.memory = [];
for (const n of quick ? [100, 300] : [1000, 5000]) {
  const file = path.join(tmp, `corpus-${n}.jsonl`);
  const out = fs.openSync(file, 'w');
  for (let i = 0; i < n; i++) fs.writeSync(out, JSON.stringify({ id: `bench-${i}`, text: texts[i % texts.length] }) + '\n');
  fs.closeSync(out);
  const args = [bin, '-f', 'jsonl', '-j', '2', '--summary', file];
  const t = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', 'peak-rss-kb=%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - t) / 1000;
  const kb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  results.memory.push({ articles: n, peakRssMB: kb / 1024, seconds, articlesPerSecond: n / seconds, exit: r.status });
  log(`bench: ${n} articles: peak RSS ${fmt(kb / 1024)} MB, ${fmt(seconds, 1)} s (${fmt(n / seconds, 1)} articles/s, start-up included), exit ${r.status}`);
}
fs.rmSync(tmp, { recursive: true, force: true });

// 4. Cold single-article latency, median of several fresh processes, the three kinds interleaved so
// a change in machine load hits them alike. `newsmark` is what a user runs: the launcher and, when
// built, the start-up snapshot (src/cli/launch.ts); NEWSMARK_SNAPSHOT=0 is the plain start.
const runs = quick ? 3 : 9;
const { snapshotProblem } = await import(path.join(root, 'dist/cli/launch.js'));
const snapshot = snapshotProblem(root, {}) ?? 'used';
const baselineCode = `import fs from 'node:fs'; const nlp = (await import('compromise')).default; nlp(fs.readFileSync(${JSON.stringify(fixture)}, 'utf8')).json();`;
const requireBaselineCode = `const fs = require('node:fs'); const nlp = require('compromise'); nlp(fs.readFileSync(${JSON.stringify(fixture)}, 'utf8')).json();`;
const coldKinds = {
  newsmark: [[bin, fixture], {}],
  plain: [[bin, fixture], { NEWSMARK_SNAPSHOT: '0' }],
  compromise: [['--input-type=module', '-e', baselineCode], {}],
  compromiseRequire: [['-e', requireBaselineCode], {}],
  node: [['-e', '0'], {}],
};
const coldTimes = Object.fromEntries(Object.keys(coldKinds).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [kind, [args, env]] of Object.entries(coldKinds)) {
    const t = performance.now();
    execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    coldTimes[kind].push(performance.now() - t);
  }
}
const newsmarkMs = median(coldTimes.newsmark);
const plainMs = median(coldTimes.plain);
const compromiseMs = median(coldTimes.compromise);
const compromiseRequireMs = median(coldTimes.compromiseRequire);
const nodeMs = median(coldTimes.node);
// Where a cold start goes: module loading, then the first article (which loads lazy data).
const breakdownCode = `
const t0 = performance.now();
const { main } = await import(${JSON.stringify(path.join(root, 'dist/cli/main.js'))});
const t1 = performance.now();
const { annotate } = await import(${JSON.stringify(path.join(root, 'dist/annotate.js'))});
const { default: nlp } = await import('compromise');
const t2 = performance.now();
const text = (await import('node:fs')).readFileSync(${JSON.stringify(fixture)}, 'utf8');
annotate(text);
const t3 = performance.now();
annotate(text);
const t4 = performance.now();
console.log(JSON.stringify({ loadCliMs: t1 - t0, firstArticleMs: t3 - t2, warmArticleMs: t4 - t3 }));`;
const breakdowns = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', breakdownCode], { cwd: root, encoding: 'utf8' })));
const pick = (k) => median(breakdowns.map((b) => b[k]));
results.latency = { runs, snapshot, newsmarkMs, plainMs, compromiseMs, compromiseRequireMs, nodeMs, ratio: newsmarkMs / compromiseMs, loadCliMs: pick('loadCliMs'), firstArticleMs: pick('firstArticleMs'), warmArticleMs: pick('warmArticleMs') };
log(`bench: cold newsmark ${fmt(newsmarkMs)} ms (snapshot ${snapshot}; plain start ${fmt(plainMs)} ms) vs node+compromise ${fmt(compromiseMs)} ms (×${results.latency.ratio.toFixed(2)}; with require ${fmt(compromiseRequireMs)} ms); bare node ${fmt(nodeMs)} ms; module load ${fmt(results.latency.loadCliMs)} ms, first article ${fmt(results.latency.firstArticleMs)} ms, warm article ${fmt(results.latency.warmArticleMs)} ms`);
results.load = `${results.load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`;

const table = renderMarkdown(results);
process.stdout.write(table);
if (write) {
  const doc = path.join(root, 'docs/PERFORMANCE.md');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const current = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : `# Performance\n\n${start}\n${end}\n`;
  const updated = current.includes(start) ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}${end}`) : `${current}\n${start}\n${table}${end}\n`;
  fs.writeFileSync(doc, updated);
  log(`bench: wrote ${path.relative(root, doc)}`);
}

function renderMarkdown(r) {
  const t = r.throughput;
  const mark = (ok) => (ok ? 'met' : '**not met**');
  const lines = [
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`${r.quick ? ' --quick' : ''}; Node ${r.node}, ${r.cpus} cores; 1-minute load average during the run ${r.load} (it counts the bench's own processes; more than ~2.5 means other jobs shared the machine and absolute numbers are pessimistic).`,
    '',
    '| measure | result | target | |',
    '| --- | ---: | ---: | --- |',
    `| full pipeline, words/s (one thread, warm) | ${fmt(t.fullWordsPerSecond)} | | |`,
    `| bare compromise parse, words/s | ${fmt(t.bareWordsPerSecond)} | | |`,
    `| pipeline / compromise speed ratio | ${t.ratio.toFixed(2)} | ≥ 0.6 | ${mark(t.ratio >= 0.6)} |`,
    `| 1 worker, words/s | ${fmt(r.workers.one.wordsPerSecond)} | | |`,
    `| 2 workers, words/s | ${fmt(r.workers.two.wordsPerSecond)} | | |`,
    `| speed-up, 2 vs 1 workers | ×${r.workers.speedup.toFixed(2)} | ≥ ×1.7 | ${mark(r.workers.speedup >= 1.7)} |`,
    `| baseline: bare compromise, 2 vs 1 plain threads, same texts | ×${r.workers.bareSpeedup.toFixed(2)} | | the machine's ceiling |`,
    `| baseline: bare compromise, 2 vs 1 processes, same texts | ×${r.workers.processSpeedup.toFixed(2)} | | |`,
    `| pool speed-up / machine's ceiling (threads) | ${(r.workers.speedup / r.workers.bareSpeedup).toFixed(2)} | | |`,
    ...r.memory.map((m) => `| peak RSS, ${fmt(m.articles)} articles, 2 workers | ${fmt(m.peakRssMB)} MB | ≤ 400 MB, flat | ${mark(m.peakRssMB <= 400)} |`),
    `| cold \`newsmark\` on the reference article (median of ${r.latency.runs}; start-up snapshot ${r.latency.snapshot}) | ${fmt(r.latency.newsmarkMs)} ms | | |`,
    `| cold \`node\` importing compromise and parsing it (\`import nlp from 'compromise'\`) | ${fmt(r.latency.compromiseMs)} ms | | |`,
    `| the same with \`require('compromise')\` (its one-file build) | ${fmt(r.latency.compromiseRequireMs)} ms | | |`,
    `| cold \`newsmark\` without the snapshot (\`NEWSMARK_SNAPSHOT=0\`) | ${fmt(r.latency.plainMs)} ms | | ×${(r.latency.plainMs / r.latency.compromiseMs).toFixed(2)} |`,
    `| cold latency ratio | ×${r.latency.ratio.toFixed(2)} | ≤ ×1.2 | ${mark(r.latency.ratio <= 1.2)} |`,
    '',
    `Per stage (share of pipeline time on ${fmt(t.words)} words of ${sampleSize} dev texts; slowest first):`,
    '',
    '| stage | share | words/s alone |',
    '| --- | ---: | ---: |',
    ...t.stages.map((s) => `| ${s.name} | ${(s.share * 100).toFixed(0)}% | ${fmt(s.wordsPerSecond)} |`),
    '',
    `Cold start of one article (medians): bare \`node\` ${fmt(r.latency.nodeMs)} ms (the launcher costs one such start before the snapshot's process); without the snapshot, loading the CLI modules ${fmt(r.latency.loadCliMs)} ms; the first article ${fmt(r.latency.firstArticleMs)} ms (includes lazy data: models, gazetteers); the same article again ${fmt(r.latency.warmArticleMs)} ms.`,
    '',
    `Worker pools: start-up (threads load their models and annotate a warm-up article) took ${fmt(r.workers.one.startSeconds, 1)} s for 1 and ${fmt(r.workers.two.startSeconds, 1)} s for 2 workers, outside the throughput clock; ${fmt(r.workers.texts)} texts, ${fmt(r.workers.words)} words.`,
    '',
    ...r.memory.map((m) => `- ${fmt(m.articles)} articles through \`newsmark -f jsonl -j 2\`: ${fmt(m.seconds, 1)} s wall, ${fmt(m.articlesPerSecond, 1)} articles/s including start-up, exit ${m.exit}.`),
    '',
  ];
  return lines.join('\n');
}
