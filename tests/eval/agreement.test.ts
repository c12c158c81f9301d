/**
 * Our scorers agree with ../shared/tools/score.mjs, the reference, to 0.1 on the shared dev sets:
 * once on newsmark's own predictions for the first documents of each set, and once on predictions
 * made by damaging the gold at random (wrong types, shifted spans, wrong speakers, split clusters,
 * shuffled keyphrases, random topics) so every branch of each definition is exercised whatever the
 * annotator can do today. Skipped when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGold, type GoldDoc, type Task } from '../../src/eval/gold.js';
import type { Prediction } from '../../src/eval/prediction.js';
import { annotateGold, scoreTask } from '../../src/eval/run.js';
import { readTaxonomy } from '../../src/eval/taxonomy.js';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const scoreMjs = path.join(shared, 'tools/score.mjs');
const taxonomyFile = path.join(shared, 'eval/iptc-mediatopics/mediatopics.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-agreement-'));
afterAll(() => { if (!process.env.KEEP_AGREEMENT) fs.rmSync(tmp, { recursive: true, force: true }); });

const SETS: { task: Task; folder: string; docs: number }[] = [
  { task: 'ner', folder: 'conll2003', docs: 12 },
  { task: 'coref', folder: 'gum-news', docs: 5 },
  { task: 'quotes', folder: 'polnear', docs: 6 },
  { task: 'keyphrases', folder: 'duc2001', docs: 10 },
  { task: 'topics', folder: 'bbc-news', docs: 10 },
];

/** The numbers on score.mjs's last line, by name ("ner F1 90.6 P 90.2 R 91.0" → {F1: 90.6, …}). */
function reference(task: Task, gold: GoldDoc[], predictions: Prediction[], name: string): Record<string, number> {
  const goldFile = path.join(tmp, `${name}.gold.jsonl`);
  const predFile = path.join(tmp, `${name}.pred.jsonl`);
  fs.writeFileSync(goldFile, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  fs.writeFileSync(predFile, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [scoreMjs, task, goldFile, predFile], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const last = run.stdout.trim().split('\n').at(-1)!;
  const tokens = last.split(/\s+/).slice(1);
  const out: Record<string, number> = {};
  for (let i = 0; i + 1 < tokens.length; i += 2) out[tokens[i]!] = Number(tokens[i + 1]);
  return out;
}

/** Our figures under score.mjs's names. */
function ours(task: Task, gold: GoldDoc[], predictions: Prediction[]): Record<string, number> {
  const taxonomy = task === 'topics' ? readTaxonomy(taxonomyFile) : undefined;
  const s = scoreTask(task, gold.map((g, i) => [g, predictions[i]!]), taxonomy);
  const d = s.detail as any;
  switch (task) {
    case 'ner':
      return { F1: s.f1!, P: s.precision!, R: s.recall! };
    case 'quotes':
      return { F1: s.f1!, exactF1: d.exact.f1, speakerAcc: d.speakerAccuracy, endToEndF1: d.endToEnd.f1 };
    case 'coref':
      return { linkF1: s.f1!, mentionRecall: d.mentionRecall };
    case 'keyphrases':
      return { 'F1@5': d.at5.f1, 'F1@10': d.at10.f1 };
    case 'topics':
      return { accuracy: s.accuracy!, top3: d.top3 };
  }
}

function expectAgreement(task: Task, gold: GoldDoc[], predictions: Prediction[], name: string) {
  const ref = reference(task, gold, predictions, name);
  const mine = ours(task, gold, predictions);
  expect(Object.keys(ref).sort()).toEqual(Object.keys(mine).sort());
  for (const [k, v] of Object.entries(ref)) expect(Math.abs(mine[k]! - v), `${task} ${k}: ours ${mine[k]}, score.mjs ${v}`).toBeLessThanOrEqual(0.1);
}

/** A small deterministic random source, so a failure reproduces. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return { next, pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!, chance: (p: number) => next() < p };
}

function damage(task: Task, gold: GoldDoc[], taxonomyCodes: string[]): Prediction[] {
  const r = random(7);
  return gold.map((g): Prediction => {
    const n = g.text.length;
    switch (task) {
      case 'ner':
      case 'coref': {
        const fields = { PER: 'people', LOC: 'places', ORG: 'organizations', MISC: 'places' } as const;
        const out: Record<string, { id: string; name: string; mentions: { start: number; end: number }[] }[]> = { people: [], places: [], organizations: [] };
        for (const [i, e] of (g.entities ?? []).entries()) {
          if (r.chance(0.15)) continue;
          const type = r.chance(0.1) ? r.pick(['PER', 'LOC', 'ORG'] as const) : (e.type as keyof typeof fields);
          const shift = r.chance(0.15) ? 1 : 0;
          const start = Math.min(e.start + shift, e.end - 1);
          // Coreference: mostly one entity per gold cluster, sometimes split off or merged into another.
          const id = task === 'coref' ? (r.chance(0.15) ? `x${i}` : r.chance(0.1) ? 'merged' : `c${e.cluster}`) : `n${i}`;
          const list = out[fields[type] ?? 'places']!;
          const entity = list.find((x) => x.id === id) ?? (list.push({ id, name: e.text ?? '', mentions: [] }), list.at(-1)!);
          entity.mentions.push({ start, end: e.end });
        }
        const spurious = Math.floor(n * r.next() * 0.8);
        out.places!.push({ id: 'spurious', name: 'x', mentions: [{ start: spurious, end: Math.min(n, spurious + 5) }] });
        return { id: g.id, ...out };
      }
      case 'quotes': {
        const quotes: Prediction['quotes'] = [];
        for (const q of g.quotes ?? []) {
          if (r.chance(0.15)) continue;
          const grow = r.chance(0.3) ? 1 : 0;
          const cut = r.chance(0.2) ? Math.floor((q.end - q.start) / 3) : 0;
          const speaker = !q.speaker || r.chance(0.2) ? null : r.chance(0.4) ? { name: q.speaker.text ?? '', start: q.speaker.start, end: q.speaker.end } : { name: r.chance(0.7) ? (q.speaker.text ?? '') : 'Somebody Else' };
          quotes.push({ start: Math.max(0, q.start - grow), end: q.end + grow - cut, kind: q.kind, speaker });
        }
        quotes.push({ start: 0, end: Math.min(n, 40), kind: 'full', speaker: null });
        quotes.push({ kind: 'indirect', speaker: { name: 'he' } });
        return { id: g.id, quotes };
      }
      case 'keyphrases': {
        const words = g.text.toLowerCase().match(/[a-z]+/g) ?? [];
        const phrases = [...(g.keyphrases ?? []).filter(() => r.chance(0.6)).map((k) => (r.chance(0.3) ? k.toUpperCase() + 's' : k)), ...Array.from({ length: 8 }, () => `${r.pick(words)} ${r.pick(words)}`), r.pick(words)];
        for (let i = phrases.length - 1; i > 0; i--) {
          const j = Math.floor(r.next() * (i + 1));
          [phrases[i], phrases[j]] = [phrases[j]!, phrases[i]!];
        }
        return { id: g.id, keyphrases: phrases.map((text, i) => (i % 2 ? text : { text, score: 1 - i / 20 })) };
      }
      case 'topics': {
        if (r.chance(0.1)) return { id: g.id, issues: [] };
        const issues = Array.from({ length: 1 + Math.floor(r.next() * 4) }, () => ({ label: 'x', iptc: r.chance(0.3) ? g.iptc! : r.pick(taxonomyCodes), score: Math.round(r.next() * 4) / 4, evidence: [] }));
        return { id: g.id, issues };
      }
    }
  });
}

describe.skipIf(!fs.existsSync(scoreMjs))('agreement with score.mjs', () => {
  const codes = fs.existsSync(taxonomyFile) ? [...readTaxonomy(taxonomyFile).parent.keys()] : [];
  const available = SETS.filter((s) => fs.existsSync(path.join(shared, 'eval', s.folder, 'dev.jsonl')));

  it.each(available)('$task on $folder: newsmark predictions for the first $docs documents', ({ task, folder, docs }) => {
    const gold = readGold(path.join(shared, 'eval', folder, 'dev.jsonl'), task, { limit: docs });
    expectAgreement(task, gold, annotateGold(gold), `${task}-newsmark`);
  });

  it.each(available)('$task on $folder: damaged gold as predictions', ({ task, folder }) => {
    const gold = readGold(path.join(shared, 'eval', folder, 'dev.jsonl'), task, { limit: 60 });
    expectAgreement(task, gold, damage(task, gold, codes), `${task}-damaged`);
  });
});
