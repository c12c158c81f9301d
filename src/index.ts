/** newsmark's library API: annotate text, build pipelines, write output. The CLI is a thin layer over this. */
export { annotate, defaultPipeline, defaultAnnotators, type AnnotateOptions } from './annotate.js';
export { createPipeline, PipelineError, type Pipeline } from './pipeline/pipeline.js';
export type { Annotator, AnnotateContext } from './pipeline/annotator.js';
export * from './model/document.js';
export * from './model/span.js';
export * from './model/diagnostics.js';
export { toOutput, SCHEMA_VERSION, type ArticleOutput, type OutputOptions } from './model/output.js';
export { outputSchema, outputJsonSchema } from './model/schema.js';
export * from './writers/index.js';
export { loadConfig, defaultConfig, type NewsmarkConfig } from './config.js';
export { decodeBytes, InputError } from './io/read-input.js';
export { main } from './cli/main.js';
