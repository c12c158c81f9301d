/**
 * The start-up snapshot (src/cli/launch.ts, scripts/build-snapshot.mjs): when it may be used, and that
 * newsmark started from it behaves exactly like newsmark started without it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { registerAnnotate } from '../../src/cli/commands/annotate.js';
import { processIO } from '../../src/cli/io.js';
import { looksLikeBatch, SNAPSHOT_BLOB, SNAPSHOT_MANIFEST, snapshotDir, snapshotProblem } from '../../src/cli/launch.js';
import { VALUE_OPTIONS } from '../../src/cli/argv.js';
import { bin, root } from '../support/cli.js';

describe('snapshotProblem: when the snapshot may be used', () => {
  const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-snapshot-'));
  afterAll(() => fs.rmSync(fake, { recursive: true, force: true }));
  const past = new Date(Date.now() - 60_000);
  const manifest = (over: Record<string, string> = {}) =>
    fs.writeFileSync(path.join(snapshotDir(fake), SNAPSHOT_MANIFEST), JSON.stringify({ node: process.version, arch: process.arch, platform: process.platform, root: fake, ...over }));
  const setUp = () => {
    fs.rmSync(fake, { recursive: true, force: true });
    fs.mkdirSync(snapshotDir(fake), { recursive: true });
    fs.mkdirSync(path.join(fake, 'models'));
    fs.writeFileSync(path.join(fake, 'dist/index.js'), '');
    fs.writeFileSync(path.join(fake, 'models/ner.bin'), '');
    for (const f of ['dist/index.js', 'models/ner.bin']) fs.utimesSync(path.join(fake, f), past, past);
    fs.writeFileSync(path.join(snapshotDir(fake), SNAPSHOT_BLOB), '');
    manifest();
  };

  it('is usable when built here, for this Node.js, after its inputs', () => {
    setUp();
    expect(snapshotProblem(fake, {}, [])).toBeUndefined();
  });
  it('is not when turned off, missing, or built for another Node.js or folder', () => {
    setUp();
    expect(snapshotProblem(fake, { NEWSMARK_SNAPSHOT: '0' })).toMatch(/turned off/);
    // V8 flags would make the blob unloadable, and node's own flags would not reach the child
    expect(snapshotProblem(fake, { NODE_OPTIONS: '--max-old-space-size=4096' })).toBe('NODE_OPTIONS is set');
    expect(snapshotProblem(fake, {}, ['--max-old-space-size=4096'])).toBe('node was started with --max-old-space-size=4096');
    expect(snapshotProblem(fake, { NODE_OPTIONS: ' ' }, [])).toBeUndefined();
    manifest({ node: 'v18.0.0' });
    expect(snapshotProblem(fake, {}, [])).toMatch(/built for Node.js v18.0.0/);
    manifest({ root: '/somewhere/else' });
    expect(snapshotProblem(fake, {}, [])).toMatch(/built in \/somewhere\/else/);
    fs.rmSync(path.join(snapshotDir(fake), SNAPSHOT_BLOB));
    expect(snapshotProblem(fake, {}, [])).toBe('not built');
  });
  it('is stale when code, a model or data changed after it was built', () => {
    for (const changed of ['dist/index.js', 'models/ner.bin']) {
      setUp();
      const future = new Date(Date.now() + 60_000);
      fs.utimesSync(path.join(fake, changed), future, future);
      expect(snapshotProblem(fake, {}, [])).toBe(`older than ${changed}`);
    }
  });
  it('ignores type declarations and source maps', () => {
    setUp();
    const future = new Date(Date.now() + 60_000);
    fs.writeFileSync(path.join(fake, 'dist/index.d.ts'), '');
    fs.utimesSync(path.join(fake, 'dist/index.d.ts'), future, future);
    expect(snapshotProblem(fake, {}, [])).toBeUndefined();
  });
});

describe('looksLikeBatch: batches start plainly (no second process, no unused heap)', () => {
  const single: string[][] = [
    [],
    ['fixtures/blinken-beijing.txt'],
    ['-f', 'json', 'fixtures/blinken-beijing.txt'],
    ['--format=pretty', '-'],
    ['annotate', '--explain', 'fixtures/blinken-beijing.txt'],
    ['-c', 'my.yaml', '-j', '2', 'fixtures/ohio-measles-outbreak.txt'],
    ['eval', '--task', 'quotes', 'gold.jsonl'],
    ['check', 'fixtures'],
    ['schema'],
    ['--input-format', 'text'],
  ];
  const batch: string[][] = [
    ['fixtures/blinken-beijing.txt', 'fixtures/ohio-measles-outbreak.txt'],
    ['fixtures'],
    ['fixtures/*.txt'],
    ['archive.jsonl'],
    ['-f', 'jsonl', 'archive.jsonl.gz'],
    ['--input-format', 'jsonl'],
    ['--input-format=jsonl'],
    ['-o', 'out', 'fixtures/blinken-beijing.txt'],
    ['--resume', 'done.jsonl', 'archive.txt'],
    ['annotate', 'fixtures/edge'],
    ['--', 'a.txt', 'b.txt'],
  ];
  it('knows every annotate option that takes a value (else a value would read as an input path)', () => {
    const program = new Command();
    registerAnnotate(program, processIO(), () => {});
    const annotate = program.commands.find((c) => c.name() === 'annotate')!;
    const taking = annotate.options.filter((o) => o.required).flatMap((o) => [o.short, o.long].filter((n): n is string => !!n));
    expect(new Set(taking)).toEqual(VALUE_OPTIONS);
    // An optional value is read only by --resume, which makes any run a batch anyway.
    expect(annotate.options.filter((o) => o.optional).map((o) => o.long)).toEqual(['--resume']);
  });
  it.each(single)('single article: %j', (...args) => expect(looksLikeBatch(args, root)).toBe(false));
  it.each(batch)('batch: %j', (...args) => expect(looksLikeBatch(args, root)).toBe(true));
});

// `npm test` builds the snapshot right before the tests run. Compiling without it (`tsc` alone)
// leaves it stale: then these are skipped, except on CI, where a missing snapshot is a failure.
const problem = snapshotProblem(root, {}, []);
const onCi = !!process.env.CI;

describe('newsmark started from the snapshot', () => {
  it.runIf(onCi)('was built by the build (CI)', () => {
    expect(problem).toBeUndefined();
  });

  const run = (args: string[], env: NodeJS.ProcessEnv, input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NEWSMARK_DEBUG_SNAPSHOT: '1', ...env } });
  const both = (args: string[], input?: string) => {
    const snap = run(args, {}, input);
    const plain = run(args, { NEWSMARK_SNAPSHOT: '0' }, input);
    expect(snap.stderr).toMatch(/^newsmark: snapshot used\n/);
    expect(plain.stderr).toMatch(/^newsmark: snapshot turned off/);
    const rest = (s: string) => s.split('\n').slice(1).join('\n');
    return { snap: { code: snap.status, stdout: snap.stdout, stderr: rest(snap.stderr) }, plain: { code: plain.status, stdout: plain.stdout, stderr: rest(plain.stderr) } };
  };

  it.skipIf(problem)('writes the same YAML, JSON and pretty output as a plain start', () => {
    for (const args of [['fixtures/blinken-beijing.txt'], ['-f', 'json', 'fixtures/rotterdam-port-strike.txt'], ['-f', 'pretty', 'fixtures/ohio-measles-outbreak.txt'], ['--explain', '-f', 'jsonl', 'fixtures/edge/crlf.txt'], ['-f', 'json', 'tests/batch/fixtures/site/news/harbour.html']]) {
      const { snap, plain } = both(args);
      expect(snap.code).toBe(0);
      expect(snap).toEqual(plain);
    }
  }, 60_000);

  it.skipIf(problem)('reads stdin and fails the same way; a batch starts plainly', () => {
    const text = fs.readFileSync(path.join(root, 'fixtures/ohio-measles-outbreak.txt'), 'utf8');
    const stdin = both(['-f', 'json'], text);
    expect(stdin.snap.code).toBe(0);
    expect(stdin.snap).toEqual(stdin.plain);
    const batch = run(['-f', 'jsonl', '-j', '2', '-q', 'fixtures/blinken-beijing.txt', 'fixtures/edge/empty.txt'], {});
    expect(batch.stderr.split('\n')[0]).toBe('newsmark: snapshot not used for a batch');
    expect(batch.status).toBe(1);
    const bad = both(['fixtures/edge/empty.txt']);
    expect(bad.snap.code).toBe(2);
    expect(bad.snap).toEqual(bad.plain);
  }, 60_000);

  it.skipIf(problem)('starts plainly, honouring them, when V8 flags are given in NODE_OPTIONS', () => {
    const r = run(['-f', 'json', 'fixtures/rotterdam-port-strike.txt'], { NODE_OPTIONS: '--max-old-space-size=1000' });
    expect(r.stderr).toBe('newsmark: snapshot NODE_OPTIONS is set\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('fixtures/rotterdam-port-strike.txt');
  }, 30_000);
});
