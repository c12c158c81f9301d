import type { ArticleDoc, LayerName, Layers } from '../model/document.js';
import type { NewsmarkConfig } from '../config.js';

export interface AnnotateContext {
  config: NewsmarkConfig;
  /** Keep the reasons for decisions (which rule or feature) in the output. */
  explain: boolean;
  /** The date (YYYY-MM-DD) relative dates are resolved against when the article gives none (`--date`). */
  referenceDate?: string;
}

/**
 * One stage, one job. It declares the layers it reads and the layers it adds;
 * `createPipeline` checks the order once, when the pipeline is built.
 * `run` reads `doc` and returns the new layers; it never formats and never throws on bad input
 * (it returns what it can and pushes diagnostics to `doc.diagnostics`).
 */
export interface Annotator {
  name: string;
  requires: readonly LayerName[];
  provides: readonly LayerName[];
  run(doc: ArticleDoc, ctx: AnnotateContext): Partial<Layers>;
}
