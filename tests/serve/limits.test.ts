/**
 * Bad input and limits, each answered with a status and a JSON body {"error", "message"} while the
 * server goes on: oversized bodies (declared, chunked, and with Expect: 100-continue), binary and
 * undecodable bodies, malformed JSON, bad options; the token; foreign Host and Origin headers; a
 * full queue (--jobs 1 --queue 1) answered 503 with Retry-After; a stuck article stopped by
 * --timeout, its worker replaced. One server for the file.
 */
import http from 'node:http';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallArticle } from '../batch/helpers.js';
import { request, serve, until, type Reply, type TestServer } from './helpers.js';

const STUCK_WORKER = path.join(import.meta.dirname, '../batch/stuck-worker.mjs');

const TOKEN = 'test-token-0123456789abcdef';
const auth = { Authorization: `Bearer ${TOKEN}` };
const MAX = 64 * 1024;
const STUCK = 'stuck-article';

let server: TestServer;
beforeAll(async () => {
  // The test-only worker spins forever on this id, as a stuck article would.
  process.env.NEWSMARK_TEST_STUCK_ID = STUCK;
  server = await serve({ jobs: 1, queue: 1, maxBytes: MAX, timeoutMs: 1500, token: TOKEN }, STUCK_WORKER);
});
afterAll(async () => {
  delete process.env.NEWSMARK_TEST_STUCK_ID;
  await server?.stop();
});

const annotate = (body: string | Buffer, type = 'text/plain', query = '', headers: Record<string, string> = {}) => request(`${server.url}/annotate${query}`, { body, headers: { 'Content-Type': type, ...auth, ...headers } });
const problem = (reply: Reply) => {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = JSON.parse(reply.body) as { error: string; message: string };
  expect(Object.keys(body)).toEqual(['error', 'message']);
  return body;
};
const stillServes = async () => expect((await annotate(smallArticle(1))).status).toBe(200);

describe('bad bodies', () => {
  it.each([
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'text/plain', 415, 'binary_body'],
    ['a charset that is not one', Buffer.from('An article'), 'text/plain; charset=x-martian', 415, 'unsupported_charset'],
    ['invalid bytes in declared UTF-8', Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21, 0x0a]), 'text/plain; charset=utf-8', 400, 'undecodable_body'],
    ['an empty article', '  \n\n ', 'text/plain', 400, 'empty_article'],
    ['malformed JSON', '{"id": "a", "text": "unfinished', 'application/json', 400, 'malformed_json'],
    ['JSON that is not an object', '["text"]', 'application/json', 400, 'bad_article'],
    ['JSON without text', '{"id": "a"}', 'application/json', 400, 'bad_article'],
    ['JSON in another charset', '{"text": "x"}', 'application/json; charset=latin1', 415, 'unsupported_charset'],
    ['JSON that is not UTF-8', Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), 'application/json', 400, 'undecodable_body'],
    ['a form', 'text=An+article', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['a PDF', '%PDF-1.4', 'application/pdf', 415, 'unsupported_media_type'],
  ])('%s: %s', async (_name, body, type, status, code) => {
    const reply = await annotate(body, type);
    expect(reply.status).toBe(status);
    expect(problem(reply).error).toBe(code);
  });

  it('text/plain in a declared charset is decoded with it', async () => {
    const reply = await annotate(Buffer.from('Council meets\n\nThe mayor said \x93no\x94 on Monday.', 'latin1'), 'text/plain; charset=windows-1252', '?only=quotes');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).quotes[0].text).toBe('no');
  });

  it.each([
    ['?fromat=yaml', 'unknown_option', /did you mean 'format'/],
    ['?format=docx', 'bad_option', /unknown format 'docx'/],
    ['?format=html&only=quotes', 'bad_option', /only works with format/],
    ['?only=quotes,votes', 'bad_option', /unknown field 'votes'/],
    ['?explain=maybe', 'bad_option', /flag/],
    ['?date=yesterday', 'bad_option', /YYYY-MM-DD/],
    ['?format=json&format=yaml', 'bad_option', /twice/],
  ])('bad option %s: 400', async (query, code, message) => {
    const reply = await annotate(smallArticle(2), 'text/plain', query);
    expect(reply.status).toBe(400);
    const body = problem(reply);
    expect(body.error).toBe(code);
    expect(body.message).toMatch(message);
  });

  it('no query option reads or names a file, a lexicon or a config setting', async () => {
    for (const query of ['?config=/etc/passwd', '?lexicon=x.yaml', '?out-dir=/tmp', '?input-format=jsonl']) {
      expect(problem(await annotate(smallArticle(2), 'text/plain', query)).error).toBe('unknown_option');
    }
  });

  it('unknown routes 404, wrong methods 405 with Allow', async () => {
    const missing = await request(`${server.url}/annotate/../etc/passwd`, { headers: auth });
    expect([missing.status, problem(missing).error]).toEqual([404, 'not_found']);
    const get = await request(`${server.url}/annotate`, { headers: auth });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    await stillServes();
  });
});

describe('the body limit (--max-bytes)', () => {
  const big = Buffer.alloc(MAX + 1, 'a');

  it('a declared Content-Length over the limit: 413 before the body is read', async () => {
    const reply = await annotate(big);
    expect(reply.status).toBe(413);
    expect(problem(reply).error).toBe('payload_too_large');
    await stillServes();
  });

  it('a chunked body that grows past the limit: 413, and the rest is not kept', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(`${server.url}/annotate`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked', ...auth }, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      // Sent in pieces, so the server sees it grow; more follows after the limit is passed.
      for (let i = 0; i < 12; i++) req.write(Buffer.alloc(8 * 1024, 'b'));
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(problem(reply).error).toBe('payload_too_large');
    await stillServes();
  });

  it('with Expect: 100-continue, a 413 comes instead of the go-ahead and the body is never sent', async () => {
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let received = '';
    socket.setEncoding('utf8').on('data', (d: string) => (received += d));
    const closed = new Promise((r) => socket.once('close', r));
    socket.write(`POST /annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: text/plain\r\nContent-Length: ${MAX * 10}\r\nExpect: 100-continue\r\n\r\n`);
    await closed; // the server closes: the body it refused will not come
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received).not.toContain('100 Continue');
    expect(received).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('with Expect: 100-continue and a body within the limit, the go-ahead, then the answer', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(`${server.url}/annotate?id=continued`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Expect: '100-continue', ...auth }, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('continue', () => req.end(smallArticle(3)));
      req.on('error', reject);
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).id).toBe('continued');
  });
});

describe('who may ask', () => {
  it('without the token, or with a wrong one: 401 with WWW-Authenticate; / and /health need none', async () => {
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer wrong-token-0123456789abcd' }, { Authorization: TOKEN }, { Authorization: `Basic ${TOKEN}` }]) {
      const reply = await request(`${server.url}/annotate`, { body: smallArticle(1), headers: { 'Content-Type': 'text/plain', ...headers } });
      expect(reply.status).toBe(401);
      expect(reply.headers['www-authenticate']).toBe('Bearer realm="newsmark"');
      expect(problem(reply).error).toBe('unauthorized');
    }
    expect((await request(`${server.url}/schema`)).status).toBe(401);
    expect((await request(`${server.url}/schema`, { headers: auth })).status).toBe(200);
    expect((await request(`${server.url}/health`)).status).toBe(200);
    const page = await request(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="nm-token"');
  });

  it('a Host that is not loopback (DNS rebinding) and an Origin that is not the server (another site): 403', async () => {
    const rebound = await request(`${server.url}/annotate`, { body: smallArticle(1), headers: { 'Content-Type': 'text/plain', Host: 'attacker.example:8080', ...auth } });
    expect([rebound.status, problem(rebound).error]).toEqual([403, 'forbidden']);
    const foreign = await request(`${server.url}/annotate`, { body: smallArticle(1), headers: { 'Content-Type': 'text/plain', Origin: 'https://attacker.example', ...auth } });
    expect(foreign.status).toBe(403);
    const own = await request(`${server.url}/annotate`, { body: smallArticle(1), headers: { 'Content-Type': 'text/plain', Origin: server.url, ...auth } });
    expect(own.status).toBe(200);
    expect((await request(`${server.url}/`, { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });
});

describe('the queue and the timeout', () => {
  it('jobs 1 + queue 1: a third request is answered 503 with Retry-After; the stuck one 504; the worker is replaced', async () => {
    const stuck = annotate(smallArticle(4), 'text/plain', `?id=${STUCK}`);
    await until(() => server.status().inFlight === 1, 'the stuck request to be accepted');
    const queued = annotate(smallArticle(5), 'text/plain', '?id=queued');
    await until(() => server.status().inFlight === 2, 'the second request to be queued');
    const full = await annotate(smallArticle(6));
    expect(full.status).toBe(503);
    expect(full.headers['retry-after']).toBe('1');
    expect(problem(full).error).toBe('queue_full');
    const timedOut = await stuck;
    expect(timedOut.status).toBe(504);
    expect(problem(timedOut)).toEqual({ error: 'timeout', message: expect.stringMatching(/--timeout 1500 ms/) });
    // The one queued behind it runs on the replacement worker.
    const second = await queued;
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body).id).toBe('queued');
    await stillServes();
  });
});
