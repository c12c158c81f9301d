import fs from 'node:fs';
import { write } from '../io/write.js';

export interface Failure {
  source: string;
  id: string;
  error: string;
}

/**
 * Failures, each one line on stderr (`newsmark: SOURCE: problem`) and, with `--errors FILE`, one JSON
 * object a line in that file, so a batch's failures can be listed, counted and retried.
 */
export class ErrorLog {
  count = 0;
  private file: fs.WriteStream | undefined;

  /** `say` writes one line to stderr (io/terminal.ts Messages: above a progress bar, on a fresh line). */
  constructor(
    private readonly say: (line: string) => Promise<void>,
    errorsPath?: string,
  ) {
    if (errorsPath) this.file = fs.createWriteStream(errorsPath, { flags: 'w' });
  }

  async report(failure: Failure): Promise<void> {
    this.count++;
    await this.say(`newsmark: ${failure.source}: ${failure.error}\n`);
    if (this.file) await write(this.file, JSON.stringify({ source: failure.source, id: failure.id, error: failure.error }) + '\n');
  }

  close(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    return new Promise((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
