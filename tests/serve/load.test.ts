/**
 * Many clients at once on one server (2 workers): a hundred concurrent requests, a client that
 * trickles its body while others are answered, clients that disconnect mid-body, mid-annotation and
 * mid-stream. Nothing here is timed: the slow client's last byte is sent only after the others have
 * their answers, and "nothing leaked" is the server's own count of requests in hand going back to 0
 * with every later request still answered.
 */
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallArticle } from '../batch/helpers.js';
import { post, request, serve, until, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await serve({ jobs: 2 });
});
afterAll(() => server?.stop());

const inFlight = () => server.status().inFlight;

describe('concurrency', () => {
  it('100 concurrent requests are all answered 200, each with its own article', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => post(`${server.url}/annotate?id=c${i}&only=people`, smallArticle(i))));
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
    answers.forEach((a, i) => expect(JSON.parse(a.body).id).toBe(`c${i}`));
    expect(inFlight()).toBe(0);
  });

  it('a client that trickles its body does not hold up the others', async () => {
    const text = smallArticle(7);
    const slow = http.request(`${server.url}/annotate?id=slow`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, agent: false });
    const slowAnswer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      slow.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
      });
      slow.on('error', reject);
    });
    // A few bytes at a time until the server has it in hand…
    for (const ch of text.slice(0, 20)) {
      slow.write(ch);
      await new Promise((r) => setTimeout(r, 5));
    }
    await until(() => inFlight() >= 1, 'the slow request to be accepted');
    // …then others come and go while it is still sending.
    const others = await Promise.all(Array.from({ length: 6 }, (_, i) => post(`${server.url}/annotate?id=fast${i}`, smallArticle(i))));
    expect(others.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(inFlight()).toBe(1); // the slow one, still unfinished
    slow.end(text.slice(20));
    const done = await slowAnswer;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body).id).toBe('slow');
  });
});

describe('clients that disconnect', () => {
  /** A raw connection, so the test decides exactly when it goes away. */
  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () => resolve(socket));
      socket.on('error', reject);
    });

  it('mid-body: nothing answered, the request leaves the count, the server goes on', async () => {
    const socket = await connect();
    socket.write(`POST /annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\nHalf an article`);
    await until(() => inFlight() === 1, 'the request to be accepted');
    socket.destroy();
    await until(() => inFlight() === 0, 'the request to be dropped');
    expect((await post(`${server.url}/annotate`, smallArticle(1))).status).toBe(200);
    expect(server.log.some((l) => / POST \/annotate 499 /.test(l))).toBe(true);
  });

  it('mid-annotation: the worker finishes its article, its answer is dropped, no worker is lost', async () => {
    const long = Array.from({ length: 60 }, (_, i) => smallArticle(i)).join('\n\n');
    const sockets = await Promise.all(Array.from({ length: 4 }, connect));
    for (const socket of sockets) {
      const body = Buffer.from(long);
      socket.write(`POST /annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`);
      socket.write(body);
    }
    await until(() => inFlight() === 4, 'all four to be accepted');
    for (const socket of sockets) socket.destroy();
    await until(() => inFlight() === 0, 'the four articles to finish');
    // Both workers still serve: two requests at once, both answered.
    const after = await Promise.all([post(`${server.url}/annotate`, smallArticle(2)), post(`${server.url}/annotate`, smallArticle(3))]);
    expect(after.map((a) => a.status)).toEqual([200, 200]);
  });

  it('mid-stream: the JSONL request ends, the server stops reading it, and the count goes back to 0', async () => {
    const socket = await connect();
    socket.write(`POST /annotate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = (s: string) => socket.write(`${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`);
    let received = '';
    socket.setEncoding('utf8').on('data', (d: string) => (received += d));
    for (let i = 0; i < 5; i++) chunk(JSON.stringify({ id: `s${i}`, text: smallArticle(i) }) + '\n');
    await until(() => received.includes('"id":"s4"'), 'the first five answers');
    socket.destroy();
    await until(() => inFlight() === 0, 'the stream to be dropped');
    expect((await request(`${server.url}/health`)).status).toBe(200);
  });
});

describe('stopping (last: it stops this file’s server)', () => {
  it('an accepted request still sending its body is answered; a stream answers the lines it read and says where it stopped', async () => {
    const text = smallArticle(9);
    const slow = http.request(`${server.url}/annotate?id=late`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, agent: false });
    const slowAnswer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      slow.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
      });
      slow.on('error', reject);
    });
    slow.write(text.slice(0, 10));
    const stream = http.request(`${server.url}/annotate`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' }, agent: false });
    let streamed = '';
    const streamEnd = new Promise<void>((resolve, reject) => {
      stream.on('response', (res) => res.setEncoding('utf8').on('data', (d) => (streamed += d)).on('end', resolve));
      stream.on('error', reject);
    });
    stream.write(JSON.stringify({ id: 'kept', text: smallArticle(1) }) + '\n');
    await until(() => streamed.includes('"id":"kept"'), 'the stream’s first answer');
    await until(() => inFlight() === 2, 'both requests in hand');

    const stopped = server.stop();
    await streamEnd;
    const lines = streamed.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['kept', '-']);
    expect(lines[1].error).toBe('the server is stopping: lines after -:1 were not read; send them again');
    // No new connections now…
    await expect(new Promise((resolve, reject) => net.connect(server.port, '127.0.0.1').on('connect', resolve).on('error', reject))).rejects.toThrow(/ECONNREFUSED/);
    // …but the accepted request gets its answer once its body is in.
    slow.end(text.slice(10));
    const late = await slowAnswer;
    expect(late.status).toBe(200);
    expect(JSON.parse(late.body).id).toBe('late');
    await stopped;
    expect(inFlight()).toBe(0);
    stream.destroy();
  });
});
