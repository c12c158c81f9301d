import fs from 'node:fs';
import { write } from './write.js';

/**
 * What newsmark writes to a terminal besides its output: a one-line status (the progress bar) and
 * messages (failures, warnings), each on a line of its own.
 *
 * The status line is drawn as `\r` + text + erase-to-end-of-line, cut to one character less than the
 * terminal is wide so it never wraps; it is erased before any message is written and drawn again
 * after it. Nothing else is sent: no line-wrap switch (`ESC[?7l`), no saved or restored cursor
 * (`ESC 7`/`ESC 8`), no hidden cursor. Those are what corrupted the screen before (issue 11): with
 * wrap off, output printed meanwhile was cut at the right margin, and restoring a cursor saved at
 * the start put the summary and the prompt over the first lines of output.
 */
export type TerminalStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; fd?: number };

const ERASE_LINE = '\r\x1b[K';

/**
 * Whether stdout and stderr are the same terminal, so that whatever goes to stderr shows up between
 * the lines of the output. Decided from `isTTY` and, when both streams have file descriptors, from
 * the device each one is (fstat); when that cannot be told, the same terminal is assumed.
 */
export function sameTerminal(stdout: TerminalStream, stderr: TerminalStream): boolean {
  if (!stdout.isTTY || !stderr.isTTY) return false;
  if (typeof stdout.fd !== 'number' || typeof stderr.fd !== 'number') return true;
  try {
    const a = fs.fstatSync(stdout.fd);
    const b = fs.fstatSync(stderr.fd);
    return a.rdev === b.rdev && a.ino === b.ino && a.dev === b.dev;
  } catch {
    return true;
  }
}

/** Whether a status line can be drawn there: a terminal that understands erase-to-end-of-line. */
export function canDrawStatus(stream: TerminalStream, env: NodeJS.ProcessEnv): boolean {
  return !!stream.isTTY && env.TERM !== 'dumb';
}

export class StatusLine {
  private shown = false;
  private stopped = false;
  private lastDraw = 0;
  private drawn = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: TerminalStream,
    private readonly text: () => string,
    private readonly intervalMs = 200,
  ) {}

  /** Draw now, then again every interval (rate and ETA move on even while no article finishes). */
  start(): void {
    this.draw();
    this.timer = setInterval(() => this.draw(), this.intervalMs);
    this.timer.unref();
  }

  /** Draw again if the last drawing is older than the interval (for callers in a synchronous loop). */
  refresh(): void {
    if (Date.now() - this.lastDraw >= this.intervalMs) this.draw();
  }

  /** Write a line (ending in \n) above the status: erase the status, write, draw the status again. */
  async print(line: string): Promise<void> {
    const erase = this.shown ? ERASE_LINE : '';
    this.shown = false;
    await write(this.stream, erase + line);
    if (!this.stopped) this.draw();
  }

  /** Erase the status line for good; the cursor is left at the start of that (now empty) line. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.shown) this.stream.write(ERASE_LINE);
    this.shown = false;
  }

  private draw(): void {
    if (this.stopped) return;
    const width = Math.max(10, (this.stream.columns || 80) - 1);
    const text = cut(this.text(), width);
    this.lastDraw = Date.now();
    if (this.shown && text === this.drawn) return;
    this.stream.write('\r' + text + '\x1b[K');
    this.shown = true;
    this.drawn = text;
  }
}

/** At most `width` characters (the status uses no wide characters), ending in … when cut. */
function cut(text: string, width: number): string {
  const chars = Array.from(text.replace(/[\r\n]/g, ' '));
  return chars.length <= width ? chars.join('') : chars.slice(0, width - 1).join('') + '…';
}

/**
 * Messages on stderr during a run (failures, warnings), each starting on a line of its own: above the
 * status line when one is drawn; after a line break when the output on the same terminal stopped
 * mid-line (a JSON array's object waits for its comma).
 */
export class Messages {
  private outputMidLine = false;

  constructor(
    private readonly stderr: TerminalStream,
    private readonly sharesScreenWithOutput: boolean,
    private status?: StatusLine,
  ) {}

  setStatus(status: StatusLine | undefined): void {
    this.status = status;
  }

  /** Record what was written to stdout, to know whether it ended mid-line. */
  wroteOutput(chunk: string): void {
    if (chunk) this.outputMidLine = !chunk.endsWith('\n');
  }

  /** One message line (a trailing \n is added when missing). */
  async say(line: string): Promise<void> {
    const text = line.endsWith('\n') ? line : line + '\n';
    if (this.status) return this.status.print(text);
    const fresh = this.sharesScreenWithOutput && this.outputMidLine ? '\n' : '';
    this.outputMidLine = false;
    await write(this.stderr, fresh + text);
  }
}
