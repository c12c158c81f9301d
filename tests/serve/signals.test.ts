/**
 * The real bin: `newsmark serve` started as a person or a service manager starts it. SIGTERM during
 * load answers every request already accepted, then exits 0; refused settings (another interface
 * without a token, a short token, bad values) exit 2 before anything listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli.js';
import { bin, post, request, root, runCli, until } from './helpers.js';

/** Start the bin; resolves once it says where it listens. */
function startBin(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd: root, env: { PATH: process.env.PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url) resolve({ child, url, stderr: () => stderr, exit });
    });
    void exit.then(({ code }) => reject(new Error(`newsmark serve exited ${code}: ${stderr}`)));
  });
}

describe('newsmark serve, the real bin', () => {
  it('SIGTERM during load: every accepted request is answered, then exit 0 and the port is closed', async () => {
    const server = await startBin(['--jobs', '1']);
    try {
      await until(async () => (await request(`${server.url}/health`)).status === 200, 'the pool to be warm');
      const file = 'fixtures/blinken-beijing.txt';
      const text = fs.readFileSync(path.join(root, file));
      const n = 8;
      const answers = Promise.all(Array.from({ length: n }, (_, i) => post(`${server.url}/annotate?id=r${i}&only=quotes`, text)));
      // Every one accepted (one worker: most still waiting their turn), then the signal.
      await until(async () => JSON.parse((await request(`${server.url}/health`)).body).accepted >= n, 'all requests to be accepted');
      server.child.kill('SIGTERM');
      const replies = await answers;
      expect(replies.map((r) => r.status)).toEqual(Array(n).fill(200));
      replies.forEach((r, i) => expect(JSON.parse(r.body).id).toBe(`r${i}`));
      expect(await server.exit).toEqual({ code: 0, signal: null });
      expect(server.stderr()).toMatch(/SIGTERM: stopping; answering the \d+ requests? accepted\n/);
      expect(server.stderr()).toMatch(/newsmark: stopped\n$/);
      const port = Number(new URL(server.url).port);
      await expect(new Promise((resolve, reject) => net.connect(port, '127.0.0.1').on('connect', resolve).on('error', reject))).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('another interface without a token is refused, exit 2, nothing listening', async () => {
    const r = await runCli(['serve', '--host', '0.0.0.0', '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--host 0\.0\.0\.0 is reachable from other machines: give a token \(NEWSMARK_TOKEN=…, or --token\)/);
    expect(r.stderr).not.toMatch(/listening/);
  });

  it.each([
    [['--host', '::', '--port', '0'], {}, /reachable from other machines/],
    [['--token', 'short'], {}, /at least 16 characters/],
    [['--port', '0'], { NEWSMARK_TOKEN: 'has spaces in it, sixteen+' }, /without spaces/],
    [['--port', '70000'], {}, /--port must be a port number from 0 to 65535/],
    [['--max-bytes', 'lots'], {}, /--max-bytes must be a size such as 10MB/],
    [['--queue', '-1'], {}, /--queue must be a whole number/],
    [['--jobs', '0'], {}, /--jobs must be a positive whole number/],
    [['--config', 'no-such.yaml'], {}, /no-such\.yaml: no such config file/],
  ])('refused before listening: serve %j', async (args, env, message) => {
    const r = await runInProcess(['serve', ...args], '', env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a port in use: exit 2, saying so', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    try {
      const r = await runInProcess(['serve', '--port', String((taken.address() as net.AddressInfo).port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
    } finally {
      taken.close();
    }
  });
});
