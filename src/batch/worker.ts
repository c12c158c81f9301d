import { workerData } from 'node:worker_threads';
import type { NewsmarkConfig } from '../config.js';
import { renderArticle, type ArticleTask, type RenderOptions, type RenderedArticle } from './render.js';

/**
 * The worker thread's entry (compiled to dist/batch/worker.js; piscina runs it). compromise and the
 * models load once, when this module is first imported, and serve every article the thread gets.
 */
const { config, options } = workerData as { config: NewsmarkConfig; options: RenderOptions };

// TEST ONLY: an article whose id equals NEWSMARK_TEST_STUCK_ID spins forever, so tests can check that
// --timeout terminates the stuck worker and the rest of the batch goes on. Unset in normal use.
const stuckId = process.env.NEWSMARK_TEST_STUCK_ID;

export default function annotateTask(task: ArticleTask): RenderedArticle {
  if (stuckId && task.id === stuckId) for (;;);
  return renderArticle(task, options, config);
}
