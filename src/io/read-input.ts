import fs from 'node:fs';
import { createRequire } from 'node:module';

// chardet is needed only for text that is not UTF-8: loaded then, not on every start (cold latency).
let chardetModule: typeof import('chardet') | undefined;
const chardet = () => (chardetModule ??= createRequire(import.meta.url)('chardet') as typeof import('chardet'));

/**
 * Decoding happens once, here; after this nothing changes the text's length, so every offset
 * newsmark writes is an index into the string this module returns.
 *
 * - A UTF-8 byte order mark is not part of the text: offsets count from the first character after it
 *   (as TextDecoder and most editors do). A UTF-16 BOM selects UTF-16.
 * - CRLF line ends are kept as they are; offsets count the \r.
 * - Text that is not valid UTF-8 is decoded with the encoding chardet detects (windows-1252,
 *   ISO-8859-x, …) and a warning says so; binary data (NUL bytes, mostly control characters) is refused.
 */
export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'InputError';
  }
}

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function decodeBytes(bytes: Uint8Array, source: string): DecodedText {
  const warnings: string[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings };
  }
  if (looksBinary(bytes)) throw new InputError(source, 'binary data, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    const detected = (chardet().detect(bytes) ?? 'windows-1252').toLowerCase();
    const encoding = detected === 'utf-8' || !isSupported(detected) ? 'windows-1252' : detected;
    warnings.push(`not valid UTF-8; decoded as ${encoding}`);
    return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings };
  }
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

/** NUL bytes, or more than 10% control characters in the first 8 KB, mean this is not an article. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Check decoded text is something to annotate. */
export function checkText(text: string, source: string): void {
  if (!text.trim()) throw new InputError(source, text.length ? 'empty article (only white space)' : 'empty article');
}

export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText {
  let size: number;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) throw new InputError(path, 'is a directory');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, describeFsError(error));
  }
  if (size > maxBytes) throw new InputError(path, `too large (${size} bytes; --max-bytes is ${maxBytes})`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  return decodeBytes(bytes, path);
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (e.message ?? String(error)).split('\n')[0]!;
  }
}

export async function readStream(stream: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) throw new InputError('-', `too large (over ${maxBytes} bytes; --max-bytes)`);
    parts.push(buf);
  }
  return Buffer.concat(parts);
}
