#!/usr/bin/env node
// Train the name tagger from CoNLL-2003 (../shared/train/conll2003/train.jsonl) and write
// models/ner.bin; also (re)extracts the city gazetteer into data/gazetteers/cities.json.
// Deterministic: fixed document order, seeded shuffle. Usage: npm run train:ner [-- --epochs N]
// The feature groups and data are the ones cross-validation (npm run cv:ner, docs/NER.md) chose;
// --features JSON and --no-gum override them for experiments.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const trainFile = path.resolve(root, opt('train', '../shared/train/conll2003/train.jsonl'));
const outFile = path.resolve(root, opt('out', 'models/ner.bin'));
const epochs = Number(opt('epochs', '8'));
const limit = Number(opt('limit', '0'));
/** Chosen by cross-validation (docs/NER.md, "Choosing the model"). */
const CHOSEN = { runContext: true, clusters: [0, 1, 2], clusterContext: true };
const CHOSEN_GUM = false;
const GUM_GENRES = undefined;
const features = JSON.parse(opt('features', JSON.stringify(CHOSEN)));
const gum = !args.includes('--no-gum') && CHOSEN_GUM;

const { buildCityList } = await import(path.join(root, 'dist/data/gazetteer-build.js'));
const cities = buildCityList(path.join(root, 'data/gazetteers/cities.json'));
console.log(`cities: ${cities} (population >= 100,000) -> data/gazetteers/cities.json`);

const { tokenizeForTraining } = await import(path.join(root, 'dist/training/tokenize.js'));
const { trainTagger } = await import(path.join(root, 'dist/ner/train.js'));
const { saveModel } = await import(path.join(root, 'dist/ner/model-io.js'));

if (!fs.existsSync(trainFile)) {
  console.error(`no training data at ${trainFile}`);
  process.exit(2);
}
const t0 = Date.now();
let lines = fs.readFileSync(trainFile, 'utf8').split('\n').filter((l) => l.trim());
if (limit) lines = lines.slice(0, limit);
const docs = lines.map((line) => {
  const d = JSON.parse(line);
  return { sentences: tokenizeForTraining(d.text), entities: d.entities.map((e) => ({ start: e.start, end: e.end, type: e.type })) };
});
console.log(`tokenized ${docs.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const extra = [];
if (gum) {
  const gumFile = path.resolve(root, '../shared/train/gum/train.jsonl');
  if (!fs.existsSync(gumFile)) {
    console.error(`no GUM training data at ${gumFile}`);
    process.exit(2);
  }
  const { gumTrainingDocs } = await import(path.join(root, 'dist/training/gum.js'));
  const gumDocs = fs.readFileSync(gumFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  extra.push(...gumTrainingDocs(gumDocs, { genres: GUM_GENRES }));
  console.log(`+ ${extra.length} GUM documents (${extra.reduce((n, d) => n + d.sentences.length, 0)} sentences kept)`);
}
const t1 = Date.now();
const model = trainTagger([...docs, ...extra], { epochs, seed: 1, features, log: (m) => console.log(m) });
console.log(`trained in ${((Date.now() - t1) / 1000).toFixed(1)} s; ${model.size} features kept`);
fs.mkdirSync(path.dirname(outFile), { recursive: true });
const trainedOn = gum ? `CoNLL-2003 eng.train + GUM train (${GUM_GENRES ? GUM_GENRES.join(', ') : 'all genres'}; names derived by src/ner/gum.ts)` : 'CoNLL-2003 eng.train';
saveModel(outFile, model, { trainedOn, epochs, documents: docs.length + extra.length, features });
console.log(`wrote ${path.relative(root, outFile)} (${(fs.statSync(outFile).size / 1e6).toFixed(2)} MB)`);
