import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { annotateCommand, type AnnotateCommandOptions } from '../../src/cli/run/annotate.js';
import { DEFAULT_MAX_BYTES } from '../../src/io/read-input.js';
import { hasParallel, idsOf, jsonlOf, killWhen, listFiles, runBin, runShell, smallArticle, tempDir } from './helpers.js';

// Through the real bin/newsmark.js (built by `npm test`); these spawn worker pools from dist/.
let dir: string;
let reference: string; // a single-process run of the 12 articles in corpus.jsonl
const COUNT = 12;

beforeAll(() => {
  dir = tempDir();
  fs.writeFileSync(path.join(dir, 'corpus.jsonl'), jsonlOf(COUNT));
  fs.mkdirSync(path.join(dir, 'in/sub'), { recursive: true });
  for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `in/sub/s${i}.txt`), smallArticle(i));
  fs.writeFileSync(path.join(dir, 'in/top.md'), smallArticle(7));
  fs.writeFileSync(path.join(dir, 'in/big.txt'), smallArticle(8).repeat(20));
  fs.writeFileSync(path.join(dir, 'in/binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41]));
  fs.writeFileSync(path.join(dir, 'in/broken.jsonl'), `{"id":"ok-1","text":${JSON.stringify(smallArticle(1))}}\n{"id":"bad",\n`);
  reference = runBin(['-f', 'jsonl', '-j', '1', 'corpus.jsonl'], { cwd: dir }).stdout;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `annotate` in this process with options main() cannot give (a worker module), streams captured. */
async function runAnnotate(paths: string[], options: Partial<AnnotateCommandOptions>): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (stream: PassThrough) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    return () => Buffer.concat(chunks).toString('utf8');
  };
  const [out, err] = [text(stdout), text(stderr)];
  const code = await annotateCommand(paths, { config: {}, maxBytes: DEFAULT_MAX_BYTES, ...options }, { stdout, stderr, stdin: Readable.from([]), env: {}, cwd: dir });
  return { code, stdout: out(), stderr: err() };
}

/** Worker threads copy the environment when they start: set the stuck id for the run only. */
async function withStuckWorker<T>(id: string, run: () => Promise<T>): Promise<T> {
  process.env.NEWSMARK_TEST_STUCK_ID = id;
  try {
    return await run();
  } finally {
    delete process.env.NEWSMARK_TEST_STUCK_ID;
  }
}

describe('batch runs through the bin', () => {
  it('the reference run annotates every article in input order', () => {
    expect(idsOf(reference)).toEqual(Array.from({ length: COUNT }, (_, i) => `art-${i}`));
  });

  it('a folder with --out-dir: mirrored names, atomic writes, every failure reported, logged and counted', () => {
    const r = runBin(['-o', 'out', '-f', 'json', '-j', '2', '--max-bytes', '2000', '--errors', 'errors.jsonl', '--summary', 'in'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['in/broken/ok-1.json', 'in/sub/s0.json', 'in/sub/s1.json', 'in/sub/s2.json', 'in/top.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/in/sub/s1.json'), 'utf8'))).toMatchObject({ id: 'in/sub/s1.txt' });
    const problems = r.stderr.split('\n').filter((l) => l.startsWith('newsmark: in/'));
    expect(problems).toEqual([
      expect.stringMatching(/^newsmark: in\/big\.txt: too large/),
      'newsmark: in/binary.txt: binary data, not text',
      expect.stringMatching(/^newsmark: in\/broken\.jsonl:2: invalid JSON/),
    ]);
    const logged = fs.readFileSync(path.join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(logged.map((e) => e.source)).toEqual(['in/big.txt', 'in/binary.txt', 'in/broken.jsonl:2']);
    expect(r.stderr).toMatch(/newsmark: 5 articles \([\d,]+ words\) in .*3 failed; 2 workers/);
  });

  // One pool run checks both: output order with two workers, and a stuck article's worker replaced.
  // In-process, with a test-only worker whose art-2 never ends (stuck-worker.mjs): the real one has no hook.
  it('two workers keep input order and match one process; --timeout stops only the stuck article', async () => {
    const r = await withStuckWorker('art-2', () => runAnnotate(['corpus.jsonl'], { format: 'jsonl', jobs: 2, timeout: 2500, workerFile: path.join(import.meta.dirname, 'stuck-worker.mjs') }));
    expect(r.code).toBe(1);
    // not a terminal: no progress bar and no summary, only the one failure
    expect(r.stderr).toBe('newsmark: corpus.jsonl:3: took longer than --timeout 2500 ms; stopped\n');
    expect(r.stdout).toBe(reference.split('\n').filter((l) => l && !l.includes('"id":"art-2"')).join('\n') + '\n');
  });

  it('an interrupted run leaves only complete files, and --resume finishes the rest', async () => {
    const out = path.join(dir, 'resumed');
    const files = () => listFiles(out).filter((f) => f.endsWith('.yaml'));
    await killWhen(['-o', 'resumed', '-j', '1', 'corpus.jsonl'], () => files().length >= 3, dir);
    const before = files();
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.length).toBeLessThan(COUNT);
    for (const f of before) expect(fs.readFileSync(path.join(out, f), 'utf8')).toMatch(/\n$/);
    fs.writeFileSync(path.join(out, 'corpus/.newsmark-999-0.tmp'), 'half a fi'); // as a killed run could leave
    const r = runBin(['-o', 'resumed', '-j', '1', '--resume', '--summary', 'corpus.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${before.length} skipped`);
    expect(listFiles(out)).toEqual(Array.from({ length: COUNT }, (_, i) => `corpus/art-${i}.yaml`).sort());
  });

  describe.skipIf(!hasParallel())('GNU parallel', () => {
    const cmd = `node ${JSON.stringify(path.resolve(import.meta.dirname, '../../bin/newsmark.js'))} --input-format jsonl -f jsonl -j 1`;
    it('parallel --pipe gives the same lines as one process (as a set)', () => {
      const r = runShell(`parallel --pipe -N 6 -j 2 ${cmd} < corpus.jsonl`, { cwd: dir });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(reference.split('\n').filter(Boolean).sort());
    });
    it('with --keep-order, exactly', () => {
      const r = runShell(`parallel --pipe --keep-order -N 6 -j 2 ${cmd} < corpus.jsonl`, { cwd: dir });
      expect({ code: r.code, stderr: r.stderr, ids: idsOf(r.stdout) }).toEqual({ code: 0, stderr: '', ids: idsOf(reference) });
      expect(r.stdout).toBe(reference);
    });
  });
});
