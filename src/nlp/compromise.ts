/**
 * The only module that imports compromise. Everything compromise returns is re-anchored here to
 * offsets in the original text and checked with `slice` before it leaves: its `json({offset})`
 * output is off when a match starts with punctuation (compromise issues #774, #1144) and slow on
 * long texts, so we use `compute('offset')` and per-term offsets instead.
 */
import nlp from 'compromise';
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
  match(pattern: string): RawView;
  [method: string]: unknown;
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

/**
 * Spans of a compromise method (`people`, `places`, `organizations`, `nouns`, `quotations`, …) or a
 * match pattern (`#Noun+`) over [start, end) of `text`. Each span runs from its first word to its last
 * word, punctuation outside the words excluded.
 */
export function findSpans(text: string, query: { method: string } | { match: string }, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  for (const chunk of chunks(text, start, end)) {
    const view = nlp(text.slice(chunk.start, chunk.end)) as unknown as RawView;
    view.compute('offset');
    const found = 'method' in query ? (view[query.method] as (() => RawView) | undefined)?.call(view) : view.match(query.match);
    if (!found) throw new Error(`compromise has no method '${'method' in query ? query.method : ''}'`);
    for (const terms of found.docs) {
      const words = terms.filter((t) => t.offset && t.offset.length > 0);
      if (!words.length) continue;
      const s = chunk.start + words[0]!.offset!.start;
      const last = words[words.length - 1]!.offset!;
      const e = chunk.start + last.start + last.length;
      if (s < e) out.push({ start: s, end: e });
    }
  }
  return out;
}

const infinitives = new Map<string, string>();

/** The infinitive of a verb form ("said" → "say", "explained" → "explain"), cached. */
export function verbLemma(word: string): string {
  const key = word.toLowerCase();
  let lemma = infinitives.get(key);
  if (lemma === undefined) {
    const view = nlp(key) as unknown as { verbs(): { toInfinitive(): { text(): string } } };
    lemma = view.verbs().toInfinitive().text() || key;
    if (infinitives.size > 50_000) infinitives.clear();
    infinitives.set(key, lemma);
  }
  return lemma;
}

/** The words compromise knows as a tag (e.g. 'FirstName', 'Honorific'), for lexicon features. */
export function lexiconWords(tag: string): string[] {
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
  const lexicon = world.model.one.lexicon;
  return Object.keys(lexicon).filter((w) => {
    const tags = lexicon[w];
    return Array.isArray(tags) ? tags.includes(tag) : tags === tag;
  });
}

export const compromiseVersion: string = (nlp as unknown as { version: string }).version;
