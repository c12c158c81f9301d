/** Run the CLI in a given working directory, in-process through main() and through the real bin. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/newsmark.js');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** In-process only: what the streams say about being terminals. */
  tty?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  return () => Buffer.concat(chunks).toString('utf8');
}

export async function inProcess(argv: string[], options: RunOptions = {}): Promise<Result> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty?.stdout });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty?.stderr });
  const stdin = Object.assign(Readable.from([Buffer.from(options.stdin ?? '')]), { isTTY: options.tty?.stdin });
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIO = { stdout, stderr, stdin, env: { ...options.env }, cwd: options.cwd ?? root };
  const code = await main(argv, io);
  return { code, stdout: out(), stderr: err() };
}

export function viaBin(argv: string[], options: RunOptions = {}): Result {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: options.cwd ?? root, input: options.stdin ?? '', env: { PATH: process.env.PATH, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export type Run = (argv: string[], options?: RunOptions) => Promise<Result> | Result;
export const both: [string, Run][] = [
  ['in-process', inProcess],
  ['bin', viaBin],
];
