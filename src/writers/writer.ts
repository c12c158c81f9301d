/**
 * How a format frames a stream of articles: what comes before the first, between two and after the
 * last. Each article is first written alone (the format's `render`, in registry.ts) — in this process
 * or in a worker thread, which sends back a string — and then framed here, in the order of the input.
 * The CLI (stdout and `--out-dir`), the batch renderer and the service all frame through this, so
 * `-f json` is an object for one article and an array for several wherever it is written.
 *
 * A Writer keeps state (html's table of contents), so each output gets a fresh one (`writer()`).
 */
export interface Writer {
  /** Before the first of several articles. */
  begin(): string;
  /** One article, as `render` wrote it. */
  item(body: string): string;
  /** Between two articles. */
  separator(): string;
  /** After the last of several articles. */
  end(): string;
  /**
   * One article alone, when that is not `begin + item + end` (json: the object, not an array of one;
   * html: a page without contents). The first article is then held back until a second one comes or
   * the output ends. Also what `--out-dir` writes in each article's file.
   */
  alone?(body: string): string;
  /** No article at all (json: `[]`). Default: nothing. */
  none?(): string;
}

/** A writer whose articles follow one another with `separator` between them and nothing around them. */
export function plainWriter(separator: string): Writer {
  return { begin: () => '', item: (body) => body, separator: () => separator, end: () => '' };
}

/**
 * One output being written: give it each article's body as it comes and write what it returns, then
 * write `end()`. Holds at most one article (for writers with `alone`), so a stream stays a stream.
 */
export class Framing {
  private held: string | undefined;
  private n = 0;

  constructor(private readonly writer: Writer) {}

  /** How many articles it was given. */
  get count(): number {
    return this.n;
  }

  /** Take one article's body; returns what to write now. */
  add(body: string): string {
    const w = this.writer;
    this.n++;
    if (w.alone) {
      if (this.n === 1) {
        this.held = body;
        return '';
      }
      if (this.n === 2) {
        const first = this.held!;
        this.held = undefined;
        return w.begin() + w.item(first) + w.separator() + w.item(body);
      }
      return w.separator() + w.item(body);
    }
    return (this.n === 1 ? w.begin() : w.separator()) + w.item(body);
  }

  /** The rest of the output: the frame's end, the one article held back, or what no article makes. */
  end(): string {
    const w = this.writer;
    if (this.n === 0) return w.none?.() ?? '';
    if (this.n === 1 && w.alone) return w.alone(this.held!);
    return w.end();
  }
}

/** A whole output of these articles' bodies. */
export function frameAll(writer: Writer, bodies: Iterable<string>): string {
  const framing = new Framing(writer);
  let out = '';
  for (const body of bodies) out += framing.add(body);
  return out + framing.end();
}

/** One article as a whole output by itself: what `--out-dir` writes in the article's file. */
export function frameOne(writer: Writer, body: string): string {
  return frameAll(writer, [body]);
}
