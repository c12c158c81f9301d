import fs from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { JsonValueSplitter, type RawValue } from './json-values.js';

/**
 * newsmark's own outputs, read back one article at a time: `.jsonl` (`.jsonl.gz`) a line each, `.json`
 * (one object, or the array `-f json` writes for several), `.yaml` (one document or a `---` stream),
 * folders written by `--out-dir` (walked recursively for those files), and stdin (told by its first
 * character). Nothing is held beyond the article being read, so an archive of any size streams.
 */
export type OutputRecord = { ok: true; value: unknown; where: string } | { ok: false; where: string; reason: string };

export const OUTPUT_FILE = /\.(jsonl|ndjson|json|ya?ml)(\.gz)?$/i;

export interface ReadOptions {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /** Called with the number of (compressed) bytes read from files, for the progress bar. */
  onBytes?: (n: number) => void;
}

type Mode = 'lines' | 'json' | 'yaml';

/** Paths in a stable order: files as given, folders walked (sorted, hidden entries skipped), missing ones named. */
export function* listOutputFiles(paths: string[], cwd: string): Generator<{ path: string; missing?: boolean }> {
  for (const arg of paths) {
    if (arg === '-') {
      yield { path: arg };
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.resolve(cwd, arg));
    } catch {
      yield { path: arg, missing: true };
      continue;
    }
    if (stat.isDirectory()) yield* walk(arg, cwd);
    else yield { path: arg };
  }
}

function* walk(folder: string, cwd: string): Generator<{ path: string }> {
  const entries = fs.readdirSync(path.resolve(cwd, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(child, cwd);
    else if (entry.isFile() && OUTPUT_FILE.test(entry.name)) yield { path: child };
  }
}

function modeOf(file: string): Mode | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'lines';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** From the first characters: an array or a pretty-printed object is JSON, one object a line is JSONL, else YAML. */
function sniff(start: string): Mode {
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) {
    const firstLine = text.split('\n', 1)[0]!.trim();
    return firstLine.length > 1 && firstLine.endsWith('}') ? 'lines' : 'json';
  }
  return 'yaml';
}

export async function* readOutputs(paths: string[], options: ReadOptions): AsyncGenerator<OutputRecord> {
  for (const file of listOutputFiles(paths.length ? paths : ['-'], options.cwd)) {
    if (file.missing) {
      yield { ok: false, where: file.path, reason: 'no such file or folder' };
      continue;
    }
    let stream: Readable;
    const label = file.path === '-' ? 'stdin' : file.path;
    try {
      if (file.path === '-') stream = options.stdin as Readable;
      else {
        const full = path.resolve(options.cwd, file.path);
        fs.accessSync(full, fs.constants.R_OK);
        const raw = fs.createReadStream(full);
        if (options.onBytes) raw.on('data', (c) => options.onBytes!(c.length));
        stream = /\.gz$/i.test(file.path) ? raw.pipe(createGunzip()) : raw;
      }
    } catch (error) {
      yield { ok: false, where: label, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
      continue;
    }
    try {
      yield* readStream(stream, label, file.path === '-' ? undefined : modeOf(file.path));
    } catch (error) {
      yield { ok: false, where: label, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  }
}

async function* readStream(stream: Readable, label: string, known: Mode | undefined): AsyncGenerator<OutputRecord> {
  let mode = known;
  const splitter = new JsonValueSplitter();
  let carry = '';
  let line = 0;
  let yamlDoc: string[] = [];
  let yamlStart = 1;
  const decoder = new TextDecoder('utf-8');
  const parseJson = (raw: RawValue): OutputRecord => {
    try {
      return { ok: true, value: JSON.parse(raw.text), where: `${label}:${raw.line}` };
    } catch (error) {
      return { ok: false, where: `${label}:${raw.line}`, reason: `not JSON (${(error as Error).message.split('\n')[0]})` };
    }
  };
  const yamlRecord = async (): Promise<OutputRecord | undefined> => {
    const text = yamlDoc.join('\n');
    yamlDoc = [];
    if (!text.trim()) return undefined;
    const { parse } = await import('yaml');
    try {
      return { ok: true, value: parse(text), where: `${label}:${yamlStart}` };
    } catch (error) {
      return { ok: false, where: `${label}:${yamlStart}`, reason: `not YAML (${(error as Error).message.split('\n')[0]})` };
    }
  };
  function* lines(chunk: string, final: boolean): Generator<string> {
    const text = carry + chunk;
    const parts = text.split('\n');
    carry = final ? '' : parts.pop()!;
    for (const p of parts) yield p.endsWith('\r') ? p.slice(0, -1) : p;
  }
  const handle = async function* (chunk: string, final: boolean): AsyncGenerator<OutputRecord> {
    if (mode === 'json') {
      for (const raw of splitter.push(chunk)) yield parseJson(raw);
      if (final) {
        const rest = splitter.end();
        if (rest) yield { ok: false, where: `${label}:${rest.line}`, reason: 'truncated JSON (the value never closes)' };
      }
      return;
    }
    for (const text of lines(chunk, final)) {
      line++;
      if (mode === 'lines') {
        const trimmed = text.trim();
        if (trimmed) yield parseJson({ text: trimmed, line });
      } else if (/^---(\s|$)/.test(text) || /^\.\.\.\s*$/.test(text)) {
        const rec = await yamlRecord();
        if (rec) yield rec;
        yamlStart = line + 1;
      } else yamlDoc.push(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    }
    if (final && mode === 'yaml') {
      const rec = await yamlRecord();
      if (rec) yield rec;
    }
  };
  let head = '';
  for await (const bytes of stream) {
    const chunk = typeof bytes === 'string' ? bytes : decoder.decode(bytes as Uint8Array, { stream: true });
    if (!mode) {
      // Wait for enough text to tell the format (a first line, or 4 KB).
      head += chunk;
      if (!head.includes('\n') && head.length < 4096) continue;
      mode = sniff(head);
      yield* handle(head, false);
      continue;
    }
    yield* handle(chunk, false);
  }
  const tail = decoder.decode();
  if (!mode) {
    head += tail;
    if (!head.trim()) return;
    mode = sniff(head);
    yield* handle(head, true);
    return;
  }
  yield* handle(tail, true);
}
