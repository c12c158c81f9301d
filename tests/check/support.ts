/** Run the CLI in a given working directory, in-process through main() and through the real bin. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/newsmark.js');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export type Run = (argv: string[], cwd: string, env?: NodeJS.ProcessEnv) => Promise<Result> | Result;

async function inProcess(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(Buffer.from(c)));
  stderr.on('data', (c: Buffer) => err.push(Buffer.from(c)));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([]), env, cwd });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

function viaBin(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Result {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const runners: [string, Run][] = [
  ['in-process', inProcess],
  ['bin', viaBin],
];

/**
 * The bin runs the compiled code: build when a source these tests exercise is newer than its
 * compiled file (a full build costs seconds, so not on every run).
 */
export function ensureBuilt(): void {
  const sources = [...fs.readdirSync(path.join(root, 'src/eval')).map((f) => `eval/${f}`), 'cli/main.ts', 'cli/commands/check.ts', 'cli/commands/eval.ts', 'cli/run/check.ts', 'cli/run/eval.ts'].filter((f) => f.endsWith('.ts'));
  const stale = sources.some((f) => {
    const compiled = path.join(root, 'dist', f.replace(/\.ts$/, '.js'));
    return !fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < fs.statSync(path.join(root, 'src', f)).mtimeMs;
  });
  if (stale) spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'ignore' });
}
