/**
 * Like batch/ordered.ts's `orderedMap` (results in input order, at most `limit` in hand), but each
 * result is handed on as soon as it and those before it are done, not when the next input arrives:
 * over HTTP a client may send one line and wait for its answer before sending the next, and must get
 * it. With `stop` aborted, no further input is read; what is in hand is still finished and handed on.
 */
export async function* orderedEager<T, R>(items: AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>, stop?: AbortSignal): AsyncGenerator<R> {
  const iterator = items[Symbol.asyncIterator]();
  const inHand: Promise<R>[] = [];
  let next: Promise<IteratorResult<T>> | undefined;
  let ended = false;
  const stopped = stop ? new Promise<'stop'>((resolve) => (stop.aborted ? resolve('stop') : stop.addEventListener('abort', () => resolve('stop'), { once: true }))) : NEVER;
  try {
    while (!ended || inHand.length) {
      if (!ended && stop?.aborted) ended = true;
      if (!ended && !next && inHand.length < limit) next = iterator.next();
      const head = inHand[0];
      const first = await Promise.race([
        head ? head.then(() => 'head' as const, () => 'head' as const) : NEVER,
        next && !ended ? next.then(() => 'item' as const) : NEVER,
        ended ? NEVER : stopped,
      ]);
      if (first === 'head') {
        yield await inHand.shift()!;
      } else if (first === 'item') {
        const result = await next!;
        next = undefined;
        if (result.done) ended = true;
        else {
          const started = work(result.value);
          started.catch(() => {}); // awaited in its turn
          inHand.push(started);
        }
      } else ended = true;
    }
  } finally {
    // Not awaited: a read still pending ends with its stream (the connection closes or times out).
    next?.catch(() => {});
    void Promise.resolve(iterator.return?.()).catch(() => {});
  }
}

const NEVER = new Promise<never>(() => {});
