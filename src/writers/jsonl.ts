import type { SelectedOutput } from '../model/output.js';

/** One object a line; the format for streaming and for tools such as GNU parallel or Spark. */
export function writeJsonl(output: SelectedOutput): string {
  return JSON.stringify(output) + '\n';
}
