import fs from 'node:fs';
import { createRequire } from 'node:module';

// chardet and iconv-lite are needed only for text that is not UTF-8: loaded then, not on every start
// (cold latency).
const require = createRequire(import.meta.url);
let chardetModule: typeof import('chardet') | undefined;
const chardet = () => (chardetModule ??= require('chardet') as typeof import('chardet'));
let iconvModule: typeof import('iconv-lite') | undefined;
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));

/**
 * Decoding happens once, here; after this nothing changes the text's length, so every offset
 * newsmark writes is an index into the string this module returns.
 *
 * - A UTF-8 byte order mark is not part of the text: offsets count from the first character after it
 *   (as TextDecoder and most editors do). A UTF-16 BOM selects UTF-16.
 * - CRLF line ends are kept as they are; offsets count the \r.
 * - Text that is not valid UTF-8 is decoded with the encoding chardet detects (windows-1252,
 *   ISO-8859-x, Shift_JIS, …) by iconv-lite, and a warning says which. Not by TextDecoder: Node 20's
 *   `TextDecoder('windows-1252')` decodes as Latin-1 (nodejs/node#60888), so the curly quotes, dashes
 *   and € of 0x80–0x9F became C1 control characters and quotes were lost. Binary data (NUL bytes,
 *   mostly control characters) is refused.
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
    return decodeDetected(bytes, warnings);
  }
}

/** The fallback when nothing else is named: the commonest 8-bit encoding of English text on the web and Windows. */
const FALLBACK = 'windows-1252';

/** Bytes that are not valid UTF-8, decoded with the encoding chardet names, and a warning that says what was done. */
function decodeDetected(bytes: Uint8Array, warnings: string[]): DecodedText {
  const utf8 = mostlyUtf8(bytes);
  if (utf8) {
    warnings.push(`not valid UTF-8; decoded as UTF-8 with ${utf8.bad} invalid byte sequence${utf8.bad === 1 ? '' : 's'} replaced by U+FFFD`);
    return { text: utf8.text, encoding: 'utf-8', warnings };
  }
  const detected = chardet().detect(bytes)?.toLowerCase();
  if (detected && detected !== 'utf-8' && iconv().encodingExists(detected)) {
    warnings.push(`not valid UTF-8; decoded as ${detected} (the detected encoding)`);
    return { text: iconv().decode(asBuffer(bytes), detected), encoding: detected, warnings };
  }
  warnings.push(detected && detected !== 'utf-8' ? `not valid UTF-8; detected ${detected}, which newsmark cannot decode; decoded as ${FALLBACK}` : `not valid UTF-8; encoding not recognized; decoded as ${FALLBACK}`);
  return { text: iconv().decode(asBuffer(bytes), FALLBACK), encoding: FALLBACK, warnings };
}

/**
 * UTF-8 with a few broken bytes (a truncated, spliced or badly converted file), or undefined. Such
 * text is read as UTF-8 with U+FFFD for each bad sequence rather than in an 8-bit encoding that would
 * turn every one of its good multi-byte characters into two or three wrong ones. Text in an 8-bit
 * encoding almost never forms valid multi-byte sequences (a lead byte 0xC2–0xF4 followed by the right
 * number of 0x80–0xBF bytes), so twice as many good sequences as bad ones says UTF-8.
 */
function mostlyUtf8(bytes: Uint8Array): { text: string; bad: number } | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const bad = countReplacements(text) - countLiteralReplacements(bytes);
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd && !(c >= 0xdc00 && c <= 0xdfff)) good++;
  }
  return bad > 0 && good >= 2 * bad ? { text, bad } : undefined;
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD characters the input itself holds (EF BF BD), which are not decoding errors. */
function countLiteralReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
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
