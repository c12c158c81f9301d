import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { NewsmarkConfig } from '../config.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { WARM_UP } from './warm-up.js';
import { renderArticle, type ArticleTask, type RenderOptions, type RenderedArticle } from './render.js';

/** Runs articles: in this process, or on a pool of worker threads. */
export interface Executor {
  readonly jobs: number;
  /** `options` replaces the executor's own for this article (`newsmark serve`: per-request format, --only). */
  run(task: ArticleTask, options?: RenderOptions): Promise<RenderedArticle>;
  close(): Promise<void>;
}

/** Old-generation heap cap of each worker thread, in MB (see the pool's resourceLimits). */
export const WORKER_OLD_GENERATION_MB = 192;

export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`took longer than --timeout ${ms} ms; stopped`);
    this.name = 'TimeoutError';
  }
}

/**
 * The single-article path (`pbpaste | newsmark`): no threads to start, the answer as soon as the
 * pipeline has run. Synchronous code cannot be interrupted here, so `--timeout` does not apply.
 * `pipeline` is built by the caller, once (its resources checked before any input is read).
 */
export function inProcessExecutor(options: RenderOptions, pipeline: Pipeline): Executor {
  return {
    jobs: 1,
    run: async (task, override) => renderArticle(task, override ?? options, pipeline),
    close: async () => {},
  };
}

/**
 * A piscina pool of `jobs` worker threads, each loading the models once. With `timeoutMs`, an article
 * that runs too long is aborted: piscina terminates that worker thread and starts a fresh one, so only
 * the stuck article fails. `filename` is the worker module the threads run (default: newsmark's own,
 * worker.ts; tests/batch/stuck-worker.mjs wraps it to make an article that never ends).
 */
export async function poolExecutor(jobs: number, options: RenderOptions, config: NewsmarkConfig, timeoutMs?: number, filename: string = workerFile()): Promise<Executor> {
  // Through `require`, never bundled: piscina starts its threads from a file next to its own code,
  // which a bundle (the start-up snapshot's) would not have beside it.
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    // The caller bounds the work in flight (jobs × 4), so the pool's own queue needs no limit.
    maxQueue: Infinity,
    idleTimeout: 60_000,
    // Without a limit V8 lets each thread's heap grow long before it collects (measured: peak RSS
    // 584 MB over 1,200 articles with 2 workers, 350 MB with a 160 MB cap, no slower). One article
    // needs far less; one that needs more fails alone (its worker is replaced) and is reported.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: 16 },
    workerData: { config, options },
  });
  // Each thread loads its models before any article's clock starts: one warm-up article per thread.
  await Promise.all(Array.from({ length: jobs }, () => pool.run(WARM_UP)));
  // No more tasks than threads are handed over, and an article's --timeout clock starts when a worker
  // actually begins it (the worker raises a shared flag), so neither a queue nor a replacement worker's
  // model loading counts against it.
  const slots = new Slots(jobs);
  return {
    jobs,
    async run(task, override) {
      await slots.take();
      const abort = timeoutMs ? new AbortController() : undefined;
      const started = new Int32Array(new SharedArrayBuffer(4));
      const watch = abort ? watchStart(started, timeoutMs!, abort) : undefined;
      try {
        return (await pool.run({ ...task, ...(override ? { options: override } : {}), started: started.buffer }, abort ? { signal: abort.signal } : {})) as RenderedArticle;
      } catch (error) {
        if (abort?.signal.aborted) throw new TimeoutError(timeoutMs!);
        throw error;
      } finally {
        if (watch) clearInterval(watch);
        slots.give();
      }
    },
    close: () => pool.destroy(),
  };
}

/** Abort once the task has run `timeoutMs` since its worker raised the `started` flag. */
function watchStart(started: Int32Array, timeoutMs: number, abort: AbortController): NodeJS.Timeout {
  let since: number | undefined;
  const timer = setInterval(() => {
    if (since === undefined && Atomics.load(started, 0) === 1) since = Date.now();
    if (since !== undefined && Date.now() - since >= timeoutMs) {
      clearInterval(timer);
      abort.abort();
    }
  }, Math.max(10, Math.min(100, timeoutMs / 10)));
  return timer;
}


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
