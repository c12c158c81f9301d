import { annotate } from '../annotate.js';
import type { NewsmarkConfig } from '../config.js';
import type { ArticleDoc } from '../model/document.js';
import { toOutput } from '../model/output.js';
import { writeHtmlArticle, writeJsonl, writePretty, writeYaml, type Format } from '../writers/index.js';

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
  /** Colors for `pretty` (decided by the main thread, which knows whether stdout is a terminal). */
  color?: boolean;
}

/** One article's output, already written in the format, so workers send back a string, not a document. */
export interface RenderedArticle {
  body: string;
  words: number;
}

/** Annotate and write one article. `json` is the indented object alone: the caller decides on an array. */
export function renderArticle(task: ArticleTask, options: RenderOptions, config: NewsmarkConfig): RenderedArticle {
  const doc = annotate(task.text, { id: task.id, config, explain: options.explain, meta: task.meta });
  const output = toOutput(doc, { explain: options.explain, includeText: options.includeText });
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
      body = writePretty(doc, output, { color: !!options.color });
      break;
    case 'html':
      // One article's fragment: the caller makes the page (one per file, or several with contents).
      body = writeHtmlArticle(doc, output);
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
