import type { ArticleOutput } from '../model/output.js';

/** One object a line; the format for streaming and for tools such as GNU parallel or Spark. */
export function writeJsonl(output: ArticleOutput): string {
  return JSON.stringify(output) + '\n';
}
