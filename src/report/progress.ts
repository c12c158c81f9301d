import fs from 'node:fs';
import path from 'node:path';
import { canDrawStatus, StatusLine } from '../io/terminal.js';
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
  if (!enabled || !canDrawStatus(stderr, process.env)) return { bytes: () => {}, update: () => {}, log: (line) => void stderr.write(line), stop: () => {} };
  let read = 0;
  let total = 0;
  let articles = 0;
  let bad = 0;
  const startedAt = Date.now();
  const width = 30;
  const status = new StatusLine(stderr, () => {
    const rate = articles / Math.max(0.001, (Date.now() - startedAt) / 1000);
    const counts = `${articles.toLocaleString('en-US')} articles | ${rate.toFixed(0)}/s | ${bad} bad`;
    if (!total) return `newsmark report ${counts}`;
    const share = Math.min(1, read / total);
    const filled = Math.round(share * width);
    return `newsmark report ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${(share * 100).toFixed(0)}% | ${counts}`;
  });
  status.start();
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
      status.refresh();
    },
    // The status line is erased, the message written on a line of its own, the status drawn again.
    log: (line) => void status.print(line),
    stop: () => status.stop(),
  };
}
