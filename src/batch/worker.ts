import { workerData } from 'node:worker_threads';
import type { NewsmarkConfig } from '../config.js';
import { pipelineFor } from '../annotate.js';
import { renderArticle, type ArticleTask, type RenderOptions, type RenderedArticle } from './render.js';
import { WARM_UP } from './warm-up.js';

/**
 * The worker thread's entry (compiled to dist/batch/worker.js; piscina runs it). The pipeline is built
 * once, when this module is first imported — compromise, the NER model, the lexicons and gazetteers
 * loaded and checked then — and serves every article the thread gets.
 */
const { config, options } = workerData as { config: NewsmarkConfig; options: RenderOptions };

// Built now, before the thread takes its first article: a worker started to replace a stopped one
// does not spend an article's --timeout on loading. A resource that cannot be used (a ConfigError)
// fails the thread's start, so the pool does not start. One small article then runs every stage once.
const pipeline = pipelineFor(config);
renderArticle(WARM_UP, options, pipeline);

export default function annotateTask(task: ArticleTask & { started?: SharedArrayBuffer; options?: RenderOptions }): RenderedArticle {
  // Tell the main thread the clock for --timeout starts now.
  if (task.started) Atomics.store(new Int32Array(task.started), 0, 1);
  return renderArticle({ id: task.id, text: task.text, meta: task.meta }, task.options ?? options, pipeline);
}
