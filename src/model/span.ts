/**
 * Positions in the article. Every position in newsmark is a Span: UTF-16 code unit
 * indices into the exact input text (JavaScript string indices), end exclusive, so
 * `text.slice(start, end)` is always the annotated text. No line/column anywhere in the model.
 */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export class SpanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpanError';
  }
}

/** Build a TextSpan, checking it against the text. Throws SpanError on a bad range: a bug, never input. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new SpanError(`span [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** True when the span is in range and, if it carries text, its text equals the slice it covers. */
export function isValidSpan(text: string, span: Span & { text?: string }): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= text.length &&
    (span.text === undefined || text.slice(span.start, span.end) === span.text)
  );
}

const SPACE = /\s/;

/** Shrink [start, end) past white space at both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Shrink [start, end) past any character matching `strip` at both ends. */
export function stripSpan(text: string, start: number, end: number, strip: RegExp): Span {
  while (start < end && strip.test(text[start]!)) start++;
  while (end > start && strip.test(text[end - 1]!)) end--;
  return { start, end };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const byPosition = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
