import type { ArticleDoc } from './model/document.js';
import { createDoc } from './model/document.js';
import { createPipeline, type Pipeline } from './pipeline/pipeline.js';
import type { AnyAnnotator, AnyStage } from './pipeline/annotator.js';
import type { NewsmarkConfig } from './config.js';
import type { Resources } from './annotators/resources.js';
import { structure } from './annotators/structure.js';
import { tokens } from './annotators/tokens.js';
import { entities } from './annotators/entities.js';
import { dates } from './annotators/dates.js';
import { quantities } from './annotators/quantities.js';
import { quotes } from './annotators/quotes.js';
import { issues } from './annotators/issues.js';

export type { Resources } from './annotators/resources.js';

/** The stages in order; order matters (each stage reads what the ones before it provide). */
export const defaultStages: readonly (AnyAnnotator | AnyStage<Resources>)[] = [structure, tokens, entities, dates, quantities, quotes, issues];
/** @deprecated the old name of `defaultStages`. */
export const defaultAnnotators = defaultStages;

/**
 * Build the default pipeline for a config: the NER model, the topic lexicon, the gazetteers and the
 * cue verbs are loaded and checked now, once, and a ConfigError (one line naming the file) is thrown
 * before any article is read. `resources` replace the defaults (another tagger model, another topic
 * engine). Build it once and run it over every article.
 */
export function buildPipeline(config: NewsmarkConfig = {}, resources?: Resources): Pipeline {
  return createPipeline(defaultStages, { config, resources });
}

/** Pipelines built for a config by `annotate(text, { config })`, by what the config says. */
const byConfig = new Map<string, Pipeline>();
const BY_CONFIG_LIMIT = 16;

/**
 * The default pipeline of a config, built once per process for each distinct config (the CLI, the
 * workers and the start-up snapshot share the one for no config).
 */
export function pipelineFor(config: NewsmarkConfig = {}): Pipeline {
  const key = JSON.stringify(config);
  let pipeline = byConfig.get(key);
  if (!pipeline) {
    pipeline = buildPipeline(config);
    if (byConfig.size >= BY_CONFIG_LIMIT) byConfig.clear();
    byConfig.set(key, pipeline);
  }
  return pipeline;
}

/** The default pipeline with no config, built once per process. */
export const defaultPipeline = (): Pipeline => pipelineFor({});

export interface AnnotateOptions {
  id?: string;
  /** The config to build the pipeline with (ignored when `pipeline` is given). */
  config?: NewsmarkConfig;
  explain?: boolean;
  meta?: ArticleDoc['meta'];
  /** The date (YYYY-MM-DD) relative dates are resolved against when the article has no published date or dated dateline. */
  referenceDate?: string;
  /** A pipeline built once (`buildPipeline`), to run instead of the default one of `config`. */
  pipeline?: Pipeline;
}

/**
 * Annotate one article's text. Never throws on any text; problems become `doc.diagnostics`. Without
 * `pipeline`, the default one of `config` is built on first use (and throws a ConfigError then, when
 * a resource the config names cannot be used).
 */
export function annotate(text: string, options: AnnotateOptions = {}): ArticleDoc {
  const doc = createDoc(options.id ?? '-', text, options.meta);
  const pipeline = options.pipeline ?? pipelineFor(options.config);
  return pipeline.run(doc, { referenceDate: options.referenceDate });
}
