import type { NewsmarkConfig } from '../config.js';
import { poolExecutor, TimeoutError } from '../batch/executor.js';
import type { ArticleTask, RenderOptions, RenderedArticle } from '../batch/render.js';

/**
 * What the server annotates with: the batch machinery's worker pool (src/batch/executor.ts), each
 * thread with its models loaded once, and `--timeout` terminating and replacing a stuck thread.
 * Requests never annotate on the main thread, which stays free to read, answer and stream.
 */
export interface Engine {
  readonly jobs: number;
  /** One article, written in the request's format (the writers' output, as the CLI would give it). */
  render(task: ArticleTask, options: RenderOptions): Promise<RenderedArticle>;
  close(): Promise<void>;
}

export interface EngineOptions {
  jobs: number;
  timeoutMs: number;
  /** The pool's worker module (tests give one that can be made to hang); default newsmark's own. */
  workerFile?: string;
}

/**
 * Build everything once, at start: each worker builds the pipeline of `config` (its models and
 * lexicons loaded and checked once; serveCommand has built it once already, so a resource that cannot
 * be used was refused before the server listened). It resolves when every worker has built its
 * pipeline and annotated a warm-up article, and rejects (the server then exits 2) when a worker
 * cannot start.
 */
export async function startEngine(config: NewsmarkConfig, options: EngineOptions): Promise<Engine> {
  const executor = await poolExecutor(options.jobs, { format: 'json' }, config, options.timeoutMs, options.workerFile);
  return {
    jobs: executor.jobs,
    render: (task, renderOptions) => executor.run(task, renderOptions),
    close: () => executor.close(),
  };
}

export const isTimeout = (error: unknown): error is TimeoutError => error instanceof TimeoutError;
