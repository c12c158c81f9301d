import { HttpError } from './errors.js';
import { BODY_IDLE_MS } from './body.js';

/** One line of a JSONL request body: its bytes (without the line end), or why it was not kept. */
export type StreamLine = { number: number; bytes: Buffer } | { number: number; error: string };

/**
 * The lines of a JSONL body, read chunk by chunk as they are wanted: the consumer pulls a line only
 * when it has room for another article, so a sender faster than the workers is held back by TCP
 * (nothing piles up here). No line is kept beyond `maxBytes`: a longer one is skipped to its end and
 * reported as such. Blank lines are skipped, as `newsmark --input-format jsonl` skips them. A body
 * that stops arriving for `idleMs` ends the stream with a 408.
 */
export async function* jsonlLines(stream: AsyncIterable<Buffer>, maxBytes: number, idleMs = BODY_IDLE_MS): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const take = (): StreamLine | undefined => {
    number++;
    const bytes = tooLong ? undefined : trimEnd(Buffer.concat(parts, size));
    const line: StreamLine | undefined = tooLong ? { number, error: `line too large (over ${maxBytes} bytes; --max-bytes)` } : isBlank(bytes!) ? undefined : { number, bytes: bytes! };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of withIdleTimeout(stream, idleMs)) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!tooLong && end > start) {
        size += end - start;
        if (size > maxBytes) {
          tooLong = true;
          parts = [];
        } else parts.push(chunk.subarray(start, end));
      }
      if (newline === -1) break;
      const line = take();
      if (line) yield line;
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) {
    const line = take();
    if (line) yield line;
  }
}

/** A line end may be CRLF: the \r is not part of the JSON. */
const trimEnd = (bytes: Buffer): Buffer => (bytes.length && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes);

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

/** The chunks of `stream`, failing with a 408 when one takes longer than `idleMs` to come. */
async function* withIdleTimeout(stream: AsyncIterable<Buffer>, idleMs: number): AsyncGenerator<Buffer> {
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HttpError(408, 'request_timeout', `no body bytes for ${idleMs / 1000} s; stream ended`)), idleMs);
      });
      idle.catch(() => {});
      const pending = iterator.next();
      pending.catch(() => {}); // a stream destroyed after a timeout rejects it; nobody waits any more
      let next: IteratorResult<Buffer | string>;
      try {
        next = await Promise.race([pending, idle]);
      } finally {
        // Cleared before the chunk is handed on: the consumer's own pace (its workers, its client
        // reading the answer) is not the sender's silence.
        clearTimeout(timer);
      }
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
