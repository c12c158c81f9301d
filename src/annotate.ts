import type { ArticleDoc } from './model/document.js';
import { createDoc } from './model/document.js';
import { createPipeline, type Pipeline } from './pipeline/pipeline.js';
import type { Annotator } from './pipeline/annotator.js';
import type { NewsmarkConfig } from './config.js';
import { structure } from './annotators/structure.js';
import { tokens } from './annotators/tokens.js';
import { entities } from './annotators/entities.js';
import { dates } from './annotators/dates.js';
import { quantities } from './annotators/quantities.js';
import { quotes } from './annotators/quotes.js';
import { issues } from './annotators/issues.js';

/** The stages in order; order matters (each stage reads what the ones before it provide). */
export const defaultAnnotators: readonly Annotator[] = [structure, tokens, entities, dates, quantities, quotes, issues];

let shared: Pipeline | undefined;
/** The default pipeline, built (and order-checked) once per process. */
export function defaultPipeline(): Pipeline {
  shared ??= createPipeline(defaultAnnotators);
  return shared;
}

export interface AnnotateOptions {
  id?: string;
  config?: NewsmarkConfig;
  explain?: boolean;
  meta?: ArticleDoc['meta'];
  /** The date (YYYY-MM-DD) relative dates are resolved against when the article has no published date or dated dateline. */
  referenceDate?: string;
  pipeline?: Pipeline;
}

/** Annotate one article's text. Never throws on any text; problems become `doc.diagnostics`. */
export function annotate(text: string, options: AnnotateOptions = {}): ArticleDoc {
  const doc = createDoc(options.id ?? '-', text, options.meta);
  const pipeline = options.pipeline ?? defaultPipeline();
  return pipeline.run(doc, { config: options.config ?? {}, explain: options.explain ?? false, referenceDate: options.referenceDate });
}
