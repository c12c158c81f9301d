import { annotate } from '../annotate.js';
import type { NewsmarkConfig } from '../config.js';
import type { ArticleDoc } from '../model/document.js';
import { selectFields, toOutput, type OutputField } from '../model/output.js';
import { writeHtmlArticle, writeJsonl, writePretty, writeSummary, writeYaml, type Format } from '../writers/index.js';

/** What one article needs to be annotated anywhere: in this process or in a worker thread. */
export interface ArticleTask {
  id: string;
  text: string;
  meta?: ArticleDoc['meta'];
}

export interface RenderOptions {
  format: Format;
  explain?: boolean;
  includeText?: boolean;
  /** Colors for `pretty` and `summary` (decided by the main thread, which knows whether stdout is a terminal). */
  color?: boolean;
  /** `--only`: the fields machine formats keep (besides id and schema). */
  only?: OutputField[];
  /** `--date`: the reference date for relative dates when the article gives none. */
  referenceDate?: string;
}

/** One article's output, already written in the format, so workers send back a string, not a document. */
export interface RenderedArticle {
  body: string;
  words: number;
}

/** Annotate and write one article. `json` is the indented object alone: the caller decides on an array. */
export function renderArticle(task: ArticleTask, options: RenderOptions, config: NewsmarkConfig): RenderedArticle {
  const doc = annotate(task.text, { id: task.id, config, explain: options.explain, meta: task.meta, referenceDate: options.referenceDate });
  const whole = toOutput(doc, { explain: options.explain, includeText: options.includeText || options.only?.includes('text') });
  const output = options.only ? selectFields(whole, options.only) : whole;
  let body: string;
  switch (options.format) {
    case 'jsonl':
      body = writeJsonl(output);
      break;
    case 'json':
      body = JSON.stringify(output, null, 2);
      break;
    case 'yaml':
      body = writeYaml(output);
      break;
    case 'pretty':
      body = writePretty(doc, whole, { color: !!options.color });
      break;
    case 'summary':
      body = writeSummary(doc, { color: !!options.color });
      break;
    case 'html':
      // One article's fragment: the caller makes the page (one per file, or several with contents).
      body = writeHtmlArticle(doc, whole);
      break;
  }
  return { body, words: countWords(task.text) };
}

/** Words as runs of non-space characters: cheap, and the same count for every stage version. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
