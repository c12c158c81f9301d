/**
 * The service answers exactly what the CLI writes for the same text and options: every fixture as
 * JSON (byte for byte), YAML, HTML and summary, with explain and only, JSON bodies with meta, and a
 * JSONL stream against `newsmark --input-format jsonl -f jsonl`. One server (2 workers) for the file.
 * The real bin runs for the fixtures (once over all of them) and the reference article; the other
 * comparisons run the CLI's main() in this process, the same code without a process start each.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli.js';
import { post, request, root, runCli, serve, type TestServer } from './helpers.js';

const fixtures = [
  ...fs.readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => `fixtures/${f}`),
  // Decoding cases: a BOM, CRLF line ends, windows-1252 bytes (decoded with a warning), non-English.
  ...['bom.txt', 'crlf.txt', 'latin1.txt', 'non-english.txt', 'unbalanced-quotes.txt'].map((f) => `fixtures/edge/${f}`),
].sort();
const bytesOf = (file: string) => fs.readFileSync(path.join(root, file));
const indent = (s: string) => s.replace(/^/gm, '  ');

let server: TestServer;
beforeAll(async () => {
  server = await serve({ jobs: 2 });
});
afterAll(() => server?.stop());

describe('POST /annotate answers as the CLI writes', () => {
  it('every fixture as text/plain: the JSON of `newsmark -f json` for the same file, byte for byte', async () => {
    const [cli, answers] = await Promise.all([
      runCli(['-f', 'json', '-j', '1', ...fixtures]),
      Promise.all(fixtures.map((f) => post(`${server.url}/annotate?id=${encodeURIComponent(f)}`, bytesOf(f)))),
    ]);
    expect(cli.code).toBe(0);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(a.body.endsWith('}\n')).toBe(true);
    }
    // Several files make one array of the single-article objects, each indented: rebuild it from the answers.
    expect('[\n' + answers.map((a) => indent(a.body.slice(0, -1))).join(',\n') + '\n]\n').toBe(cli.stdout);
    // The windows-1252 file is decoded as the CLI decodes it, and the answer says how.
    const latin1 = answers[fixtures.indexOf('fixtures/edge/latin1.txt')]!;
    expect(latin1.headers['x-newsmark-warning']).toMatch(/not valid UTF-8; decoded as/);
  });

  it('one article: the same bytes as `newsmark -f json FILE`, and as a JSON body with the same id', async () => {
    const file = 'fixtures/blinken-beijing.txt';
    const text = bytesOf(file).toString('utf8');
    const [cli, plain, json] = await Promise.all([
      runCli(['-f', 'json', file]),
      post(`${server.url}/annotate?id=${encodeURIComponent(file)}`, bytesOf(file)),
      post(`${server.url}/annotate`, JSON.stringify({ id: file, text }), 'application/json'),
    ]);
    expect(plain.body).toBe(cli.stdout);
    expect(json.body).toBe(cli.stdout);
    // Without an id, a text/plain article is '-', as one read from stdin.
    const stdin = await runInProcess(['-f', 'json', '-'], text);
    expect((await post(`${server.url}/annotate`, text)).body).toBe(stdin.stdout);
  });

  it.each([
    ['-f yaml --explain --only quotes,speakers', '?format=yaml&explain&only=quotes,speakers', 'application/yaml; charset=utf-8'],
    ['-f json --only people,text --include-text', '?only=people%2Ctext&include-text=1', 'application/json; charset=utf-8'],
    ['-f html', '?format=html', 'text/html; charset=utf-8'],
    ['-f summary', '?format=summary', 'text/plain; charset=utf-8'],
    ['-f pretty', '?format=pretty', 'text/plain; charset=utf-8'],
    ['-f jsonl --date 2024-03-08', '?format=jsonl&date=2024-03-08', 'application/x-ndjson; charset=utf-8'],
  ])('as `newsmark %s`', async (flags, query, type) => {
    const file = 'fixtures/ohio-measles-outbreak.txt';
    const [cli, answer] = await Promise.all([runInProcess([...flags.split(' '), file]), post(`${server.url}/annotate${query}&id=${encodeURIComponent(file)}`, bytesOf(file))]);
    expect(cli.code).toBe(0);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.body).toBe(cli.stdout);
    if (type.startsWith('text/html')) {
      // The page's own policy, as a header too: its style and script by hash, nothing else.
      expect(answer.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
      expect(answer.body).toContain(`content="${answer.headers['content-security-policy']}"`);
    }
  });
});

describe('application/x-ndjson: JSONL in, JSONL out', () => {
  it('one line per article line, in order, as `newsmark --input-format jsonl -f jsonl`; bad lines answered as {"id", "error"}', async () => {
    const articles = fixtures.filter((f) => f.includes('/edge/') || f.includes('ohio')).map((f, i) => ({ id: `a${i}`, text: bytesOf(f).toString('utf8'), ...(i % 3 === 0 ? { meta: { title: `Title ${i}`, published: '2024-05-0' + (i + 1) } } : {}) }));
    const good = articles.map((a) => JSON.stringify(a));
    const cli = await runInProcess(['--input-format', 'jsonl', '-f', 'jsonl', '-j', '1', '-q'], good.join('\n') + '\n');
    expect(cli.code).toBe(0);
    // The same lines with broken ones between them, a blank line (skipped, as the CLI skips it) and CRLF ends.
    const lines = [good[0], '{"id": "no-text"}', good[1], 'not json', '', good[2], '{"id": "empty", "text": "  "}', ...good.slice(3)];
    const answer = await post(`${server.url}/annotate`, lines.join('\r\n') + '\n', 'application/x-ndjson');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const out = answer.body.split('\n').slice(0, -1);
    expect(out).toHaveLength(lines.filter((l) => l !== '').length);
    const errors = out.filter((l) => 'error' in JSON.parse(l)).map((l) => JSON.parse(l));
    expect(errors).toEqual([
      { id: 'no-text', error: 'no "text" string' },
      { id: '-:4', error: expect.stringMatching(/^invalid JSON/) },
      { id: 'empty', error: 'empty article' },
    ]);
    expect(out.filter((l) => !('error' in JSON.parse(l))).map((l) => l + '\n').join('')).toBe(cli.stdout);
  });

  it('a stream of a thousand lines comes back whole and in order (at most 2 × jobs in hand at a time)', async () => {
    const n = 1000;
    // Lines without text are answered without a worker: the stream machinery alone, quickly.
    const body = Array.from({ length: n }, (_, i) => (i % 100 === 0 ? JSON.stringify({ id: `x${i}`, text: `Headline ${i}\n\nThe mayor said so on Monday.` }) : JSON.stringify({ id: `x${i}` }))).join('\n');
    const answer = await post(`${server.url}/annotate`, body, 'application/x-ndjson');
    const ids = answer.body.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: n }, (_, i) => `x${i}`));
  });

  it('only other than jsonl formats are refused for a stream', async () => {
    const answer = await post(`${server.url}/annotate?format=yaml`, '{"text": "x"}\n', 'application/x-ndjson');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'bad_option' });
  });
});

describe('GET routes', () => {
  it('/schema is `newsmark schema`; /health says ready with its counts', async () => {
    const [cli, schema, health] = await Promise.all([runInProcess(['schema']), request(`${server.url}/schema`), request(`${server.url}/health`)]);
    expect(schema.body).toBe(cli.stdout);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ready', jobs: 2, schema: 'newsmark/1' });
  });

  it('/ is a self-contained page under a strict policy: its own style and script by hash, requests to this server only', async () => {
    const page = await request(`${server.url}/`);
    expect(page.status).toBe(200);
    const policy = page.headers['content-security-policy']!;
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[^']+' 'sha256-[^']+'; script-src 'sha256-[^']+' 'sha256-[^']+'; connect-src 'self'; frame-src blob:;/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.body).not.toMatch(/<(link|img|iframe[^>]*src=)|https?:\/\//);
    expect(page.body).toContain('sandbox="allow-scripts"');
  });
});

it('logs one line per request: method, path, status, time, bytes — never the text or the query', () => {
  const lines = server.log.filter((l) => / POST \/annotate /.test(l));
  expect(lines.length).toBeGreaterThan(fixtures.length);
  for (const line of lines) expect(line).toMatch(/^newsmark: \d{4}-\d\d-\d\dT[\d:.]+Z POST \/annotate \d{3} \d+ ms \d+ B in \d+ B out$/);
  const all = server.log.join('\n');
  expect(all).not.toContain('measles');
  expect(all).not.toContain('blinken');
});
