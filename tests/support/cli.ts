/** Run the CLI two ways for one table of cases: in-process through main() and through the real bin. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/newsmark.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  return () => Buffer.concat(chunks).toString('utf8');
}

export async function runInProcess(argv: string[], stdin: string | Buffer = '', env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), env: { ...env }, cwd: root });
  return { code, stdout: out(), stderr: err() };
}

export function runBin(argv: string[], stdin: string | Buffer = '', env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...argv], { cwd: root, input: stdin, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export type Runner = (argv: string[], stdin?: string | Buffer, env?: NodeJS.ProcessEnv) => Promise<CliResult> | CliResult;
export const runners: [string, Runner][] = [
  ['in-process', runInProcess],
  ['bin', runBin],
];
