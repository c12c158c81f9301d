import { annotate } from '../annotate.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { ArticleDoc } from '../model/document.js';
import { selectFields, toOutput, type OutputField } from '../model/output.js';
import type { Format } from '../writers/formats.js';
import { WRITERS } from '../writers/registry.js';

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

/**
 * Annotate and write one article: its body in the format, written alone (`WRITERS[format].render`).
 * The caller frames the bodies with the format's writer (`WRITERS[format].writer()` and `Framing`):
 * `json` is the indented object alone, `html` the article's fragment, the array or page comes from the frame.
 * `pipeline` is built once, with its config and resources, before the first article (`buildPipeline`).
 */
export function renderArticle(task: ArticleTask, options: RenderOptions, pipeline: Pipeline): RenderedArticle {
  const doc = annotate(task.text, { id: task.id, pipeline, meta: task.meta, referenceDate: options.referenceDate });
  const output = toOutput(doc, { explain: options.explain, includeText: options.includeText || options.only?.includes('text') });
  const selected = options.only ? selectFields(output, options.only) : output;
  const body = WRITERS[options.format].render({ doc, output, selected }, { color: !!options.color });
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
