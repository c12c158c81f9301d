import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { checkText, decodeBytes, describeFsError, InputError, readStream, readTextFile, DEFAULT_MAX_BYTES } from './read-input.js';
import type { ArticleDoc } from '../model/document.js';

/** One article to annotate, or the reason one could not be read. */
export type InputItem =
  | { ok: true; id: string; text: string; source: string; warnings: string[]; meta?: ArticleDoc['meta'] }
  | { ok: false; id: string; source: string; error: string };

export interface InputOptions {
  /** How to read stdin: one plain-text article, or JSONL with one article a line. */
  inputFormat?: 'text' | 'jsonl';
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

/**
 * Articles from paths in the order given: a plain-text file is one article whose id is its path;
 * a `.jsonl` file holds one `{"id", "text"}` article a line; `-` is stdin.
 */
export async function* readInputs(paths: string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const list = paths.length ? paths : ['-'];
  for (const path of list) {
    if (path === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (options.inputFormat === 'jsonl') yield* readJsonlStream(stdin, '-', maxBytes);
      else yield await readStdinText(stdin, maxBytes);
    } else if (/\.jsonl$/i.test(path)) {
      let stream: fs.ReadStream;
      try {
        fs.accessSync(path, fs.constants.R_OK);
        stream = fs.createReadStream(path);
      } catch (error) {
        yield { ok: false, id: path, source: path, error: describeFsError(error) };
        continue;
      }
      yield* readJsonlStream(stream, path, maxBytes);
    } else {
      yield readTextArticle(path, maxBytes);
    }
  }
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
export async function* readJsonlStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): AsyncGenerator<InputItem> {
  const lines = readline.createInterface({ input: stream as Readable, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const source = `${name}:${lineNumber}`;
    if (line.length > maxBytes) {
      yield { ok: false, id: source, source, error: `line too large (${line.length} characters; --max-bytes is ${maxBytes})` };
      continue;
    }
    yield parseJsonlArticle(line, source);
  }
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
  return { ok: true, id, text: record.text, source, warnings: [] };
}

export const stdinFrom = (text: string | Buffer): NodeJS.ReadableStream => Readable.from([typeof text === 'string' ? Buffer.from(text) : text]);
