import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewsmarkConfig } from '../config.js';
import { renderArticle, type ArticleTask, type RenderOptions, type RenderedArticle } from './render.js';

/** Runs articles: in this process, or on a pool of worker threads. */
export interface Executor {
  readonly jobs: number;
  run(task: ArticleTask): Promise<RenderedArticle>;
  close(): Promise<void>;
}

export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`took longer than --timeout ${ms} ms; stopped`);
    this.name = 'TimeoutError';
  }
}

/**
 * The single-article path (`pbpaste | newsmark`): no threads to start, the answer as soon as the
 * pipeline has run. Synchronous code cannot be interrupted here, so `--timeout` does not apply.
 */
export function inProcessExecutor(options: RenderOptions, config: NewsmarkConfig): Executor {
  return {
    jobs: 1,
    run: async (task) => renderArticle(task, options, config),
    close: async () => {},
  };
}

/**
 * A piscina pool of `jobs` worker threads, each loading the models once. With `timeoutMs`, an article
 * that runs too long is aborted: piscina terminates that worker thread and starts a fresh one, so only
 * the stuck article fails.
 */
export async function poolExecutor(jobs: number, options: RenderOptions, config: NewsmarkConfig, timeoutMs?: number): Promise<Executor> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    // The caller bounds the work in flight (jobs × 4), so the pool's own queue needs no limit.
    maxQueue: Infinity,
    idleTimeout: 60_000,
    workerData: { config, options },
  });
  // Each thread loads its models before any article's clock starts: one warm-up article per thread.
  await Promise.all(Array.from({ length: jobs }, () => pool.run(WARM_UP)));
  // No more tasks than threads are handed over, so an article's --timeout counts its own run, not
  // its wait in the queue behind others.
  const slots = new Slots(jobs);
  return {
    jobs,
    async run(task) {
      await slots.take();
      const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
      try {
        return (await pool.run(task, signal ? { signal } : {})) as RenderedArticle;
      } catch (error) {
        if (signal?.aborted) throw new TimeoutError(timeoutMs!);
        throw error;
      } finally {
        slots.give();
      }
    },
    close: () => pool.destroy(),
  };
}

const WARM_UP: ArticleTask = { id: 'warm-up', text: 'Warm-up\n\nA short article, said the editor in London on Monday.' };

/** A counting semaphore: at most `free` holders at a time, the rest wait in order. */
class Slots {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * The compiled worker. From `dist/` it sits next to this file; when this module runs from `src/`
 * (vitest imports TypeScript directly) the built copy in `dist/` is used — build first.
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'worker.js');
  if (here.endsWith('.js') && fs.existsSync(sibling)) return sibling;
  const built = path.resolve(path.dirname(here), '../../dist/batch/worker.js');
  if (!fs.existsSync(built)) throw new Error(`worker not built: ${built} is missing (run npm run build)`);
  return built;
}
