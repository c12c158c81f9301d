#!/usr/bin/env node
// Hand-made gold: fixtures/NAME.gold.yaml is what a person writes; NAME.gold.json is the same data for
// ../shared/tools/score.mjs seed. This checks every span of the YAML against NAME.txt
// (text.slice(start, end) must equal the span's text) and writes the JSON beside it.
//   node scripts/gold-json.mjs [--check] [fixtures/NAME.gold.yaml ...]   (default: every fixtures/*.gold.yaml)
// --check writes nothing and exits 1 when a span is wrong or a JSON file is missing or stale.
// To find offsets while writing gold: node scripts/gold-json.mjs --find fixtures/NAME.txt 'Van Dijk'
// prints every occurrence as [start, end, text].
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (args[0] === '--find') {
  const text = fs.readFileSync(args[1], 'utf8');
  for (const needle of args.slice(2)) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) console.log(JSON.stringify([at, at + needle.length, needle]));
  }
  process.exit(0);
}

const check = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--'));
const golds = files.length ? files : fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.gold.yaml')).map((f) => path.join(root, 'fixtures', f));

/** Every span in a gold file: entity mentions as [start, end, text], quotes (and their speaker/cue spans, when given) as objects. */
function* spansOf(gold) {
  for (const key of Object.keys(gold)) {
    if (!/^(optional_)?(people|places|organizations)$/.test(key)) continue;
    for (const entity of gold[key] ?? []) for (const m of entity.mentions ?? []) yield { where: `${key}: ${entity.name}`, span: Array.isArray(m) ? { start: m[0], end: m[1], text: m[2] } : m };
  }
  for (const q of gold.quotes ?? []) {
    yield { where: 'quotes', span: q };
    for (const part of ['speaker_span', 'cue']) if (q[part] && typeof q[part] === 'object') yield { where: `quotes ${part}`, span: q[part] };
  }
}

let failed = 0;
for (const file of golds) {
  const gold = YAML.parse(fs.readFileSync(file, 'utf8'));
  const textFile = path.join(path.dirname(file), gold.article ?? path.basename(file).replace(/\.gold\.yaml$/, '.txt'));
  const text = fs.readFileSync(textFile, 'utf8');
  const problems = [];
  for (const { where, span } of spansOf(gold)) {
    const got = text.slice(span.start, span.end);
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || got !== span.text) problems.push(`${where}: [${span.start}, ${span.end}] is ${JSON.stringify(got)}, not ${JSON.stringify(span.text)}`);
  }
  const json = JSON.stringify(gold, null, 1) + '\n';
  const jsonFile = file.replace(/\.yaml$/, '.json');
  const rel = path.relative(process.cwd(), file);
  if (problems.length) {
    failed++;
    console.error(`${rel}: ${problems.length} wrong span${problems.length > 1 ? 's' : ''}\n  ${problems.join('\n  ')}`);
    continue;
  }
  if (check) {
    const current = fs.existsSync(jsonFile) ? fs.readFileSync(jsonFile, 'utf8') : '';
    if (JSON.stringify(JSON.parse(current || 'null')) !== JSON.stringify(gold)) {
      failed++;
      console.error(`${rel}: ${path.basename(jsonFile)} is missing or differs; run node scripts/gold-json.mjs ${rel}`);
    }
  } else {
    fs.writeFileSync(jsonFile, json);
    console.log(`${rel}: spans checked, wrote ${path.basename(jsonFile)}`);
  }
}
process.exit(failed ? 1 : 0);
