#!/usr/bin/env node
// `npm run eval`: annotate every shared dev set that is present, score it, print the scores, and
// rewrite docs/ACCURACY.md with one table, the commit, the date and the command.
// Usage: node scripts/eval-all.mjs [--limit N]   (run `npm run build` first; npm run eval does)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../dist/eval/run.js';
import { summaryLine } from '../dist/eval/report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(root, '../shared/eval');
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : undefined;
const f = (x) => (x === undefined ? '—' : x.toFixed(1));

const SETS = [
  {
    name: 'CoNLL-2003 dev (Reuters, 1996)', folder: 'conll2003', task: 'ner', measure: 'name F1 (PER/LOC/ORG, exact span and type)',
    detail: (s, d) => `P ${f(s.precision)}, R ${f(s.recall)}; F1 PER ${f(d.perType.PER.f1)}, LOC ${f(d.perType.LOC.f1)}, ORG ${f(d.perType.ORG.f1)}`,
  },
  {
    name: 'GUM news (Wikinews)', folder: 'gum-news', task: 'coref', measure: 'coreference link F1 among named mentions',
    detail: (s, d) => `P ${f(s.precision)}, R ${f(s.recall)}; named mentions found ${f(d.mentionRecall)}% (PER ${f(d.mentionRecallByType.PER?.recall)}, LOC ${f(d.mentionRecallByType.LOC?.recall)}, ORG ${f(d.mentionRecallByType.ORG?.recall)})`,
  },
  {
    name: 'PolNeAR dev (2016 US election news)', folder: 'polnear', task: 'quotes', measure: 'direct quote F1 (overlap ≥ 50%)',
    detail: (s, d) => `P ${f(s.precision)}, R ${f(s.recall)}; exact-span F1 ${f(d.exact.f1)}; speaker accuracy ${f(d.speakerAccuracy)}%; quote+speaker F1 ${f(d.endToEnd.f1)}`,
  },
  {
    name: 'DUC-2001 dev (AP, WSJ, LA Times, FT…)', folder: 'duc2001', task: 'keyphrases', measure: 'keyphrase F1@10 (Porter-stemmed exact match)',
    detail: (s, d) => `F1@5 ${f(d.at5.f1)}; @10 P ${f(s.precision)}, R ${f(s.recall)}`,
  },
  {
    name: 'BBC News dev (2004–2005)', folder: 'bbc-news', task: 'topics', measure: 'top-level IPTC topic accuracy',
    detail: (s, d) => `gold among the top 3: ${f(d.top3)}%; no issue found: ${d.noIssue}`,
  },
];

const rows = [];
for (const set of SETS) {
  const gold = path.join(evalDir, set.folder, 'dev.jsonl');
  if (!fs.existsSync(gold)) {
    console.error(`skipped ${set.folder}: ${gold} not found`);
    continue;
  }
  const started = Date.now();
  let last = 0;
  const { score } = evaluate({
    task: set.task,
    gold,
    limit,
    onProgress: (done, total) => {
      if (process.stderr.isTTY && Date.now() - last > 500) {
        last = Date.now();
        process.stderr.write(`\r${set.folder}: ${done}/${total}`);
      }
    },
  });
  const seconds = (Date.now() - started) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log(`${set.folder.padEnd(10)} ${summaryLine(score)}   (${score.documents} documents, ${seconds.toFixed(0)} s)`);
  rows.push({ set, score, seconds });
}

if (!rows.length) {
  console.error(`no dev sets found under ${evalDir}; docs/ACCURACY.md left as it is`);
  process.exit(0);
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src', 'data', 'models') ? ' (with uncommitted changes to src/, data/ or models/)' : '';
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const command = `npm run eval${limit ? ` -- --limit ${limit}` : ''}`;

const table = [
  '| data set | task | documents | measure | score | detail |',
  '| --- | --- | ---: | --- | ---: | --- |',
  ...rows.map(({ set, score }) => `| ${set.name} | \`${set.task}\` | ${score.documents} | ${set.measure} | **${f(score.headline.value)}** | ${set.detail(score, score.detail)} |`),
];
const doc = `# Accuracy

Measured on the development splits in \`../shared/eval\` (see its README for sources and licences;
the data is not part of this project). Definitions: [EVALUATION.md](EVALUATION.md). This file is
written by \`npm run eval\`; do not edit it by hand.

${table.join('\n')}

- Commit: \`${commit}\`${dirty}
- Date: ${date}
- Command: \`${command}\`${limit ? ` (first ${limit} documents of each set only)` : ''}
- Time: ${rows.map(({ set, seconds }) => `${set.folder} ${seconds.toFixed(0)} s`).join(', ')} (annotation and scoring, one process)

These are development scores: the annotator was tuned while looking at these splits, so expect
held-out data (the test splits, your own articles) to score somewhat lower. To see what goes wrong,
run one set with \`--errors\`, e.g.
\`newsmark eval --task ner ../shared/eval/conll2003/dev.jsonl --errors ner-errors.txt\`.
`;
fs.writeFileSync(path.join(root, 'docs/ACCURACY.md'), doc);
console.log(`wrote docs/ACCURACY.md (commit ${commit})`);
