import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { ArticleTask } from '../batch/render.js';
import { parseJsonlArticle } from '../io/inputs.js';
import { checkText, decodeBytes, InputError } from '../io/read-input.js';
import { ClientGone, HttpError } from './errors.js';

/** A request body stops being waited for after this long without a byte (a stalled or trickling-to-death client). */
export const BODY_IDLE_MS = 30_000;

/**
 * After an answer sent before the body was read (413, 503, 401, a bad option): the client may still be
 * sending. Closing at once would make this machine's TCP stack answer the unread bytes with a reset,
 * which can destroy our answer in the client's buffers before it reads it; so the rest is read and
 * thrown away (never kept), and the connection closed if the body has not ended after `DRAIN_MS`.
 */
export const DRAIN_MS = 5_000;

export function drainAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return;
  req.removeAllListeners('data');
  req.on('data', () => {});
  req.on('error', () => {});
  req.resume();
  res.once('finish', () => {
    if (req.complete) return;
    const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
    req.socket.once('close', () => clearTimeout(timer));
  });
}

/**
 * The whole body, never more than `maxBytes` of it in memory: past that a 413 (the caller answers and
 * drains); a client silent for `idleMs` is a 408; a client that disconnects is `ClientGone`.
 */
export function readBody(req: IncomingMessage, maxBytes: number, idleMs = BODY_IDLE_MS): Promise<Buffer> {
  try {
    checkDeclaredLength(req, maxBytes);
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(new HttpError(408, 'request_timeout', `no body bytes for ${idleMs / 1000} s; request dropped`)), idleMs);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish(tooLarge(maxBytes, `over ${maxBytes} bytes`));
      parts.push(chunk);
      arm();
    };
    const onEnd = () => finish(undefined, Buffer.concat(parts, size));
    const onGone = () => {
      if (!req.complete) finish(new ClientGone());
    };
    const finish = (error?: Error, body?: Buffer) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      parts.length = 0;
      if (error) reject(error);
      else resolve(body!);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
    arm();
  });
}

/** A body declared larger than the limit is refused from its headers, before a byte of it is read. */
export function checkDeclaredLength(req: IncomingMessage, maxBytes: number): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes, `Content-Length ${declared}`);
}

const tooLarge = (maxBytes: number, what: string) => new HttpError(413, 'payload_too_large', `request body too large (${what}; the limit is --max-bytes ${maxBytes})`);

/** A `Content-Type` header: its media type (lower case) and charset, if any. */
export function contentType(header: string | undefined): { type: string; charset?: string } {
  if (!header) return { type: '' };
  const [type, ...params] = header.split(';');
  let charset: string | undefined;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (m) charset = m[1]!.toLowerCase();
  }
  return charset ? { type: type!.trim().toLowerCase(), charset } : { type: type!.trim().toLowerCase() };
}

const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));

/**
 * A `text/plain` body as the CLI reads a file (src/io/read-input.ts): without a charset, valid UTF-8,
 * else the detected encoding with a warning; binary data is a 415. A declared charset is honoured:
 * UTF-8 that is not valid UTF-8 is a 400, and a charset newsmark cannot decode a 415.
 */
export function decodeTextBody(bytes: Buffer, charset: string | undefined): { text: string; warnings: string[] } {
  let text: string;
  let warnings: string[] = [];
  if (!charset || UTF8.has(charset)) {
    let decoded;
    try {
      decoded = decodeBytes(bytes, 'body');
    } catch (error) {
      if (error instanceof InputError) throw new HttpError(415, 'binary_body', 'the body is binary data, not text');
      throw error;
    }
    if (charset && decoded.warnings.length) throw new HttpError(400, 'undecodable_body', `the body is not valid ${charset === 'us-ascii' || charset === 'ascii' ? 'ASCII' : 'UTF-8'}, as its Content-Type says`);
    ({ text, warnings } = decoded);
  } else {
    if (!iconv().encodingExists(charset)) throw new HttpError(415, 'unsupported_charset', `newsmark cannot decode charset '${charset}'`);
    text = iconv().decode(bytes, charset);
    if (looksBinary(text)) throw new HttpError(415, 'binary_body', 'the body is binary data, not text');
  }
  try {
    checkText(text, 'body');
  } catch (error) {
    throw new HttpError(400, 'empty_article', (error as InputError).problem);
  }
  return { text, warnings };
}

/** As read-input's check on bytes, on decoded text: NUL, or more than 10% control characters early on. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Strict UTF-8 (JSON is UTF-8, RFC 8259), or a 400. */
export function utf8(bytes: Buffer, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'undecodable_body', `${what} is not valid UTF-8`);
  }
}

/**
 * An `application/json` body `{"id", "text", "meta"?}`: read as a JSONL line is (ids, and meta from
 * `meta` or `title`/`byline`/`published`/`url`/`source` beside the text), so the output is the CLI's.
 * Other fields are ignored there and here; none of them changes anything but this article's id and meta.
 */
export function articleFromJson(bytes: Buffer, charset: string | undefined): ArticleTask {
  if (charset && !UTF8.has(charset)) throw new HttpError(415, 'unsupported_charset', `a JSON body is UTF-8, not ${charset}`);
  const raw = utf8(bytes, 'the body');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new HttpError(400, 'malformed_json', `the body is not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'bad_article', 'expected a JSON object {"id", "text", "meta"?}');
  const text = (value as { text?: unknown }).text;
  if (typeof text !== 'string') throw new HttpError(400, 'bad_article', 'the object has no "text" string');
  if (!text.trim()) throw new HttpError(400, 'empty_article', 'empty article');
  const item = parseJsonlArticle(raw, '-');
  if (!item.ok) throw new HttpError(400, 'bad_article', item.error);
  return item.meta ? { id: item.id, text: item.text, meta: item.meta } : { id: item.id, text: item.text };
}
