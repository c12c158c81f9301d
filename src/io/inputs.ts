import fs from 'node:fs';
import nodePath from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { checkText, decodeBytes, describeFsError, InputError, readStream, readTextFile, DEFAULT_MAX_BYTES } from './read-input.js';
import { expandPaths } from './expand-paths.js';
import { extractHtml } from './html.js';
import type { ArticleDoc, ArticleMeta } from '../model/document.js';

/**
 * One article to annotate, or the reason one could not be read. `name` is where its output goes under
 * `--out-dir` (a relative path without extension): the input path for a file, `archive/<id>` for a
 * JSONL line, the sanitized id for stdin JSONL.
 */
export type InputItem =
  | { ok: true; id: string; text: string; source: string; warnings: string[]; meta?: ArticleDoc['meta']; name?: string }
  | { ok: false; id: string; source: string; error: string; name?: string };

export interface InputOptions {
  /** How to read stdin: one plain-text article, or JSONL with one article a line. */
  inputFormat?: 'text' | 'jsonl';
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Where relative paths and globs are resolved (default: the process's working directory). */
  cwd?: string;
}

const JSONL = /\.jsonl(\.gz)?$/i;
const HTML = /\.html?$/i;

/**
 * Articles from paths in the order given: a plain-text file is one article whose id is its path;
 * an `.html`/`.htm` page is one article (Readability extraction); a `.jsonl` or `.jsonl.gz` file holds
 * one `{"id", "text"}` article a line, streamed; a folder is walked recursively; a glob pattern the
 * shell did not expand is expanded here; `-` is stdin.
 */
export async function* readInputs(paths: string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const cwd = options.cwd ?? process.cwd();
  const list = paths.length ? paths : ['-'];
  for await (const arg of expandPaths(list, cwd)) {
    const path = arg.path;
    if (arg.kind === 'missing') {
      yield { ok: false, id: path, source: path, error: 'no such file', name: outputName(path, cwd) };
    } else if (arg.kind === 'nothing') {
      yield { ok: false, id: path, source: path, error: arg.problem };
    } else if (path === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (options.inputFormat === 'jsonl') yield* readJsonlStream(stdin, '-', maxBytes);
      else yield { ...(await readStdinText(stdin, maxBytes)), name: 'stdin' };
    } else if (JSONL.test(path)) {
      const full = nodePath.resolve(cwd, path);
      let stream: NodeJS.ReadableStream;
      try {
        fs.accessSync(full, fs.constants.R_OK);
        const file = fs.createReadStream(full);
        stream = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
      } catch (error) {
        yield { ok: false, id: path, source: path, error: describeFsError(error) };
        continue;
      }
      yield* readJsonlStream(stream, path, maxBytes, outputName(path.replace(JSONL, ''), cwd, false));
    } else if (HTML.test(path)) {
      yield { ...(await readHtmlArticle(path, maxBytes, cwd)), name: outputName(path, cwd) };
    } else {
      const item = readTextArticle(nodePath.resolve(cwd, path), maxBytes);
      yield { ...item, id: path, source: path, name: outputName(path, cwd) };
    }
  }
}

/** A saved web page as one article: the extracted text, with title, byline and date in `meta`. */
export async function readHtmlArticle(path: string, maxBytes: number, cwd: string = process.cwd()): Promise<InputItem> {
  try {
    const decoded = readTextFile(nodePath.resolve(cwd, path), maxBytes);
    const page = await extractHtml(decoded.text);
    checkText(page.text, path);
    return { ok: true, id: path, text: page.text, source: path, warnings: decoded.warnings, meta: page.meta };
  } catch (error) {
    return failure(path, path, error);
  }
}

/**
 * The relative output path (no extension) that mirrors an input path: `a/b.txt` → `a/b`. Paths outside
 * the working directory keep their own path without the root, so outputs never escape `--out-dir`.
 */
export function outputName(path: string, cwd: string = process.cwd(), dropExtension = true): string {
  const full = nodePath.resolve(cwd, path);
  let rel = nodePath.relative(cwd, full);
  if (!rel || rel.startsWith('..') || nodePath.isAbsolute(rel)) rel = full.slice(nodePath.parse(full).root.length);
  const name = rel.split(nodePath.sep).join('/');
  return dropExtension ? name.replace(/(.)\.[^./]+$/, '$1') : name;
}

/**
 * An id as one safe file name: characters other than letters, digits, `.`, `_`, `-` become `_`;
 * when anything changed, a short hash of the real id keeps `a/b` and `a_b` apart.
 */
export function safeFileName(id: string): string {
  let safe = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 120);
  if (safe !== id) safe += '-' + fnv1a(id).toString(16).padStart(8, '0');
  return safe || '_';
}

/** FNV-1a, 32 bits: a fast, stable hash (the same on every machine and Node version). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function readTextArticle(path: string, maxBytes: number): InputItem {
  try {
    const decoded = readTextFile(path, maxBytes);
    checkText(decoded.text, path);
    return { ok: true, id: path, text: decoded.text, source: path, warnings: decoded.warnings };
  } catch (error) {
    return failure(path, path, error);
  }
}

async function readStdinText(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<InputItem> {
  try {
    const decoded = decodeBytes(await readStream(stdin, maxBytes), 'stdin');
    checkText(decoded.text, 'stdin');
    return { ok: true, id: '-', text: decoded.text, source: 'stdin', warnings: decoded.warnings };
  } catch (error) {
    return failure('-', 'stdin', error);
  }
}

function failure(id: string, source: string, error: unknown): InputItem {
  const message = error instanceof InputError ? error.problem : (error as Error).message;
  return { ok: false, id, source, error: message };
}

/**
 * JSONL articles, streamed line by line so an archive of any size uses constant memory.
 * A broken line is reported with its line number and skipped; the rest go on.
 */
export async function* readJsonlStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number, folder?: string): AsyncGenerator<InputItem> {
  const lines = readline.createInterface({ input: stream as Readable, crlfDelay: Infinity });
  // A corrupt .gz fails the stream; that ends this archive with one error instead of the whole run.
  let streamError: Error | undefined;
  const failed = new Promise<void>((resolve) => stream.on('error', (error: Error) => ((streamError = error), lines.close(), resolve())));
  void failed;
  let lineNumber = 0;
  let records = 0;
  const nameOf = (id: string) => (folder ? `${folder}/${safeFileName(id)}` : safeFileName(id));
  try {
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      records++;
      const source = `${name}:${lineNumber}`;
      if (line.length > maxBytes) {
        yield { ok: false, id: source, source, error: `line too large (${line.length} characters; --max-bytes is ${maxBytes})` };
        continue;
      }
      const item = parseJsonlArticle(line, source);
      yield { ...item, name: nameOf(item.id) };
    }
  } catch (error) {
    streamError ??= error as Error;
  }
  if (streamError) yield { ok: false, id: name, source: `${name}:${lineNumber + 1}`, error: `cannot read further (${streamError.message.split('\n')[0]})` };
  // A named archive with no records would otherwise end the run without a word. An empty stream on
  // stdin is no error: pipelines (Spark's RDD.pipe on an empty partition) send those.
  else if (records === 0 && name !== '-') yield { ok: false, id: name, source: name, error: 'no articles (the archive has no JSONL lines)' };
}

export function parseJsonlArticle(line: string, source: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: source, source, error: `invalid JSON (${(error as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, id: source, source, error: 'expected an object {"id", "text"}' };
  const record = value as Record<string, unknown>;
  const id = record.id === undefined || record.id === null ? source : String(record.id);
  if (typeof record.text !== 'string') return { ok: false, id, source, error: 'no "text" string' };
  if (!record.text.trim()) return { ok: false, id, source, error: 'empty article' };
  const meta = jsonlMeta(record);
  return meta ? { ok: true, id, text: record.text, source, warnings: [], meta } : { ok: true, id, text: record.text, source, warnings: [] };
}

const META_FIELDS = ['title', 'byline', 'published', 'url', 'source'] as const;

/** A line's article metadata: its `meta` object, or `title`, `byline`, `published`, `url`, `source` beside `text` (strings only). */
function jsonlMeta(record: Record<string, unknown>): ArticleMeta | undefined {
  const nested = record.meta && typeof record.meta === 'object' && !Array.isArray(record.meta) ? (record.meta as Record<string, unknown>) : {};
  const meta: ArticleMeta = {};
  for (const field of META_FIELDS) {
    const value = nested[field] ?? record[field];
    if (typeof value === 'string' && value.trim()) meta[field] = value.trim();
  }
  return Object.keys(meta).length ? meta : undefined;
}

export const stdinFrom = (text: string | Buffer): NodeJS.ReadableStream => Readable.from([typeof text === 'string' ? Buffer.from(text) : text]);
