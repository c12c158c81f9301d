import type { SelectedOutput } from '../model/output.js';
import { frameAll, type Writer } from './writer.js';

/** One article's JSON object, indented, without a line end: the frame adds it (and the array, for several). */
export function renderJson(output: SelectedOutput): string {
  return JSON.stringify(output, null, 2);
}

const indent = (s: string) => s.replace(/^/gm, '  ');

/**
 * One object for one article, an array for several (streamed: the first object waits for a second to
 * know which), `[]` for none. The array's items are the objects indented, so the bytes are those of
 * `JSON.stringify(array, null, 2)`.
 */
export function jsonWriter(): Writer {
  return { begin: () => '[\n', item: indent, separator: () => ',\n', end: () => '\n]\n', alone: (body) => body + '\n', none: () => '[]\n' };
}

/** One object for one article, an array for several. */
export function writeJson(outputs: SelectedOutput[]): string {
  return frameAll(jsonWriter(), outputs.map(renderJson));
}
