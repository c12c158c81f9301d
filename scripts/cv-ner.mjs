#!/usr/bin/env node
// k-fold cross-validation of the name tagger on CoNLL-2003 train (../shared/train/conll2003/train.jsonl),
// by document, folds fixed by a hash of the document id. Reports the tagger's own span F1 per type
// and the whole entities stage's F1 (scored like `newsmark eval --task ner`) on the held-out folds.
// Choose features and settings by these numbers, never by the development sets. Deterministic.
//
// Usage: npm run cv:ner [-- --folds 5 --only-folds K --epochs 8 --min-weight 0.05 --features '{"runContext":true}' --gum [--gum-genres a,b] --limit N --cache /tmp/FILE --json FILE --name LABEL]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(`--${name}`);
const trainFile = path.resolve(root, opt('train', '../shared/train/conll2003/train.jsonl'));
const folds = Number(opt('folds', '5'));
const onlyFolds = opt('only-folds') ? Number(opt('only-folds')) : undefined;
const epochs = Number(opt('epochs', '8'));
const minWeight = Number(opt('min-weight', '0.05'));
const limit = Number(opt('limit', '0'));
const name = opt('name', 'candidate');

if (!fs.existsSync(trainFile)) {
  console.log(`no training data at ${trainFile}: nothing to cross-validate`);
  process.exit(0);
}
const { prepareDoc, crossValidate } = await import(path.join(root, 'dist/training/cv.js'));
const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// --cache FILE keeps the tokenized texts (compromise is the slow part) for later runs of the same
// code; it is keyed by the sizes of the data and of the structure/tokens stages' built files.
const cache = opt('cache');
const stamp = [trainFile, 'dist/annotators/structure.js', 'dist/annotators/tokens.js', 'dist/nlp', 'dist/training/gum.js'].map((f) => {
  const p = path.resolve(root, f);
  return fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((x) => fs.statSync(path.join(p, x)).size).join(',') : fs.statSync(p).size;
}).join('|');
const cached = (suffix, make) => {
  const file = cache && `${cache}.${suffix}.json`;
  if (file && fs.existsSync(file)) {
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (c.stamp === stamp) return c.value;
  }
  const value = make();
  if (file) fs.writeFileSync(file, JSON.stringify({ stamp, value }));
  return value;
};

const t0 = Date.now();
let raw = readJsonl(trainFile);
if (limit) raw = raw.slice(0, limit);
const layers = cached(`conll${limit || ''}`, () => raw.map((r) => {
  const { doc } = prepareDoc(r);
  return { blocks: doc.layers.blocks, sentences: doc.layers.sentences, tokens: doc.layers.tokens };
}));
const docs = raw.map((r, i) => prepareDoc(r, layers[i]));
console.log(`${docs.length} documents tokenized in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const extra = [];
if (flag('gum')) {
  const { gumTrainingDocs } = await import(path.join(root, 'dist/training/gum.js'));
  const gumFile = path.resolve(root, opt('gum-file', '../shared/train/gum/train.jsonl'));
  const genres = opt('gum-genres')?.split(',');
  extra.push(...cached(`gum-${genres?.join('+') ?? 'all'}`, () => gumTrainingDocs(readJsonl(gumFile), { genres })));
  console.log(`+ ${extra.length} GUM documents (${extra.reduce((n, d) => n + d.sentences.length, 0)} sentences) in every fold's training part`);
}

const features = JSON.parse(opt('features', '{}'));
const train = { epochs, minWeight, seed: 1, features };
const result = crossValidate(docs, { folds, onlyFolds, extra, train, log: (m) => console.log(m) });
const f = (x) => x.toFixed(1);
const t = result.tagger;
const p = result.pipeline.detail.perType;
console.log(`\n${name} ${JSON.stringify(features)}: ${result.documents} held-out documents (${onlyFolds ?? folds} of ${folds} folds); train ${f(result.seconds.train)} s, tag+score ${f(result.seconds.tag)} s`);
console.log(`| measure | PER | LOC | ORG | MISC | ALL (P / R / F1) |`);
console.log(`| tagger | ${f(t.PER.f1)} | ${f(t.LOC.f1)} | ${f(t.ORG.f1)} | ${f(t.MISC.f1)} | ${f(t.ALL.p)} / ${f(t.ALL.r)} / **${f(t.ALL.f1)}** |`);
console.log(`| pipeline | ${f(p.PER.f1)} | ${f(p.LOC.f1)} | ${f(p.ORG.f1)} | — | ${f(p.ALL.precision)} / ${f(p.ALL.recall)} / **${f(p.ALL.f1)}** |`);
console.log(`pipeline F1 per fold: ${result.foldF1.map(f).join(' ')}`);
const out = opt('json');
if (out) {
  const row = { name, args, folds, onlyFolds, documents: result.documents, tagger: t, pipeline: { f1: result.pipeline.f1, p: result.pipeline.precision, r: result.pipeline.recall, perType: p }, foldF1: result.foldF1, seconds: result.seconds };
  fs.appendFileSync(out, JSON.stringify(row) + '\n');
}
