/** The service's small parts, without a server: sizes, hosts, tokens, content types, the JSONL reader and the eager ordered map. */
import { describe, expect, it } from 'vitest';
import { bearerCheck, foreignRequest } from '../../src/serve/auth.js';
import { contentType, decodeTextBody } from '../../src/serve/body.js';
import { HttpError } from '../../src/serve/errors.js';
import { jsonlLines } from '../../src/serve/jsonl-stream.js';
import { orderedEager } from '../../src/serve/ordered-stream.js';
import { parseRequestOptions } from '../../src/serve/request-options.js';
import { isLoopbackHost, parseSize } from '../../src/serve/settings.js';

describe('parseSize', () => {
  it.each([
    ['10MB', 10 * 1024 * 1024],
    ['10M', 10 * 1024 * 1024],
    ['10 MiB', 10 * 1024 * 1024],
    ['512KB', 512 * 1024],
    ['512k', 512 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['1048576', 1048576],
    ['100B', 100],
  ])('%s → %d bytes', (value, bytes) => expect(parseSize(value)).toBe(bytes));
  it.each(['', 'lots', '10 TB', '-5', '0', 'MB', '10MBs'])('%j is no size', (value) => expect(parseSize(value)).toBeUndefined());
});

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1'])('%s stays on this machine', (h) => expect(isLoopbackHost(h)).toBe(true));
  // Counter-examples: every-interface addresses, LAN addresses, names that merely contain "localhost" or 127.
  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'localhost.example.com', '127.0.0.1.nip.io', 'example.org', '::ffff:10.0.0.1'])('%s is reachable from outside', (h) => expect(isLoopbackHost(h)).toBe(false));
});

describe('bearerCheck', () => {
  const check = bearerCheck('s3cret-token-0123456789');
  it.each([
    ['Bearer s3cret-token-0123456789', true],
    ['bearer s3cret-token-0123456789', true],
    ['Bearer  s3cret-token-0123456789 ', true],
    ['Bearer s3cret-token-012345678', false],
    ['Bearer s3cret-token-01234567890', false],
    ['s3cret-token-0123456789', false],
    ['Basic s3cret-token-0123456789', false],
    ['Bearer ', false],
    ['', false],
  ])('%j → %s', (header, ok) => expect(check(header)).toBe(ok));
  it('no header at all', () => expect(check(undefined)).toBe(false));
});

describe('foreignRequest', () => {
  it.each([
    [{ host: '127.0.0.1:8080' }, true, undefined],
    [{ host: 'localhost:8080', origin: 'http://localhost:8080' }, true, undefined],
    [{ host: '[::1]:8080' }, true, undefined],
    [{ host: 'evil.example:8080' }, true, /Host/],
    [{ host: '127.0.0.1:8080', origin: 'https://evil.example' }, true, /web page/],
    [{ host: '127.0.0.1:8080', origin: 'null' }, true, /web page/],
    // Off loopback the token guards instead (a browser cannot add it to a forged request).
    [{ host: 'newsmark.internal:8080', origin: 'https://cms.internal' }, false, undefined],
  ])('%j (loopback %s)', (headers, loopback, problem) => {
    const found = foreignRequest(headers, loopback);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});

describe('contentType and decodeTextBody', () => {
  it.each([
    ['text/plain', { type: 'text/plain' }],
    ['Text/Plain; Charset="UTF-8"', { type: 'text/plain', charset: 'utf-8' }],
    ['application/json;charset=utf-8', { type: 'application/json', charset: 'utf-8' }],
    [undefined, { type: '' }],
  ])('%j', (header, parsed) => expect(contentType(header)).toEqual(parsed));

  it('a BOM is not text; CRLF is kept; undeclared windows-1252 is decoded with a warning', () => {
    expect(decodeTextBody(Buffer.from('\uFEFFHeadline\r\n\r\nText.'), undefined)).toEqual({ text: 'Headline\r\n\r\nText.', warnings: [] });
    const latin = decodeTextBody(Buffer.from('The mayor said \x93no\x94 to the plan on Monday.', 'latin1'), undefined);
    expect(latin.text).toContain('“no”');
    expect(latin.warnings[0]).toMatch(/not valid UTF-8/);
  });

  it.each([
    [Buffer.from([0, 1, 2, 3]), undefined, 415],
    [Buffer.from('a\x00b', 'latin1'), 'iso-8859-1', 415],
    [Buffer.from([0xc3, 0x28]), 'utf-8', 400],
    [Buffer.from(' \n '), undefined, 400],
    [Buffer.from('text'), 'klingon', 415],
  ])('refused: %j as %s → %d', (bytes, charset, status) => {
    try {
      decodeTextBody(bytes, charset);
      expect.unreachable();
    } catch (error) {
      expect((error as HttpError).status).toBe(status);
    }
  });
});

describe('parseRequestOptions', () => {
  const parse = (q: string, stream = false) => parseRequestOptions(new URLSearchParams(q), stream);
  it('defaults: JSON for an article, JSONL for a stream', () => {
    expect(parse('')).toEqual({ render: { format: 'json' } });
    expect(parse('', true)).toEqual({ render: { format: 'jsonl' } });
  });
  it('the CLI options, validated as the CLI validates them', () => {
    expect(parse('format=yaml&explain&only=quotes,speakers&date=2024-03-08&id=a/b')).toEqual({ render: { format: 'yaml', explain: true, only: ['quotes', 'speakers'], referenceDate: '2024-03-08' }, id: 'a/b' });
    expect(parse('explain=0')).toEqual({ render: { format: 'json' } });
    expect(() => parse('date=2024-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => parse('id=x', true)).toThrow(/each line has its own/);
    expect(() => parse('format=html', true)).toThrow(/JSONL only/);
  });
});

/** An async source that counts how far it has been read. */
function source(chunks: string[]) {
  let pulled = 0;
  return {
    get pulled() {
      return pulled;
    },
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) {
        pulled++;
        yield Buffer.from(c);
      }
    },
  };
}

describe('jsonlLines', () => {
  const collect = async (chunks: string[], max = 100) => {
    const out: (string | { error: string })[] = [];
    for await (const line of jsonlLines(source(chunks), max)) out.push('bytes' in line ? `${line.number}:${line.bytes.toString()}` : { error: `${line.number}:${line.error}` });
    return out;
  };
  it('lines split across chunks, CRLF ends, blank lines skipped, a last line without its newline', async () => {
    expect(await collect(['{"a"', ':1}\r\n\n  \n{"b":2}\n{"c"', ':3}'])).toEqual(['1:{"a":1}', '4:{"b":2}', '5:{"c":3}']);
  });
  it('a line over the limit is reported, not kept, and the next line is read as usual', async () => {
    expect(await collect(['{"x":"', 'a'.repeat(60), 'b'.repeat(60), '"}\n{"ok":1}\n'], 100)).toEqual([{ error: '1:line too large (over 100 bytes; --max-bytes)' }, '2:{"ok":1}']);
  });
  it('reads its source only as lines are wanted (backpressure)', async () => {
    const src = source(Array.from({ length: 100 }, (_, i) => `{"n":${i}}\n`));
    const lines = jsonlLines(src, 100);
    await lines.next();
    await lines.next();
    expect(src.pulled).toBe(2);
    await lines.return(undefined);
  });
});

describe('orderedEager', () => {
  const deferred = () => {
    let resolve!: (v: string) => void;
    const promise = new Promise<string>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('hands each result on as soon as it and those before it are done, without waiting for more input', async () => {
    // An input that gives one item and then waits: a client that sends a line and waits for its answer.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* input() {
      yield 'first';
      await gate;
      yield 'second';
    }
    const results = orderedEager(input(), 4, async (x: string) => x.toUpperCase());
    expect(await results.next()).toEqual({ value: 'FIRST', done: false });
    release();
    expect(await results.next()).toEqual({ value: 'SECOND', done: false });
    expect((await results.next()).done).toBe(true);
  });

  it('keeps input order when later items finish first, and never has more than `limit` in hand', async () => {
    const jobs = Array.from({ length: 6 }, deferred);
    let started = 0;
    let maxInHand = 0;
    let finished = 0;
    const results = orderedEager(
      (async function* () {
        for (let i = 0; i < 6; i++) yield i;
      })(),
      2,
      (i: number) => {
        started++;
        maxInHand = Math.max(maxInHand, started - finished);
        return jobs[i]!.promise.then((v) => (finished++, v));
      },
    );
    const first = results.next();
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toBe(2);
    jobs[1]!.resolve('b');
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toBe(2); // the head is not done: no third item yet
    jobs[0]!.resolve('a');
    expect((await first).value).toBe('a');
    expect((await results.next()).value).toBe('b');
    for (const [i, j] of jobs.entries()) j.resolve(String.fromCharCode(97 + i));
    const rest: string[] = [];
    for await (const r of results) rest.push(r);
    expect(rest).toEqual(['c', 'd', 'e', 'f']);
    expect(maxInHand).toBeLessThanOrEqual(2);
  });

  it('on stop, reads no more input but finishes what is in hand', async () => {
    const stop = new AbortController();
    let read = 0;
    async function* input() {
      for (let i = 0; ; i++) {
        read++;
        yield i;
      }
    }
    const out: number[] = [];
    const work = async (i: number) => {
      if (i === 2) stop.abort(); // the server begins to stop while item 2 is in hand
      return i;
    };
    for await (const r of orderedEager(input(), 8, work, stop.signal)) out.push(r);
    expect(out).toEqual([0, 1, 2]);
    expect(read).toBe(3);
  });
});
