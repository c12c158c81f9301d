/**
 * Counting names over an archive in bounded memory. An archive of 100,000 articles names hundreds of
 * thousands of distinct people; most appear once. `TopCounter` keeps at most `2 × capacity` entries
 * (the Space-Saving algorithm of Metwally, Agrawal and El Abbadi, 2005, with evictions in batches):
 * when the table is full, the `capacity` entries with the lowest counts are dropped and the highest
 * dropped count becomes the `floor`. A name seen again after that starts at `floor` with an `error` of
 * `floor`, so every count is an upper bound and `count − error` a lower bound on the true count; any
 * name whose true count exceeds the floor is always in the table. Until the first eviction (archives
 * with fewer than `2 × capacity` distinct names) every count is exact, and the report says which.
 */
export interface Counted<T> {
  key: string;
  /** Upper bound on the true count (exact when `error` is 0). */
  count: number;
  /** How much of `count` may be an overestimate. */
  error: number;
  data: T;
}

export class TopCounter<T> {
  private entries = new Map<string, Counted<T>>();
  /** The highest count ever evicted: 0 while every count is exact. */
  floor = 0;

  constructor(
    readonly capacity: number,
    private readonly init: () => T,
  ) {}

  /** The entry for `key`, created (at the floor) when absent; add to its count with `by`. */
  add(key: string, by = 1): Counted<T> {
    let entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size >= 2 * this.capacity) this.prune();
      entry = { key, count: this.floor, error: this.floor, data: this.init() };
      this.entries.set(key, entry);
    }
    entry.count += by;
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  get exact(): boolean {
    return this.floor === 0;
  }

  private prune(): void {
    const sorted = [...this.entries.values()].sort((a, b) => b.count - a.count);
    for (const e of sorted.slice(this.capacity)) {
      this.floor = Math.max(this.floor, e.count);
      this.entries.delete(e.key);
    }
  }

  /** Entries by count, highest first (ties by key, so output is stable). */
  top(n = Infinity, by: (e: Counted<T>) => number = (e) => e.count): Counted<T>[] {
    return [...this.entries.values()].sort((a, b) => by(b) - by(a) || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, n);
  }
}

/**
 * The most frequent of a few values (a title, an affiliation, how a name is spelt), in constant space:
 * the Misra–Gries summary with `slots` counters. The value seen most often is kept whenever it was
 * seen more than 1/(slots+1) of the time.
 */
export class Votes {
  private values: [string, number][] = [];
  constructor(private readonly slots = 3) {}

  add(value: string | undefined | null): void {
    if (!value) return;
    const hit = this.values.find((v) => v[0] === value);
    if (hit) hit[1]++;
    else if (this.values.length < this.slots) this.values.push([value, 1]);
    else {
      for (const v of this.values) v[1]--;
      this.values = this.values.filter((v) => v[1] > 0);
    }
  }

  get best(): string | undefined {
    let best: [string, number] | undefined;
    for (const v of this.values) if (!best || v[1] > best[1]) best = v;
    return best?.[0];
  }
}

/**
 * Votes for several fields of one entry (title, affiliation, gender…), made only for the fields that
 * are ever given: most names in an archive come once, with none, and cost one small object.
 */
export class FieldVotes<K extends string> {
  private fields: Partial<Record<K, Votes>> | undefined;

  add(field: K, value: string | undefined | null, slots = 3): void {
    if (!value) return;
    this.fields ??= {};
    (this.fields[field] ??= new Votes(slots)).add(value);
  }

  best(field: K): string | undefined {
    return this.fields?.[field]?.best;
  }
}
