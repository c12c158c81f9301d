/**
 * The only module that imports compromise. Everything compromise returns is re-anchored here to
 * offsets in the original text and checked with `slice` before it leaves: its `json({offset})`
 * output is off when a match starts with punctuation (compromise issues #774, #1144) and slow on
 * long texts, so we use `compute('offset')` and per-term offsets instead.
 */
import { nlp } from './compromise-lib.js';
import type { Span } from '../model/span.js';

/** compromise's internal term, as far as we read it. */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

interface RawView {
  docs: RawTerm[][];
  compute(name: string): void;
}

export interface RawToken extends Span {
  text: string;
  normal: string;
  tags: string[];
  pre: string;
  post: string;
}

export interface ParsedSentence extends Span {
  tokens: RawToken[];
}

/** compromise slows down badly on very long inputs; parse at most this many characters at once. */
const MAX_CHUNK = 20_000;

/**
 * Split [start, end) of `text` into sentences of words with compromise's tags.
 * Offsets are into `text`. Zero-length terms (compromise's expanded contractions) are dropped.
 */
export function parseSentences(text: string, start = 0, end = text.length): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (const chunk of chunks(text, start, end)) {
    const view = nlp(text.slice(chunk.start, chunk.end)) as unknown as RawView;
    view.compute('offset');
    for (const terms of view.docs) {
      const sentence = toSentence(text, chunk.start, terms);
      if (sentence) out.push(sentence);
    }
  }
  return out;
}

function toSentence(text: string, base: number, terms: RawTerm[]): ParsedSentence | null {
  const tokens: RawToken[] = [];
  for (const term of terms) {
    if (!term.offset || term.offset.length === 0) continue;
    const s = base + term.offset.start;
    const e = s + term.offset.length;
    // compromise may normalize some characters; a term that does not slice back is skipped, never guessed.
    if (text.slice(s, e) !== term.text) continue;
    tokens.push({ start: s, end: e, text: term.text, normal: term.normal, tags: [...term.tags], pre: term.pre, post: term.post });
  }
  if (!tokens.length) return null;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // Take in the opening punctuation before the first word (“) and the closing after the last (.”).
  const lead = first.pre.trimStart().length;
  const trail = last.post.trimEnd().length;
  let start = first.start - lead;
  let end = last.end + trail;
  if (text.slice(start, first.start) !== first.pre.slice(first.pre.length - lead)) start = first.start;
  if (text.slice(last.end, end) !== last.post.slice(0, trail)) end = last.end;
  return { start, end, tokens };
}

/** Cut long stretches at sentence ends (or, failing that, white space) so compromise sees bounded inputs. */
function chunks(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let at = start;
  while (end - at > MAX_CHUNK) {
    const window = text.slice(at + MAX_CHUNK / 2, at + MAX_CHUNK);
    let cut = -1;
    const sentenceEnd = /[.!?]["”’)]?\s+(?=[A-Z“"])/g;
    for (let m = sentenceEnd.exec(window); m; m = sentenceEnd.exec(window)) cut = m.index + m[0].length;
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = window.length;
    out.push({ start: at, end: at + MAX_CHUNK / 2 + cut });
    at += MAX_CHUNK / 2 + cut;
  }
  if (end > at) out.push({ start: at, end });
  return out;
}
