/**
 * An article edited since its expected file was written: words inserted or removed move every later
 * span by the same number of characters. Compared span by span, that is a hundred differences that
 * all say one thing. Here the edits are found from the span texts both outputs carry (the same words
 * at offsets moved by a constant amount after some point), so the comparison can report each edit
 * once ("text changed at offset 1234; later spans shifted by +10") and compare the rest in the
 * expected file's offsets.
 */

type Obj = Record<string, any>;

export interface Shift {
  /**
   * Where the text changed, in the expected file's offsets: the first character that differs when a
   * span holds the edit (its old and new texts tell), else the end of the last span before it that
   * did not move.
   */
  at: number;
  /** Whether `at` is the edit itself; otherwise the edit lies between `at` and `until`. */
  exact: boolean;
  /** The start of the first span that moved. */
  until: number;
  /** Characters inserted (positive) or removed (negative) there. */
  by: number;
}

interface Anchor {
  start: number;
  end: number;
  text: string;
}

/** How many of the anchors after a candidate edit must confirm it. */
const CONFIRM = 5;

/** Every `{start, end, text}` in an output (spans, mentions, quotes, evidence…), each once, in offset order. */
export function anchorsOf(output: Obj): Anchor[] {
  const seen = new Set<string>();
  const out: Anchor[] = [];
  const visit = (value: unknown, top: boolean) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, false));
    if (!value || typeof value !== 'object') return;
    const o = value as Obj;
    if (!top && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && o.text) {
      const key = `${o.start}\u0000${o.text}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ start: o.start, end: o.end, text: o.text });
      }
    }
    for (const [k, v] of Object.entries(o)) if (!(top && k === 'text') && v && typeof v === 'object') visit(v, false);
  };
  visit(output, true);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Bare spans (paragraphs, sentences): they narrow down where an edit is. */
function boundaries(output: Obj): number[] {
  const s = output.structure ?? {};
  return [...(s.paragraphs ?? []), ...(s.sentences ?? [])].map((x: Obj) => x.start).filter((n: unknown): n is number => typeof n === 'number');
}

/**
 * The edits between two outputs of one article, in text order. An edit is accepted only when the
 * spans after it agree: at least three of the next five found at the new offset (all of them when
 * fewer remain) and more than at the old one; a span that is simply missing or new is left to the
 * comparison.
 */
export function findShifts(expected: Obj, actual: Obj): Shift[] {
  const anchors = anchorsOf(expected);
  const present = new Set(anchorsOf(actual).map((a) => `${a.start}\u0000${a.text}`));
  const startsOf = new Map<string, number[]>();
  for (const a of anchorsOf(actual)) startsOf.set(a.text, [...(startsOf.get(a.text) ?? []), a.start]);
  const has = (a: Anchor, delta: number) => present.has(`${a.start + delta}\u0000${a.text}`);
  const actualStarts = new Set(boundaries(actual));
  const expectedStarts = boundaries(expected).sort((a, b) => a - b);
  const actualAnchorsAt = new Map<number, Anchor[]>();
  for (const a of anchorsOf(actual)) actualAnchorsAt.set(a.start, [...(actualAnchorsAt.get(a.start) ?? []), a]);

  const shifts: Shift[] = [];
  let delta = 0;
  let lastMatchedEnd = 0;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i]!;
    if (has(anchor, delta)) {
      lastMatchedEnd = Math.max(lastMatchedEnd, anchor.end);
      continue;
    }
    const next = anchors.slice(i + 1, i + 1 + CONFIRM);
    let best: { delta: number; score: number } | undefined;
    for (const start of startsOf.get(anchor.text) ?? []) {
      const d = start - anchor.start;
      if (d === delta) continue;
      const agree = next.filter((a) => has(a, d)).length;
      const stay = next.filter((a) => has(a, delta)).length;
      const enough = next.length >= 3 ? agree >= 3 : next.length > 0 && agree === next.length;
      if (enough && agree > stay && (!best || agree > best.score)) best = { delta: d, score: agree };
    }
    if (!best) continue;
    shifts.push({ ...editPoint(anchors, i, lastMatchedEnd, delta, best.delta, expectedStarts, actualStarts, actualAnchorsAt), until: anchor.start, by: best.delta - delta });
    delta = best.delta;
    lastMatchedEnd = anchor.end;
  }
  return shifts;
}

/**
 * Where between the last span that still matched and the first one that moved the text changed: after
 * the last paragraph or sentence start that did not move, and, when a span straddles the edit (the
 * headline, a quote), after the characters its old and new texts share.
 */
function editPoint(
  anchors: Anchor[],
  moved: number,
  lastMatchedEnd: number,
  delta: number,
  newDelta: number,
  expectedStarts: number[],
  actualStarts: Set<number>,
  actualAnchorsAt: Map<number, Anchor[]>,
): { at: number; exact: boolean } {
  const first = anchors[moved]!;
  let at = Math.min(lastMatchedEnd, first.start);
  for (const s of expectedStarts) if (s > at && s <= first.start && actualStarts.has(s + delta)) at = s;
  let inside: number | undefined;
  for (const a of anchors) {
    if (a.end <= at || a.start > first.start) continue;
    // The same span in the new output starts where it did and ends moved with the rest: the edit is inside it.
    const same = (actualAnchorsAt.get(a.start + delta) ?? []).find((x) => x.end === a.end + newDelta && x.text !== a.text);
    if (!same) continue;
    let k = 0;
    while (k < same.text.length && k < a.text.length && same.text[k] === a.text[k]) k++;
    inside = Math.max(inside ?? at, a.start + k);
  }
  return inside === undefined ? { at, exact: false } : { at: inside, exact: true };
}

/**
 * An offset of the current output in the expected file's offsets. A span that starts where the edit
 * was starts after it, one that ends there ends before it (`end`); inside inserted text the offset is
 * the edit point.
 */
export function toExpected(offset: number, shifts: Shift[], end = false): number {
  let total = 0;
  for (const s of shifts) {
    const at = s.at + total;
    const after = end ? offset > at + Math.max(0, s.by) : offset >= at + Math.max(0, s.by);
    const before = end ? offset <= at : offset < at;
    if (after) total += s.by;
    else if (!before) return s.at;
    else break;
  }
  return offset - total;
}

/** An offset in the expected file's offsets in the current text (inside removed text: the edit point). */
export function toActual(offset: number, shifts: Shift[]): number {
  let total = 0;
  for (const s of shifts) {
    if (offset >= s.at + Math.max(0, -s.by)) total += s.by;
    else if (offset > s.at) return s.at + total;
    else break;
  }
  return offset + total;
}

/**
 * A copy of an output with every `start`/`end` moved into the expected file's offsets. Paragraphs and
 * sentences wholly inside inserted text are left out (the edit says the text is new); other spans
 * there become empty at the edit point, and the comparison says they are in inserted text.
 */
export function unshift<T>(value: T, shifts: Shift[]): T {
  if (!shifts.length) return value;
  const visit = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(visit).filter((x) => x !== DROP);
    if (!v || typeof v !== 'object') return v;
    const o = v as Obj;
    const out: Obj = {};
    for (const [k, x] of Object.entries(o)) out[k] = (k === 'start' || k === 'end') && typeof x === 'number' ? toExpected(x, shifts, k === 'end') : visit(x);
    const bare = typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2;
    if (bare && o.end > o.start && out.start === out.end) return DROP;
    return out;
  };
  return visit(value) as T;
}

const DROP = Symbol('inside inserted text');
