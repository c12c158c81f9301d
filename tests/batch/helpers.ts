import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/newsmark.js');

const names = ['Maria Lopez', 'Daniel Okafor', 'Grace Chen', 'Tomas Brenner', 'Amina Haddad', 'Oliver Grant'];
const places = ['Springfield', 'Valdera', 'Lyon', 'Nairobi', 'Osaka', 'Porto'];

/** A short, varied news article: cheap to annotate, so batch tests stay fast. */
export function smallArticle(i: number): string {
  const who = names[i % names.length]!;
  const where = places[(i * 5) % places.length]!;
  return `Council approves plan number ${i}\n\n${who}, the mayor of ${where}, said on Monday that the city would spend ${i + 2} million dollars on a new bridge.\n\n"We have waited long enough," ${who.split(' ')[1]} said.`;
}

export const jsonlOf = (count: number, offset = 0): string =>
  Array.from({ length: count }, (_, i) => JSON.stringify({ id: `art-${i + offset}`, text: smallArticle(i + offset) })).join('\n') + '\n';

export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-batch-'));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function runBin(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: { PATH: process.env.PATH, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Run a shell pipeline (for GNU parallel). */
export function runShell(command: string, options: { cwd?: string; input?: string } = {}): Run {
  const r = spawnSync('bash', ['-c', command], { cwd: options.cwd ?? root, input: options.input ?? '', encoding: 'utf8', env: { ...process.env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Start the bin and kill it once `ready()` holds (checked every 50 ms), to simulate an interrupted run. */
export function killWhen(args: string[], ready: () => boolean, cwd = root): Promise<NodeJS.Signals | number | null> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore', env: { PATH: process.env.PATH } });
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (ready()) child.kill('SIGKILL');
    }, 50);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      // Started from the start-up snapshot, the bin's own child notices the kill at its next await
      // (src/cli/launch.ts, watchLauncher); give it that moment before the caller looks at files.
      setTimeout(() => resolve(signal ?? code), 200);
    });
  });
}

/** Every file under a folder, relative, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export const idsOf = (jsonl: string): string[] => jsonl.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

export const hasParallel = (): boolean => spawnSync('bash', ['-c', 'parallel --version']).stdout?.toString().includes('GNU parallel') ?? false;
