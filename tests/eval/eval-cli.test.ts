/** `newsmark eval` through main() and the real bin: CoNLL and JSONL golds, JSON output, --errors, --limit, bad input. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runners } from '../check/support.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeAll(() => ensureBuilt(), 120_000);

const conll = [
  '-DOCSTART- -X- -X- O', '',
  ...['Prime I-MISC', 'Minister O', 'Justin I-PER', 'Trudeau I-PER', 'visited O', 'Paris I-LOC', 'on O', 'Monday O', '. O', ''],
  ...['He O', 'met O', 'officials O', 'of O', 'the O', 'World I-ORG', 'Bank I-ORG', '. O', ''],
  '-DOCSTART- -X- -X- O', '',
  ...['Angela I-PER', 'Merkel I-PER', 'spoke O', 'in O', 'Berlin I-LOC', '. O', ''],
].join('\n');
fs.writeFileSync(path.join(dir, 'gold.conll'), conll.replace(/Prime I-MISC/, 'Prime O'));

// The three-document gold of scorers.test.ts with hand-made predictions: P 2/3, R 4/7, F1 8/13.
const t = ['Alice Smith met Bob in Paris.', 'Acme Corp hired Carol from Berlin.', 'French officials visited Rome.'];
const at = (i: number, s: string, type?: string) => ({ start: t[i]!.indexOf(s), end: t[i]!.indexOf(s) + s.length, text: s, ...(type ? { type } : {}) });
fs.writeFileSync(path.join(dir, 'gold.jsonl'), [
  { id: 'd1', text: t[0], entities: [at(0, 'Alice Smith', 'PER'), at(0, 'Bob', 'PER'), at(0, 'Paris', 'LOC')] },
  { id: 'd2', text: t[1], entities: [at(1, 'Acme Corp', 'ORG'), at(1, 'Carol', 'PER'), at(1, 'Berlin', 'LOC')] },
  { id: 'd3', text: t[2], entities: [at(2, 'French', 'MISC'), at(2, 'Rome', 'LOC')] },
].map((d) => JSON.stringify(d)).join('\n'));
fs.writeFileSync(path.join(dir, 'pred.jsonl'), [
  { id: 'd1', people: [{ id: 'e1', name: 'Alice Smith', mentions: [at(0, 'Alice Smith')] }], places: [{ id: 'e2', name: 'Bob', mentions: [at(0, 'Bob')] }, { id: 'e3', name: 'Paris', mentions: [at(0, 'Paris')] }] },
  { id: 'd2', organizations: [{ id: 'e1', name: 'Acme', mentions: [at(1, 'Acme')] }], people: [{ id: 'e2', name: 'Carol', mentions: [at(1, 'Carol')] }] },
  { id: 'd3', places: [{ id: 'e1', name: 'French', mentions: [at(2, 'French')] }, { id: 'e2', name: 'Rome', mentions: [at(2, 'Rome')] }] },
].map((d) => JSON.stringify(d)).join('\n'));

fs.writeFileSync(path.join(dir, 'topics.jsonl'), JSON.stringify({ id: 't1', text: 'Shares fell.', label: 'business', iptc: 'medtop:04000000' }) + '\n');

describe.each(runners)('newsmark eval (%s)', (runner, run) => {
  // The bin costs a second a run: the usage errors run through it only in part.
  const throughBin = runner === 'bin';
  it('scores given predictions with the overall figures at the top of the JSON', async () => {
    const r = await run(['eval', '--task', 'ner', 'gold.jsonl', '--predictions', 'pred.jsonl', '-f', 'json', '--errors', 'errors.jsonl'], dir);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ task: 'ner', documents: 3, precision: 66.67, recall: 57.14, f1: 61.54 });
    expect(out.perType.PER).toMatchObject({ gold: 3, predicted: 2, correct: 2 });
    expect(out.worst[0]).toMatchObject({ id: 'd2' });
    const errors = fs.readFileSync(path.join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatchObject({ doc: 'd1', kind: 'false positive', type: 'LOC', text: 'Bob', note: 'wrong type: gold PER' });
    expect(errors[0].context).toContain('⟦Bob⟧');
  });

  it('annotates a CoNLL file and prints per-type scores, worst documents and a summary line', async () => {
    const r = await run(['eval', '--task', 'ner', 'gold.conll', '--errors', 'errors.txt'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ner on gold\.conll: 2 documents\n/);
    expect(r.stdout).toMatch(/\n  PER  P [\d.]+  R [\d.]+  F1 [\d.]+ +\(gold 2,/);
    expect(r.stdout).toMatch(/\nner F1 [\d.]+ P [\d.]+ R [\d.]+\n$/);
    expect(r.stderr).toBe(''); // not a TTY: no progress bar
    expect(fs.existsSync(path.join(dir, 'errors.txt'))).toBe(true);
  });

  it.skipIf(throughBin)('--limit scores the first documents only', async () => {
    const r = await run(['eval', '--task', 'ner', 'gold.jsonl', '--predictions', 'pred.jsonl', '--limit', '1', '-f', 'json'], dir);
    expect(JSON.parse(r.stdout)).toMatchObject({ documents: 1, precision: 66.67, recall: 66.67 });
  });

  it.each([
    [['eval', 'gold.jsonl'], /required option '-t, --task <task>' not specified/],
    [['eval', '--task', 'ner', 'nope.jsonl'], /nope\.jsonl: no such file/],
    [['eval', '--task', 'quotes', 'gold.jsonl'], /gold\.jsonl:1: no "quotes" field, which --task quotes scores/],
    [['eval', '--task', 'quotes', 'gold.conll'], /CoNLL column files hold named entities only/],
    [['eval', '--task', 'topics', 'topics.jsonl', '--taxonomy', 'none.json'], /^newsmark: none\.json: no such file\n$/],
  ])('exits 2 on %j', async (argv, message) => {
    if (throughBin && argv.length > 2 && !argv.includes('topics')) return;
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
