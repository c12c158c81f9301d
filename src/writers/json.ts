import type { SelectedOutput } from '../model/output.js';

/** One object for one article, an array for several. */
export function writeJson(outputs: SelectedOutput[]): string {
  return JSON.stringify(outputs.length === 1 ? outputs[0] : outputs, null, 2) + '\n';
}
