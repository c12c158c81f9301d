/**
 * Markup over text from a tree of spans, never by string replacement: annotations nest (a quote holds
 * mentions, "Bank of Mexico" holds "Mexico") and sometimes cross (an issue's evidence starting inside
 * a name and ending after it). Spans are opened in order of start (the wider first when two start
 * together); a span that runs past the end of the one it was opened in is cut there and continues
 * as a second element after it, marked `data-cont`, so the markup is always well nested and every
 * character of the text is written once, escaped.
 */

export interface MarkupSpan {
  start: number;
  end: number;
  tag: string;
  /** Attribute values are escaped when written; `undefined` leaves the attribute out, '' writes it bare. */
  attrs: Record<string, string | undefined>;
  /** Which goes outside when two spans cover exactly the same text: the lower rank. */
  rank: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML text content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function attributes(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

function order(a: MarkupSpan, b: MarkupSpan): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/** Insert into a list kept in `order`, after any equal element (so equal spans keep their order). */
function insertSorted(list: MarkupSpan[], span: MarkupSpan, from: number): void {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid]!, span) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, span);
}

/**
 * The text of [from, to) with the spans that overlap it as elements. Spans are clipped to the range
 * (a quote running over two paragraphs is written in both, the second part marked `data-cont`);
 * empty spans are left out.
 */
export function renderSpans(text: string, from: number, to: number, spans: readonly MarkupSpan[]): string {
  const queue: MarkupSpan[] = [];
  for (const s of spans) {
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (end <= start) continue;
    queue.push(start === s.start ? { ...s, end } : { ...s, start, end, attrs: { ...s.attrs, 'data-cont': '' } });
  }
  queue.sort(order);
  const stack: MarkupSpan[] = [];
  let out = '';
  let pos = from;
  const textUpTo = (i: number) => {
    if (i > pos) out += escapeHtml(text.slice(pos, i));
    pos = Math.max(pos, i);
  };
  let next = 0;
  while (next < queue.length || stack.length) {
    const top = stack.at(-1);
    const span = queue[next];
    if (top && (!span || top.end <= span.start)) {
      textUpTo(top.end);
      out += `</${top.tag}>`;
      stack.pop();
      continue;
    }
    next++;
    textUpTo(span!.start);
    let open = span!;
    if (top && open.end > top.end) {
      // Crossing: cut at the end of the enclosing element and continue after it.
      insertSorted(queue, { ...open, start: top.end, attrs: { ...open.attrs, 'data-cont': '' } }, next);
      open = { ...open, end: top.end };
    }
    out += `<${open.tag}${attributes(open.attrs)}>`;
    stack.push(open);
  }
  textUpTo(to);
  return out;
}
