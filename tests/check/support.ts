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

/** The bin runs the compiled code: build it when this checkout has not been built since these commands existed. */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(root, 'dist/cli/commands/check.js')) && fs.existsSync(path.join(root, 'dist/eval/run.js'))) return;
  spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'ignore' });
}
