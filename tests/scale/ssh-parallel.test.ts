import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { archiveJsonl } from './archive.js';
import { sq, startSshHosts, type SshHosts } from './sshd.js';

// docs/SCALE.md's multi-host recipes run for real: two sshd servers on loopback ports stand for two
// machines (host1, host2), and GNU parallel's --sshlogin and `ssh host newsmark --shard K/N` go
// through them. The remote command finds newsmark by absolute paths (this node binary, this
// worktree's bin/newsmark.js): a remote ssh session has its own PATH. Needs bin's dist/ built
// (`npm test` builds it). Skips, saying why, without sshd, ssh or GNU parallel.

const root = path.resolve(import.meta.dirname, '../..');
const newsmark = `${sq(process.execPath)} ${sq(path.join(root, 'bin/newsmark.js'))}`;
const COUNT = 30;
const BAD_AFTER = 17; // a broken JSONL line goes after this many records

let hosts: SshHosts | undefined;
let skipped: string | undefined;
let work: string;
let reference: { code: number; stdout: string; stderr: string };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A shell command, asynchronously (so two can run at once), with the test's plain environment. */
function sh(command: string, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean);
const idOf = (line: string): string => (JSON.parse(line) as { id: string }).id;

function need(ctx: TestContext): SshHosts {
  if (!hosts) ctx.skip(`multi-host test skipped: ${skipped}`);
  return hosts!;
}

beforeAll(async () => {
  const started = await startSshHosts();
  if (typeof started === 'string') {
    skipped = started;
    console.warn(`tests/scale/ssh-parallel: skipped: ${started}`);
    return;
  }
  hosts = started;
  work = path.join(hosts.dir, 'work');
  fs.mkdirSync(work);
  const records = archiveJsonl(COUNT);
  // One broken line among the records: the recipe's claims about failures are checked too.
  records.splice(BAD_AFTER, 0, '{"id":"story-broken","text":');
  fs.writeFileSync(path.join(work, 'archive.jsonl'), records.join('\n') + '\n');
  // Each "machine" of the shard recipe has the archive on its own disk.
  for (const host of hosts.hosts) {
    fs.mkdirSync(path.join(hosts.dir, host));
    fs.copyFileSync(path.join(work, 'archive.jsonl'), path.join(hosts.dir, host, 'archive.jsonl'));
  }
  // The single-process run everything is compared with.
  const r = spawnSync(process.execPath, [path.join(root, 'bin/newsmark.js'), '-f', 'jsonl', '-j', '1', 'archive.jsonl'], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH }, maxBuffer: 1 << 26 });
  reference = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}, 120_000);

afterAll(() => hosts?.stop());

describe('docs/SCALE.md across two SSH hosts (loopback sshd)', () => {
  it('the single-process reference annotates every good line and reports the broken one', (ctx) => {
    need(ctx);
    expect(lines(reference.stdout).map(idOf)).toEqual(Array.from({ length: COUNT }, (_, i) => `story-${i}`));
    expect(reference.code).toBe(1);
    expect(reference.stderr).toMatch(new RegExp(`^newsmark: archive\\.jsonl:${BAD_AFTER + 1}: invalid JSON .*\\n$`));
  });

  it('parallel --pipe --sshlogin host1,host2,: --keep-order gives the single-process output line for line', async (ctx) => {
    const { sshCommand } = need(ctx);
    // docs/SCALE.md's recipe, with blocks small enough that every host gets some, and the test's
    // client config given to parallel's ssh.
    const r = await sh(
      `parallel --ssh ${sq(sshCommand)} --pipe -N 6 --sshlogin 1/host1,1/host2,: --keep-order --joblog jobs.log ` +
        `${newsmark} --input-format jsonl -f jsonl -j 1 < archive.jsonl > annotated.jsonl`,
      work,
    );
    const out = fs.readFileSync(path.join(work, 'annotated.jsonl'), 'utf8');
    expect(out).toBe(reference.stdout);
    // parallel's exit code is the number of failed jobs: the one block with the broken line exits 1,
    // and its message comes back over ssh, numbered by its line within the block (-: is stdin).
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^newsmark: -:${(BAD_AFTER % 6) + 1}: invalid JSON .*\\n$`));
    const log = lines(fs.readFileSync(path.join(work, 'jobs.log'), 'utf8'))
      .slice(1)
      .map((l) => l.split('\t'));
    expect(log).toHaveLength(Math.ceil((COUNT + 1) / 6));
    expect(new Set(log.map((cols) => cols[1]))).toEqual(new Set(['host1', 'host2', ':']));
    expect(log.map((cols) => cols[6]).sort()).toEqual([...Array(log.length - 1).fill('0'), '1']);
  });

  it('`ssh hostK newsmark --shard K/2` on each host: disjoint outputs whose merge is the single-process run', async (ctx) => {
    const { dir, sshCommand, hosts: names } = need(ctx);
    const shards = await Promise.all(
      names.map((host, k) => sh(`${sshCommand} ${host} ${sq(`cd ${sq(path.join(dir, host))} && ${newsmark} --shard ${k + 1}/2 -f jsonl -j 1 archive.jsonl`)}`, work)),
    );
    const want = lines(reference.stdout);
    const order = new Map(want.map((l, i) => [idOf(l), i]));
    for (const s of shards) {
      expect(lines(s.stdout).length).toBeGreaterThan(0);
      // each shard keeps input order
      const positions = lines(s.stdout).map((l) => order.get(idOf(l))!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    const merged = shards.flatMap((s) => lines(s.stdout)).sort((a, b) => order.get(idOf(a))! - order.get(idOf(b))!);
    expect(merged).toEqual(want);
    // The broken line has no id; exactly one shard reports it, with the same message as one process.
    const reports = shards.filter((s) => s.stderr !== '');
    expect(reports).toHaveLength(1);
    expect(reports[0]!.stderr).toBe(reference.stderr);
    expect(shards.map((s) => s.code).sort()).toEqual([0, 1]);
  });
});
