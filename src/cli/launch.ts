/**
 * What `bin/newsmark.js` runs: newsmark from its start-up snapshot when one was built for this very
 * Node.js and is newer than the code and data it holds; otherwise the CLI in this process.
 *
 * Why a snapshot: a cold start spends most of its time building things that never change —
 * compromise's lexicon, the NER model, gazetteers, topic data. A V8 startup snapshot
 * (`node --build-snapshot`) saves that heap once, at build time; restoring it is faster than
 * building it again, though not free (docs/PERFORMANCE.md has the numbers). It costs one extra
 * Node.js process to start (this launcher). `NEWSMARK_SNAPSHOT=0` turns it off.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS, VALUE_OPTIONS } from './argv.js';

export interface SnapshotManifest {
  node: string;
  arch: string;
  platform: string;
  /** The project root the snapshot was built in: it reads data files by paths under it. */
  root: string;
}

export const rootDir = (): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const snapshotDir = (root: string): string => path.join(root, 'dist/snapshot');
export const SNAPSHOT_BLOB = 'newsmark.blob';
export const SNAPSHOT_MANIFEST = 'manifest.json';

/** What the snapshot holds: if any of these is newer than the blob, the blob is stale. */
export const SNAPSHOT_INPUTS = ['dist', 'models', 'data', 'package.json'];

/** Why the snapshot cannot be used here, or undefined when it can. */
export function snapshotProblem(root: string, env: NodeJS.ProcessEnv = process.env, execArgv: string[] = process.execArgv): string | undefined {
  if (env.NEWSMARK_SNAPSHOT === '0') return 'turned off by NEWSMARK_SNAPSHOT=0';
  // A snapshot loads only under the V8 flags it was built with, and the child would not get the
  // launcher's own flags: with either, start plainly and honour them.
  if (env.NODE_OPTIONS?.trim()) return 'NODE_OPTIONS is set';
  if (execArgv.length) return `node was started with ${execArgv.join(' ')}`;
  const dir = snapshotDir(root);
  let blobTime: number;
  let manifest: SnapshotManifest;
  try {
    blobTime = fs.statSync(path.join(dir, SNAPSHOT_BLOB)).mtimeMs;
    manifest = JSON.parse(fs.readFileSync(path.join(dir, SNAPSHOT_MANIFEST), 'utf8')) as SnapshotManifest;
  } catch {
    return 'not built';
  }
  // A blob only loads in the Node.js binary that made it.
  if (manifest.node !== process.version || manifest.arch !== process.arch || manifest.platform !== process.platform) return `built for Node.js ${manifest.node} ${manifest.platform}-${manifest.arch}`;
  if (path.resolve(manifest.root) !== path.resolve(root)) return `built in ${manifest.root}`;
  const newer = newestInput(root, blobTime, dir);
  if (newer) return `older than ${path.relative(root, newer)}`;
  return undefined;
}

/** The first snapshot input modified after `time`, if any (the snapshot folder itself excluded). */
function newestInput(root: string, time: number, exclude: string): string | undefined {
  for (const input of SNAPSHOT_INPUTS) {
    const full = path.join(root, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      continue;
    }
    if (!stat.isDirectory()) {
      if (stat.mtimeMs > time) return full;
      continue;
    }
    for (const entry of fs.readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.(d\.ts|map|md)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (file.startsWith(exclude + path.sep)) continue;
      if (fs.statSync(file).mtimeMs > time) return file;
    }
  }
  return undefined;
}

/** Node's exit code when it cannot load a startup snapshot (never one of newsmark's: 0, 1, 2). */
const SNAPSHOT_FAILURE = 14;

/** The signals a launcher passes on to newsmark's process (Ctrl-C, kill, a closed terminal). */
const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];


/**
 * Whether these arguments start a batch: several inputs, a folder, a glob, a JSONL archive, JSONL on
 * stdin, or an output folder. A batch gains nothing from the snapshot (its start-up is small next to
 * the run) but would carry a second process and a heap it does not use, so it starts plainly.
 * Only the choice of start depends on this; the output is the same either way.
 */
export function looksLikeBatch(args: string[], cwd: string = process.cwd()): boolean {
  const inputs: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      inputs.push(...args.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name === '--resume' || name === '-o' || name === '--out-dir') return true;
    if (name === '--input-format' && (inline ?? args[i + 1]) === 'jsonl') return true;
    if (VALUE_OPTIONS.has(name!)) {
      if (inline === undefined) i++;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') continue;
    if (command === undefined && inputs.length === 0 && COMMANDS.has(arg)) {
      command = arg;
      continue;
    }
    inputs.push(arg);
  }
  if (command !== undefined && command !== 'annotate') return false;
  if (inputs.length > 1) return true;
  const input = inputs[0];
  if (input === undefined || input === '-') return false;
  if (/\.(jsonl|gz)$/i.test(input) || /[*?[\]{}]/.test(input)) return true;
  try {
    return fs.statSync(path.resolve(cwd, input)).isDirectory();
  } catch {
    return false;
  }
}

/** Run newsmark with these arguments; resolves to the exit code. */
export async function launch(args: string[] = process.argv.slice(2)): Promise<number> {
  const root = rootDir();
  // `serve` annotates on worker threads that load their own models: the snapshot's warm heap would sit
  // unused in the main thread, with a second process between the service and its signals.
  const problem = snapshotProblem(root) ?? (looksLikeBatch(args) ? 'not used for a batch' : args[0] === 'serve' ? 'not used by serve' : undefined);
  if (process.env.NEWSMARK_DEBUG_SNAPSHOT) process.stderr.write(`newsmark: snapshot ${problem ?? 'used'}\n`);
  if (problem) return runHere(args);
  // `--` ends Node's own options: everything after it is newsmark's (`-f json` is not `node -f`).
  // fd 3 is a pipe the child watches: it closes when this process dies, even by SIGKILL, and then
  // the child stops too instead of running on unseen (see watchLauncher).
  const child = spawn(process.execPath, ['--snapshot-blob', path.join(snapshotDir(root), SNAPSHOT_BLOB), '--', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, [LAUNCHER_FD_ENV]: '3' },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('error', () => {
      // Could not even start a process: run here instead.
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(runHere(args));
    });
    child.on('exit', (code, signal) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      if (code === SNAPSHOT_FAILURE) {
        // Node could not load the blob (it says why on stderr) and ran nothing: run here instead.
        resolve(runHere(args));
        return;
      }
      if (signal) {
        // Die the way the child died, so callers (shells, schedulers) see the same thing.
        process.kill(process.pid, signal);
        resolve(128 + (os.constants.signals[signal] ?? 0));
        return;
      }
      resolve(code ?? 1);
    });
  });
}

async function runHere(args: string[]): Promise<number> {
  const { main } = await import('./main.js');
  return main(args);
}

export const LAUNCHER_FD_ENV = 'NEWSMARK_LAUNCHER_FD';

/**
 * In a process started by `launch`: exit as soon as the launcher is gone (its end of the pipe on
 * fd 3 closes), so killing `newsmark` kills the whole run. Does not keep the process alive.
 */
export function watchLauncher(env: NodeJS.ProcessEnv = process.env): void {
  const fd = Number(env[LAUNCHER_FD_ENV]);
  if (!Number.isInteger(fd) || fd < 3) return;
  delete env[LAUNCHER_FD_ENV]; // not inherited by anything this process starts
  const pipe = new net.Socket({ fd, readable: true, writable: false });
  pipe.on('error', () => process.exit(1));
  pipe.on('close', () => process.exit(1));
  pipe.resume();
  pipe.unref();
}
