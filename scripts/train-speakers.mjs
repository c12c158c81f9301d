#!/usr/bin/env node
// Train the speaker ranker (src/quotes/speaker-ranker.ts) on PolNeAR's train split and write
// models/speakers.json. The number of epochs is chosen by 5-fold cross-validation on the same split
// (folds by a hash of the article id); the dev set is never read here.
// Usage: npm run train:speakers [-- --train FILE --out FILE --max-epochs N --limit N --cv-only]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const trainFile = path.resolve(root, opt('train', '../shared/train/polnear/train.jsonl'));
const outFile = path.resolve(root, opt('out', 'models/speakers.json'));
const maxEpochs = Number(opt('max-epochs', '12'));
const limit = Number(opt('limit', '0'));
const FOLDS = 5;
/** Write the cross-validation's disagreements with the rules to this file (for looking at train errors, never dev). */
const dump = opt('dump', '');

if (!fs.existsSync(trainFile)) {
  console.error(`no training data at ${trainFile}`);
  process.exit(2);
}

const dist = (p) => import(path.join(root, 'dist', p));
const { createDoc } = await dist('model/document.js');
const { createPipeline } = await dist('pipeline/pipeline.js');
const { structure } = await dist('annotators/structure.js');
const { tokens } = await dist('annotators/tokens.js');
const { entities } = await dist('annotators/entities.js');
const { findQuotes } = await dist('quotes/engine.js');
const { trainRankerEnsemble: trainRanker, choose, NO_SPEAKER } = await dist('quotes/speaker-ranker.js');

/** The scorer's test (score.mjs speakerCorrect): overlap with the gold phrase, or its head word among the candidate's words. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);
const words = (s) => (s ?? '').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const right = (gold, span, text) => {
  if (overlap(gold, span) > 0) return true;
  const g = words(gold.text).filter((w) => !PRONOUNS.has(w));
  return g.length > 0 && words(text).includes(g.at(-1));
};

// Collect every speaker decision once; training and cross-validation then only re-weigh features.
const examples = [];
let docs = 0;
let unreachable = 0;
const collector = {
  name: 'quotes',
  requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['quotes'],
  run(doc) {
    const gold = doc.meta.gold;
    findQuotes(doc, {}, {
      observe(quote, candidates, problem) {
        const g = gold.quotes.filter((q) => overlap(q, quote) > 0).sort((a, b) => overlap(b, quote) - overlap(a, quote))[0];
        if (!g) return; // a quote the gold does not have: nothing to learn about its speaker
        const correct = g.speaker ? candidates.flatMap((c, i) => (right(g.speaker, c.span, doc.text.slice(c.span.start, c.span.end)) ? [i] : [])) : [NO_SPEAKER];
        if (!correct.length) {
          unreachable++;
          return;
        }
        const rule = candidates.findIndex((c) => c.fromRule || c.fromNeighbour);
        examples.push({ doc: doc.id, candidates: problem.candidates, none: problem.none, correct, rule, ...(dump ? { context: doc.text.slice(Math.max(0, quote.start - 200), quote.end + 120), quote: doc.text.slice(quote.start, quote.end).slice(0, 60), texts: candidates.map((c) => doc.text.slice(c.span.start, c.span.end)), gold: g.speaker?.text } : {}) });
      },
    });
    return { quotes: [] };
  },
};
const pipeline = createPipeline([structure, tokens, entities, collector]);
const t0 = Date.now();
for (const line of fs.readFileSync(trainFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line);
  const doc = createDoc(g.id, g.text, { gold: g });
  pipeline.run(doc);
  if (++docs === limit) break;
}
console.log(`${docs} articles, ${examples.length} speaker decisions (${unreachable} with the gold speaker among no candidate) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const hash = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const foldOf = (id) => hash(id) % FOLDS;
const accuracy = (weights, set) => set.filter((e) => e.correct.includes(choose(weights, e).index)).length / set.length;
const rules = examples.filter((e) => e.correct.includes(e.rule)).length / examples.length;
console.log(`the rules alone choose a right phrase in ${(100 * rules).toFixed(1)}% of them`);

const byEpochs = [];
for (let epochs = 1; epochs <= maxEpochs; epochs++) {
  let right = 0;
  for (let k = 0; k < FOLDS; k++) {
    const train = examples.filter((e) => foldOf(e.doc) !== k);
    const test = examples.filter((e) => foldOf(e.doc) === k);
    right += accuracy(trainRanker(train, epochs), test) * test.length;
  }
  byEpochs.push({ epochs, accuracy: right / examples.length });
  console.log(`cv ${FOLDS} folds, ${epochs} epochs: ${(100 * right / examples.length).toFixed(2)}%`);
}
if (dump) {
  const out = [];
  for (let k = 0; k < FOLDS; k++) {
    const weights = trainRanker(examples.filter((e) => foldOf(e.doc) !== k), 4);
    for (const e of examples.filter((e) => foldOf(e.doc) === k)) {
      const picked = choose(weights, e).index;
      const ok = e.correct.includes(picked);
      const ruleOk = e.correct.includes(e.rule);
      if (ok && ruleOk) continue;
      const show = (i) => (i === NO_SPEAKER ? { text: '(none)', features: e.none } : { text: e.texts[i], features: e.candidates[i], score: e.candidates[i].reduce((s, f) => s + (weights.get(f) ?? 0), 0) });
      out.push({ ok, ruleOk, quote: e.quote, gold: e.gold, context: e.context, picked: show(picked), rule: e.rule >= 0 ? show(e.rule) : null, right: show(e.correct[0]) });
    }
  }
  fs.writeFileSync(dump, out.map((o) => JSON.stringify(o)).join('\n') + '\n');
  console.log(`${out.length} disagreements -> ${dump}`);
}
const best = byEpochs.reduce((a, b) => (b.accuracy > a.accuracy + 0.0005 ? b : a));
console.log(`chosen: ${best.epochs} epochs (cv ${(100 * best.accuracy).toFixed(2)}% vs rules ${(100 * rules).toFixed(1)}%)`);
if (args.includes('--cv-only')) process.exit(0);

const weights = trainRanker(examples, best.epochs);
const sorted = Object.fromEntries([...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const model = { version: 1, trainedOn: `PolNeAR train (${docs} articles, ${examples.length} decisions); 5 perceptrons averaged; ${FOLDS}-fold CV chose ${best.epochs} epochs`, epochs: best.epochs, weights: sorted };
fs.writeFileSync(outFile, JSON.stringify(model, null, 0) + '\n');
console.log(`wrote ${path.relative(root, outFile)}: ${weights.size} weights, train accuracy ${(100 * accuracy(weights, examples)).toFixed(1)}%`);
