import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli.js';
import { inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { orderedMap } from '../../src/batch/ordered.js';
import { writeFileAtomic } from '../../src/batch/atomic-write.js';
import { idsInJsonl } from '../../src/batch/resume.js';
import { idsOf, jsonlOf, listFiles, smallArticle, tempDir } from './helpers.js';

// In-process through main() with --jobs 1: the same command code without starting threads, so fast.
let dir: string;
const COUNT = 10;
beforeAll(() => {
  dir = tempDir();
  fs.writeFileSync(path.join(dir, 'corpus.jsonl'), jsonlOf(COUNT));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--shard K/N', () => {
  it.each([['1/1'], ['2/3'], ['3/3']])('accepts %s', (s) => expect(() => parseShard(s)).not.toThrow());
  it.each([['0/3'], ['4/3'], ['1/0'], ['a/b'], ['2']])('refuses %s', (s) => expect(() => parseShard(s)).toThrow(/--shard must be K\/N/));

  it('every id lands in exactly one shard, spread over all of them', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `doc-${i}`);
    const counts = [0, 0, 0];
    for (const id of ids) {
      const owners = [1, 2, 3].filter((k) => inShard(id, { index: k, count: 3 }));
      expect(owners).toEqual([shardOf(id, 3)]);
      counts[owners[0]! - 1]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });

  it('the shards of a run are disjoint and together equal the whole run', async () => {
    const file = path.join(dir, 'corpus.jsonl');
    const whole = await runInProcess(['-f', 'jsonl', '-j', '1', file]);
    const parts = await Promise.all([1, 2, 3].map((k) => runInProcess(['-f', 'jsonl', '-j', '1', '--shard', `${k}/3`, file])));
    for (const p of parts) expect(p.code).toBe(0);
    const ids = parts.flatMap((p) => idsOf(p.stdout));
    expect(new Set(ids).size).toBe(ids.length);
    expect(parts.flatMap((p) => p.stdout.split('\n').filter(Boolean)).sort()).toEqual(whole.stdout.split('\n').filter(Boolean).sort());
  });
});

describe('--resume FILE for a JSONL stream', () => {
  it('skips ids already in the output; a cut-off last line is redone', async () => {
    const first = await runInProcess(['-f', 'jsonl', '-j', '1', path.join(dir, 'corpus.jsonl')]);
    const lines = first.stdout.split('\n').filter(Boolean);
    const partial = path.join(dir, 'partial.jsonl');
    fs.writeFileSync(partial, lines.slice(0, 4).join('\n') + '\n' + lines[4]!.slice(0, 50));
    expect([...(await idsInJsonl(partial))]).toEqual(['art-0', 'art-1', 'art-2', 'art-3']);
    const rest = await runInProcess(['-f', 'jsonl', '-j', '1', '--resume', partial, '--summary', path.join(dir, 'corpus.jsonl')]);
    expect(rest.code).toBe(0);
    expect(idsOf(rest.stdout)).toEqual(Array.from({ length: COUNT - 4 }, (_, i) => `art-${i + 4}`));
    expect(rest.stderr).toContain('4 skipped');
  });

  it('--resume without a file needs --out-dir', async () => {
    const r = await runInProcess(['-j', '1', '--resume', path.join(dir, 'corpus.jsonl')]);
    // commander reads the path as the FILE of --resume: then there is no input left but stdin
    expect([1, 2]).toContain(r.code);
    const bare = await runInProcess(['-j', '1', path.join(dir, 'corpus.jsonl'), '--resume']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--resume needs --out-dir/);
  });
});

describe('--resume with --out-dir', () => {
  it('takes the word after --resume as an input, not as a FILE', async () => {
    const out = path.join(dir, 'resume-word');
    const first = await runInProcess(['-j', '1', '-o', out, '--resume', path.join(dir, 'corpus.jsonl')]);
    expect(first.code).toBe(0);
    expect(listFiles(out)).toHaveLength(COUNT);
    const again = await runInProcess(['-j', '1', '-o', out, '--resume', path.join(dir, 'corpus.jsonl'), '--summary']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`${COUNT} skipped`);
  });
});

describe('exit codes and single articles', () => {
  it.each([
    ['all good', ['corpus.jsonl'], 0],
    ['some failed', ['corpus.jsonl', 'missing.txt'], 1],
    ['nothing processed', ['missing.txt'], 2],
  ])('%s → %i', async (_, files, code) => {
    const r = await runInProcess(['-f', 'jsonl', '-j', '1', ...files.map((f) => path.join(dir, f))]);
    expect(r.code).toBe(code);
  });

  it('one article from stdin is annotated in this process and printed as one YAML document', async () => {
    const r = await runInProcess([], smallArticle(3));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id: "-"\n/);
    expect(r.stdout).not.toContain('\n---\n');
  });

  it('--out-dir with JSONL from stdin names files by id', async () => {
    const out = path.join(dir, 'stdin-out');
    const r = await runInProcess(['--input-format', 'jsonl', '-f', 'json', '-j', '1', '-o', out], jsonlOf(2));
    expect(r.code).toBe(0);
    expect(listFiles(out)).toEqual(['art-0.json', 'art-1.json']);
  });
});

describe('building blocks', () => {
  it('orderedMap keeps input order whatever the finishing order, with bounded work in flight', async () => {
    let inFlight = 0;
    let most = 0;
    async function* numbers() {
      for (let i = 0; i < 20; i++) yield i;
    }
    const out: number[] = [];
    for await (const n of orderedMap(numbers(), 3, async (i) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, (20 - i) % 4));
      inFlight--;
      return i * 2;
    }))
      out.push(n);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(3);
  });

  it('atomic writes leave the target and no temporary file', async () => {
    const target = path.join(dir, 'atomic/deep/x.yaml');
    await writeFileAtomic(target, 'a: 1\n');
    await writeFileAtomic(target, 'a: 2\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('a: 2\n');
    expect(listFiles(path.join(dir, 'atomic'))).toEqual(['deep/x.yaml']);
  });
});

describe('progress and summary', () => {
  it.each([
    [3.21, '3.2 s'],
    [42, '42 s'],
    [125, '2 min 5 s'],
    [7260, '2 h 1 min'],
  ])('formats %d seconds as %s', async (seconds, text) => {
    const { formatSeconds } = await import('../../src/batch/progress.js');
    expect(formatSeconds(seconds)).toBe(text);
  });

  it('the summary names articles, words, failures, skips and workers in one line', async () => {
    const { summaryLine } = await import('../../src/batch/progress.js');
    const line = summaryLine({ articles: 1200, words: 456789, failed: 3, skipped: 10, jobs: 2, startedAt: Date.now() - 4000 });
    expect(line).toMatch(/^newsmark: 1,200 articles \(456,789 words\) in 4\.\d s; 3\d\d articles\/s, 11\d,\d{3} words\/s; 3 failed; 10 skipped \(--resume\/--shard\); 2 workers\n$/);
  });

  it('no progress bar when stderr is not a terminal', async () => {
    const { createProgress } = await import('../../src/batch/progress.js');
    const written: string[] = [];
    const stderr = Object.assign(new (await import('node:stream')).Writable({ write: (c, _e, cb) => (written.push(String(c)), cb()) }), { isTTY: false });
    const progress = await createProgress(stderr, true, ['-'], dir);
    progress.update({ articles: 1, words: 5, failed: 0, skipped: 0, jobs: 1, startedAt: Date.now() });
    progress.stop();
    expect(written).toEqual([]);
  });
});
