/**
 * Run items concurrently but hand results back in input order, with at most `limit` in flight: the
 * input is read only as fast as results are written, so memory stays flat on an archive of any size.
 */
export async function* orderedMap<T, R>(items: AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    const started = work(item);
    // Nobody awaits a later promise before the head; mark rejections handled until their turn comes.
    started.catch(() => {});
    pending.push(started);
    if (pending.length >= limit) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
