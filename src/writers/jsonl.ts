import type { SelectedOutput } from '../model/output.js';
import { plainWriter, type Writer } from './writer.js';

/** One object a line; the format for streaming and for tools such as GNU parallel or Spark. */
export function writeJsonl(output: SelectedOutput): string {
  return JSON.stringify(output) + '\n';
}

/** Lines follow lines: nothing around or between them. */
export const jsonlWriter = (): Writer => plainWriter('');
