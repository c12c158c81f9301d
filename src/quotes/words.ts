import type { Token } from '../model/document.js';

/**
 * Word-level helpers over the tokens layer (compromise's tags, already computed once per article):
 * finding tokens by offset and telling what kind of word a token is.
 */

/** Index of the first token (or other span) that ends after `offset` (binary search; spans in text order, not overlapping). */
export function tokenAt(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices [from, to) of the tokens lying within [start, end). */
export function tokensIn(tokens: readonly Token[], start: number, end: number): [number, number] {
  let from = tokenAt(tokens, start);
  while (from < tokens.length && tokens[from]!.start < start) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [from, to];
}

export const has = (t: Token, tag: string): boolean => t.tags.includes(tag);
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const lower = (t: Token): string => t.normal || t.text.toLowerCase();

const NP_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Adjective', 'Determiner', 'Honorific', 'Acronym', 'Value', 'Possessive', 'Person', 'Organization', 'Place', 'Cardinal', 'Demonym'];
const NP_WORDS = new Set(['of', 'for', 'at', 'the', 'a', 'an', "'s", '’s', 'and', 'de', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'du']);

/** Can the token be part of a noun phrase naming a speaker? */
const NOT_IN_PHRASE = new Set(['that', 'which', 'who', 'whom', 'what', 'when', 'where', 'whether', 'if', 'because', 'while', 'as', 'but', 'so', 'than', 'how', 'why', 'although', 'though', 'after', 'before', 'since', 'until', 'unless', 'once', 'there', 'here', 'also', 'then', 'now', 'yet', 'still', 'even', 'instead', 'however', 'meanwhile']);
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'QuestionWord', 'Adverb', 'Verb'];

export function isNounPhraseWord(t: Token, first: boolean): boolean {
  if (NOT_IN_PHRASE.has(lower(t))) return false;
  // "a 52-count complaint", "a 34-year-old mother": compromise tags the parts of a hyphenated modifier one by one.
  if (t.tags.includes('Hyphenated') && !first) return true;
  const proper = t.tags.includes('ProperNoun') || t.tags.includes('Person') || t.tags.includes('Honorific') || t.tags.includes('Acronym');
  if (/^[\p{Lu}]/u.test(t.text) && !first && (proper || !FUNCTION_TAGS.some((tag) => t.tags.includes(tag)))) return true;
  if (t.tags.some((tag) => tag === 'Verb') && !t.tags.includes('Noun') && !t.tags.includes('ProperNoun') && !isCapitalized(t)) {
    // past participles used as adjectives ("a retired general") stay in the phrase
    return t.tags.includes('Adjective');
  }
  if (t.tags.includes('Conjunction') || t.tags.includes('Preposition')) return NP_WORDS.has(lower(t));
  if (t.tags.includes('Adverb') && !t.tags.includes('Adjective')) return false;
  if (t.tags.includes('Date') || t.tags.includes('WeekDay') || t.tags.includes('Month')) return false;
  if (t.tags.includes('QuestionWord')) return false;
  return NP_TAGS.some((tag) => t.tags.includes(tag)) || NP_WORDS.has(lower(t)) || isCapitalized(t);
}

/** Punctuation after a token that ends a noun phrase: comma, parenthesis, dash, colon, quote mark, or a full stop that is not an abbreviation's ("Rep.", "G.K."). */
export function breaksAfter(t: Token): boolean {
  if (/[,;:()\u2014\u2013“”"‘’«»[\]!?]|\s[-–]\s/.test(t.post)) return true;
  return t.post.includes('.') && !t.tags.includes('Abbreviation') && !t.tags.includes('Honorific') && !/^\p{Lu}\.?$|\.\p{Lu}/u.test(t.text);
}
export const breaksBefore = (t: Token): boolean => /[,;:()\u2014\u2013“”"‘«[]/.test(t.pre);
