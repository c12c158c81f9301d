/**
 * Servers and requests for the serve tests: a real `startServer` on a free loopback port (one per
 * test file), and a plain node:http client that gives the raw status, headers and bytes.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { startEngine } from '../../src/serve/engine.js';
import { startServer, type ServerHandle } from '../../src/serve/server.js';
import type { ServeSettings } from '../../src/serve/settings.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/newsmark.js');

export interface TestServer extends ServerHandle {
  log: string[];
}

/** A server on 127.0.0.1, port 0, warm (its pool ready) before the tests run. */
export async function serve(overrides: Partial<ServeSettings> = {}, workerFile?: string): Promise<TestServer> {
  const log: string[] = [];
  const settings: ServeSettings = { host: '127.0.0.1', port: 0, jobs: 1, queue: 128, maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000, config: {}, ...overrides };
  const build = workerFile ? () => startEngine(settings.config, { jobs: settings.jobs, timeoutMs: settings.timeoutMs, workerFile }) : undefined;
  const handle = await startServer(settings, (line) => log.push(line), build);
  await handle.ready;
  return Object.assign(handle, { log });
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request on a connection of its own; resolves with the whole answer. */
export function request(url: string, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const post = (url: string, body: string | Buffer, contentType = 'text/plain', headers: Record<string, string> = {}) => request(url, { body, headers: { 'Content-Type': contentType, ...headers } });

/** Wait until `check` holds, polling (for server state that changes when the client cannot see it). */
export async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 30_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Run the real bin to its end (stdout as bytes kept as UTF-8 text). */
export function runCli(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { PATH: process.env.PATH }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}
