/**
 * The only module that imports compromise. Everything compromise returns is re-anchored here to
 * offsets in the original text and checked with `slice` before it leaves: its `json({offset})`
 * output is off when a match starts with punctuation (compromise issues #774, #1144) and slow on
 * long texts, so offsets are counted here, in the same pass that reads the terms, from each term's
 * `pre`, `text` and `post` (what compromise's own `compute('offset')` adds up, without writing an
 * object onto every term).
 */
import { nlp } from './compromise-lib.js';
import type { Span } from '../model/span.js';
import type { Sentence, Token } from '../model/document.js';

/** compromise's internal term, as far as we read it. */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

interface RawView {
  docs: RawTerm[][];
}

export interface RawToken extends Span {
  text: string;
  normal: string;
  /** compromise's tags, in its order; interned: the same tag set is the same frozen array. */
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
    parseChunk(text, chunk, (tokens) => out.push({ ...sentenceSpan(text, tokens, 0), tokens }));
  }
  return out;
}

/**
 * The sentences and words of each block (sentences never cross a block), in one pass: tokens are
 * made once, with their sentence index, and sentences carry their text and block index.
 *
 * A piece of text that comes back within the article (boilerplate such as "Advertisement" or a
 * credit line, a paragraph an archive repeats) is parsed once: compromise parses each piece on its
 * own, so the same characters give the same words and tags, moved to the new offsets.
 */
export function parseBlocks(text: string, blocks: readonly Span[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const seen = new Map<string, ParsedPiece>();
  blocks.forEach((block, blockIndex) => {
    for (const chunk of chunks(text, block.start, block.end)) {
      const piece = text.slice(chunk.start, chunk.end);
      const before = seen.get(piece);
      if (before) {
        copyPiece(text, before, chunk.start, blockIndex, sentences, tokens);
        continue;
      }
      const done: ParsedPiece = { start: chunk.start, firstSentence: sentences.length, firstToken: tokens.length, sentences: 0, tokens: 0 };
      parseChunk(text, chunk, (words, first) => {
        const span = sentenceSpan(text, words, first);
        sentences.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), block: blockIndex });
        for (let i = first; i < tokens.length; i++) tokens[i]!.sentence = sentences.length - 1;
      }, tokens);
      done.sentences = sentences.length - done.firstSentence;
      done.tokens = tokens.length - done.firstToken;
      seen.set(piece, done);
    }
  });
  return { sentences, tokens };
}

/** Where a parsed piece's sentences and tokens are in the output, to be copied when it comes back. */
interface ParsedPiece {
  start: number;
  firstSentence: number;
  sentences: number;
  firstToken: number;
  tokens: number;
}

function copyPiece(text: string, piece: ParsedPiece, at: number, block: number, sentences: Sentence[], tokens: Token[]): void {
  const shift = at - piece.start;
  const sentenceShift = sentences.length - piece.firstSentence;
  for (let i = 0; i < piece.sentences; i++) {
    const s = sentences[piece.firstSentence + i]!;
    sentences.push({ start: s.start + shift, end: s.end + shift, text: s.text, block });
  }
  for (let i = 0; i < piece.tokens; i++) {
    const t = tokens[piece.firstToken + i]!;
    const copy: Token = { start: t.start + shift, end: t.end + shift, text: t.text, normal: t.normal, tags: t.tags, pre: t.pre, post: t.post, sentence: t.sentence + sentenceShift };
    // The same characters at the new place (the map's key), so this holds; checked like every token.
    if (text.slice(copy.start, copy.end) === copy.text) tokens.push(copy);
  }
}

/**
 * Parse one chunk with compromise and hand over each sentence's words. With `into`, the words are
 * pushed there (as Tokens, sentence filled in by the caller) and `sentence` gets that array and
 * the index of the sentence's first word in it; without it, each sentence gets an array of its own.
 */
function parseChunk(text: string, chunk: Span, sentence: (tokens: RawToken[], first: number) => void, into?: Token[]): void {
  const view = nlp(text.slice(chunk.start, chunk.end)) as unknown as RawView;
  // compromise's terms cover the chunk end to end: pre + text + post, term after term.
  let at = chunk.start;
  for (const terms of view.docs) {
    const words: RawToken[] = into ?? [];
    const first = words.length;
    for (const term of terms) {
      const s = at + term.pre.length;
      const e = s + term.text.length;
      at = e + term.post.length;
      // compromise may normalize some characters; a term that does not slice back is skipped, never guessed.
      if (e === s || text.slice(s, e) !== term.text) continue;
      const token: RawToken = { start: s, end: e, text: term.text, normal: term.normal, tags: internTags(term.tags), pre: term.pre, post: term.post };
      if (into) (token as Token).sentence = 0;
      words.push(token);
    }
    if (words.length > first) sentence(words, first);
  }
}

/** A sentence's span: its words tokens[from…], with the punctuation that opens and closes it. */
function sentenceSpan(text: string, tokens: readonly RawToken[], from: number): Span {
  const first = tokens[from]!;
  const last = tokens[tokens.length - 1]!;
  // Take in the opening punctuation before the first word (“) and the closing after the last (.”).
  const lead = first.pre.trimStart().length;
  const trail = last.post.trimEnd().length;
  let start = first.start - lead;
  let end = last.end + trail;
  if (text.slice(start, first.start) !== first.pre.slice(first.pre.length - lead)) start = first.start;
  if (text.slice(last.end, end) !== last.post.slice(0, trail)) end = last.end;
  return { start, end };
}

/**
 * Tag sets are few (compromise combines a few hundred tags in a few thousand ways) and tokens many:
 * each set, in compromise's order, is kept once as a frozen array, found through a trie of Maps so
 * that reading a term allocates nothing. Bounded: past MAX_TAG_SETS distinct sets, copies are made.
 */
interface TagNode {
  next: Map<string, TagNode>;
  tags?: readonly string[];
}
const tagRoot: TagNode = { next: new Map() };
let tagSets = 0;
const MAX_TAG_SETS = 50_000;

function internTags(set: Set<string>): string[] {
  let node = tagRoot;
  for (const tag of set) {
    let child = node.next.get(tag);
    if (!child) {
      if (tagSets >= MAX_TAG_SETS) return [...set];
      child = { next: new Map() };
      node.next.set(tag, child);
    }
    node = child;
  }
  if (!node.tags) {
    if (tagSets >= MAX_TAG_SETS) return [...set];
    node.tags = Object.freeze([...set]);
    tagSets++;
  }
  return node.tags as string[];
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
