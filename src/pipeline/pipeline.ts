import type { ArticleDoc, LayerName, Layers } from '../model/document.js';
import { codeOf, diagnostic } from '../model/diagnostics.js';
import { isValidSpan } from '../model/span.js';
import { defaultConfig } from '../config.js';
import type { AnnotateContext, Annotator } from './annotator.js';

export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PipelineError';
  }
}

export interface Pipeline {
  annotators: readonly Annotator[];
  run(doc: ArticleDoc, ctx?: Partial<AnnotateContext>): ArticleDoc;
}

/** Build a pipeline, checking once that every stage's `requires` is met by an earlier stage's `provides`. */
export function createPipeline(annotators: readonly Annotator[]): Pipeline {
  const available = new Set<LayerName>();
  for (const annotator of annotators) {
    const missing = annotator.requires.filter((name) => !available.has(name));
    if (missing.length) {
      throw new PipelineError(`annotator '${annotator.name}' requires ${missing.map((m) => `'${m}'`).join(', ')}, which no earlier annotator provides`);
    }
    for (const name of annotator.provides) available.add(name);
  }
  return {
    annotators,
    run(doc, partial) {
      const ctx: AnnotateContext = { config: partial?.config ?? defaultConfig(), explain: partial?.explain ?? false, referenceDate: partial?.referenceDate };
      for (const annotator of annotators) runStage(annotator, doc, ctx);
      return doc;
    },
  };
}

function runStage(annotator: Annotator, doc: ArticleDoc, ctx: AnnotateContext): void {
  const before = doc.diagnostics.length;
  let produced: Partial<Layers> | undefined;
  let failed = false;
  try {
    produced = annotator.run(doc, ctx);
  } catch (error) {
    failed = true;
    // A bug in one stage must not cost the article its other layers: record it and go on.
    doc.diagnostics.push(diagnostic(annotator.name, 'error', `stage failed: ${(error as Error).message}`, undefined, 'pipeline/stage-failed'));
    for (const name of annotator.provides) (doc.layers as Record<string, unknown>)[name] ??= [];
  }
  if (!failed) takeLayers(annotator, doc, produced!);
  // Step two of issue 14 sets a code wherever a stage makes a diagnostic; until then, a default.
  for (const d of doc.diagnostics.slice(before)) d.code = codeOf(d);
}

function takeLayers(annotator: Annotator, doc: ArticleDoc, produced: Partial<Layers>): void {
  for (const name of annotator.provides) {
    const value = produced[name];
    if (value === undefined) {
      doc.diagnostics.push(diagnostic(annotator.name, 'error', `stage did not provide layer '${name}'`, undefined, 'pipeline/missing-layer'));
      (doc.layers as Record<string, unknown>)[name] = [];
      continue;
    }
    (doc.layers as Record<string, unknown>)[name] = checkSpans(doc, annotator.name, name, value as unknown[]);
  }
}

/**
 * Check every span where it enters the model: an item with a span outside the text, or whose
 * `text` is not the slice it covers, is dropped with a diagnostic instead of reaching a writer.
 */
function checkSpans(doc: ArticleDoc, stage: string, layerName: string, items: unknown[]): unknown[] {
  return items.filter((item, index) => {
    const bad = findBadSpan(doc.text, item);
    if (!bad) return true;
    const message = `dropped ${layerName}[${index}]: invalid span [${bad.start}, ${bad.end})${bad.text !== undefined ? ` '${String(bad.text).slice(0, 40)}'` : ''}`;
    doc.diagnostics.push(diagnostic(stage, 'error', message, undefined, 'pipeline/bad-span'));
    return false;
  });
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
