/** newsmark's library API: annotate text, build pipelines, write output. The CLI is a thin layer over this. */
export { annotate, buildPipeline, pipelineFor, defaultPipeline, defaultStages, defaultAnnotators, type AnnotateOptions, type Resources } from './annotate.js';
export { createPipeline, PipelineError, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
export { defineStage, type Annotator, type AnyAnnotator, type AnyStage, type Stage, type RunOptions } from './pipeline/annotator.js';
export { loadNerModel } from './ner/tagger.js';
export { compileTopicEngine, type TopicEngine } from './topics/engine.js';
export { readLexicon, parseLexicon, type Lexicon } from './topics/lexicon.js';
export { ConfigError, ExitError } from './errors.js';
export * from './model/document.js';
export * from './model/span.js';
export * from './model/diagnostics.js';
export { toOutput, SCHEMA_VERSION, type ArticleOutput, type OutputOptions } from './model/output.js';
export { outputSchema, outputJsonSchema } from './model/schema.js';
export * from './writers/index.js';
export { loadConfig, defaultConfig, type NewsmarkConfig } from './config.js';
export { decodeBytes, InputError } from './io/read-input.js';
export { main } from './cli/main.js';
