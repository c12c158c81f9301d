import fs from 'node:fs';
import path from 'node:path';
import { listOutputFiles } from './read.js';

/** The report's progress on stderr, for a person at a terminal: share of bytes read, articles, bad lines. */
export interface ReportProgress {
  bytes: (n: number) => void;
  update(articles: number, bad: number): void;
  /** Write a line above the bar (a bad input's name). */
  log(line: string): void;
  stop(): void;
}

export async function createReportProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean, paths: string[], cwd: string): Promise<ReportProgress> {
  if (!enabled || !stderr.isTTY) return { bytes: () => {}, update: () => {}, log: (line) => void stderr.write(line), stop: () => {} };
  const { SingleBar } = await import('cli-progress');
  let read = 0;
  let total = 0;
  let articles = 0;
  let bad = 0;
  const startedAt = Date.now();
  const bar = new SingleBar({
    stream: stderr as NodeJS.WriteStream,
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
    format: (options) => {
      const rate = articles / Math.max(0.001, (Date.now() - startedAt) / 1000);
      const head = `newsmark report ${articles.toLocaleString('en-US')} articles | ${rate.toFixed(0)}/s | ${bad} bad`;
      if (!total) return head;
      const width = options.barsize ?? 30;
      const share = Math.min(1, read / total);
      const filled = Math.round(share * width);
      return `newsmark report ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${(share * 100).toFixed(0)}% | ${head.slice('newsmark report '.length)}`;
    },
  });
  bar.start(1, 0);
  // The total size is summed in the background: the first article does not wait for a folder walk.
  setImmediate(() => {
    try {
      for (const f of listOutputFiles(paths, cwd)) {
        if (f.missing || f.path === '-') continue;
        try {
          total += fs.statSync(path.resolve(cwd, f.path)).size;
        } catch {
          // counted as missing by the reader
        }
      }
    } catch {
      total = 0;
    }
  });
  return {
    bytes: (n) => {
      read += n;
    },
    update(a, b) {
      articles = a;
      bad = b;
      bar.update(0);
    },
    log(line) {
      // cli-progress redraws on the next update; clear the line first so the message stands alone.
      stderr.write('\r\x1b[2K' + line);
    },
    stop: () => bar.stop(),
  };
}
