import fs from 'node:fs';
import path from 'node:path';
import { expandPaths } from '../io/expand-paths.js';
import { StatusLine, type TerminalStream } from '../io/terminal.js';

/** Counts of a run, for the progress bar and the summary. */
export interface RunStats {
  articles: number;
  words: number;
  failed: number;
  skipped: number;
  jobs: number;
  startedAt: number;
}

export interface Progress {
  update(stats: RunStats): void;
  stop(): void;
  /** The bar's line, when one is drawn: messages during the run go above it (io/terminal.ts). */
  status?: StatusLine;
}

const silent: Progress = { update() {}, stop() {} };

/**
 * A progress bar on stderr (articles, rate, ETA), only for a person watching a terminal; the caller
 * decides when (cli/run/annotate.ts: batches only, never over output on the same screen). The total
 * is counted in the background (files, and lines of plain .jsonl archives) so the first article does
 * not wait for it; until it is known the bar shows counts and rate without an ETA.
 */
export async function createProgress(stderr: TerminalStream, enabled: boolean, paths: string[], cwd: string): Promise<Progress> {
  if (!enabled || !stderr.isTTY) return silent;
  let total: number | undefined;
  let last: RunStats | undefined;
  const status = new StatusLine(stderr, () => progressText(last, total));
  status.start();
  void countInputs(paths, cwd).then((n) => {
    total = n;
  }, () => {});
  return {
    update(stats) {
      last = stats;
    },
    stop: () => status.stop(),
    status,
  };
}

/** The bar's text: `newsmark ████░░░ 120/400 articles | 38.2/s | 1 failed | ETA 7.3 s`. */
export function progressText(s: RunStats | undefined, total: number | undefined, now = Date.now()): string {
  if (!s) return 'newsmark: starting…';
  const seconds = (now - s.startedAt) / 1000;
  const rate = seconds > 0 ? s.articles / seconds : 0;
  const head = `${s.articles.toLocaleString('en-US')}${total ? `/${total.toLocaleString('en-US')}` : ''} articles`;
  const tail = `${rate.toFixed(1)}/s | ${s.failed} failed`;
  if (!total) return `newsmark ${head} | ${tail}`;
  const done = s.articles + s.skipped + s.failed;
  const width = 30;
  const filled = Math.round(Math.min(1, done / total) * width);
  const left = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
  return `newsmark ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${head} | ${tail} | ETA ${formatSeconds(left)}`;
}

async function countInputs(paths: string[], cwd: string): Promise<number | undefined> {
  let n = 0;
  for await (const arg of expandPaths(paths, cwd)) {
    if (arg.path === '-' || /\.gz$/i.test(arg.path)) return undefined;
    n += /\.jsonl$/i.test(arg.path) ? await countLines(arg.path, cwd) : 1;
  }
  return n;
}

async function countLines(file: string, cwd: string): Promise<number> {
  let n = 0;
  for await (const chunk of fs.createReadStream(path.resolve(cwd, file))) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  }
  return n;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** One paragraph at the end of a run: what was done, how fast, what failed. */
export function summaryLine(stats: RunStats): string {
  const seconds = (Date.now() - stats.startedAt) / 1000;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const parts = [
    `newsmark: ${fmt(stats.articles)} article${stats.articles === 1 ? '' : 's'} (${fmt(stats.words)} words) in ${formatSeconds(seconds)}`,
    seconds > 0 ? `${fmt(stats.articles / seconds)} articles/s, ${fmt(stats.words / seconds)} words/s` : '',
    `${stats.failed} failed`,
    stats.skipped ? `${fmt(stats.skipped)} skipped (--resume/--shard)` : '',
    `${stats.jobs} worker${stats.jobs === 1 ? '' : 's'}`,
  ];
  return parts.filter(Boolean).join('; ') + '\n';
}
