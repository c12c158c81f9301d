import type { ArticleDoc, LayerName, Layers } from '../model/document.js';
import { codeOf, diagnostic } from '../model/diagnostics.js';
import { isValidSpan } from '../model/span.js';
import { defaultConfig } from '../config.js';
import type { NewsmarkConfig } from '../config.js';
import type { AnyAnnotator, AnyStage, RunOptions } from './annotator.js';

export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineError';
  }
}

export interface Pipeline {
  /** The built stages, in order. */
  annotators: readonly AnyAnnotator[];
  run(doc: ArticleDoc, options?: RunOptions): ArticleDoc;
}

export interface PipelineOptions<Res = unknown> {
  /** The config each stage factory is built with (default: none, newsmark's defaults). */
  config?: NewsmarkConfig;
  /** What the stage factories are given instead of their default models and data. */
  resources?: Res;
}

/**
 * Build a pipeline: check once that every stage's `requires` is met by an earlier stage's
 * `provides` (a PipelineError otherwise, before anything is loaded), then build each stage factory
 * with the config and resources — where models and lexicons are loaded and checked, once (a stage
 * throws a ConfigError on one it cannot use). A stage given already built is used as it is.
 */
export function createPipeline<Res = unknown>(stages: readonly (AnyAnnotator | AnyStage<Res>)[], options: PipelineOptions<Res> = {}): Pipeline {
  const available = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.requires.filter((name) => !available.has(name));
    if (missing.length) {
      throw new PipelineError(`annotator '${stage.name}' requires ${missing.map((m) => `'${m}'`).join(', ')}, which no earlier annotator provides`);
    }
    for (const name of stage.provides) available.add(name);
  }
  const config = options.config ?? defaultConfig();
  const annotators = stages.map((stage) => ('create' in stage ? stage.create(config, options.resources) : stage));
  return {
    annotators,
    run(doc, runOptions = {}) {
      for (const annotator of annotators) runStage(annotator, doc, runOptions);
      return doc;
    },
  };
}

function runStage(annotator: AnyAnnotator, doc: ArticleDoc, options: RunOptions): void {
  const before = doc.diagnostics.length;
  let produced: Partial<Layers> | undefined;
  try {
    produced = annotator.run(doc, options);
  } catch (error) {
    // A bug in one stage must not cost the article its other layers: record it and go on.
    doc.diagnostics.push(diagnostic(annotator.name, 'error', `stage failed: ${(error as Error).message}`, undefined, 'pipeline/stage-failed'));
    for (const name of annotator.provides) if (doc.layers[name] === undefined) putEmpty(doc.layers, name);
  }
  if (produced) takeLayers(annotator, doc, produced);
  // Step two of issue 14 sets a code wherever a stage makes a diagnostic; until then, a default.
  for (const d of doc.diagnostics.slice(before)) d.code = codeOf(d);
}

function takeLayers(annotator: AnyAnnotator, doc: ArticleDoc, produced: Partial<Layers>): void {
  for (const name of annotator.provides) {
    if (produced[name] === undefined) {
      doc.diagnostics.push(diagnostic(annotator.name, 'error', `stage did not provide layer '${name}'`, undefined, 'pipeline/missing-layer'));
      putEmpty(doc.layers, name);
      continue;
    }
    take(doc, annotator.name, name, produced);
  }
}

/** One provided layer into the document, its items checked (`K` ties the layer's name to its type). */
function take<K extends LayerName>(doc: ArticleDoc, stage: string, name: K, produced: Partial<Layers>): void {
  const value = produced[name];
  if (value !== undefined) doc.layers[name] = checkSpans(doc, stage, name, value);
}

function putEmpty<K extends LayerName>(layers: Partial<Layers>, name: K): void {
  // The one cast of the pipeline: every layer is an array of its items, so an empty array is a value
  // of each, but the compiler cannot see that through the generic `K`.
  layers[name] = [] as Layers[K];
}

/**
 * Check every span where it enters the model: an item with a span outside the text, or whose
 * `text` is not the slice it covers, is dropped with a diagnostic instead of reaching a writer.
 */
function checkSpans<T extends unknown[]>(doc: ArticleDoc, stage: string, layerName: string, items: T): T {
  const bad = new Set<number>();
  items.forEach((item, index) => {
    const span = findBadSpan(doc.text, item);
    if (!span) return;
    bad.add(index);
    const message = `dropped ${layerName}[${index}]: invalid span [${span.start}, ${span.end})${span.text !== undefined ? ` '${String(span.text).slice(0, 40)}'` : ''}`;
    doc.diagnostics.push(diagnostic(stage, 'error', message, undefined, 'pipeline/bad-span'));
  });
  if (!bad.size) return items;
  // The layer is the stage's own new array: the bad items leave it in place, so it keeps its type.
  const kept = items.filter((_, index) => !bad.has(index));
  items.length = 0;
  items.push(...kept);
  return items;
}

type SpanLike = { start: number; end: number; text?: string };

function findBadSpan(text: string, value: unknown): SpanLike | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = findBadSpan(text, v);
      if (bad) return bad;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if ('start' in record || 'end' in record) {
    const span = record as unknown as SpanLike;
    if (span.start !== undefined || span.end !== undefined) {
      if (!isValidSpan(text, span)) return span;
    }
  }
  for (const v of Object.values(record)) {
    if (v !== null && typeof v === 'object') {
      const bad = findBadSpan(text, v);
      if (bad) return bad;
    }
  }
  return null;
}
