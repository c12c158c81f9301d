import type { Token } from '../model/document.js';
import { BETWEEN_SUBJECT_AND_CUE } from './lexicon.js';
import { breaksAfter, has, isCapitalized, isNounPhraseWord, lower } from './words.js';

/**
 * The speaker of an attribution, found from the words alone (never from the entity tagger): the noun
 * phrase before the cue ("a senior State Department official told"), past an apposition ("Patricia
 * Kim, a fellow at the Brookings Institution, said") or parenthesis ("Rep. Gwen Moore (D-Wis.) said"),
 * or after an inverted cue ("said Shen Dingli, a China foreign policy expert").
 */

/** Token index range [start, end) of a noun phrase. */
export type Phrase = [number, number];

export interface WordView {
  tokens: readonly Token[];
  /** False for words inside quotation marks: they are the quote, never its attribution. */
  usable(i: number): boolean;
}

const MAX_PHRASE = 12;
/** Capitalized at a sentence start but never a speaker. */
const LEADING_FUNCTION_WORDS = new Set(['to', 'after', 'before', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'when', 'if', 'while', 'since', 'during', 'under', 'over', 'despite', 'although', 'though', 'because', 'so', 'but', 'and', 'or', 'yet', 'following', 'speaking', 'asked', 'instead', 'however', 'meanwhile', 'still', 'then', 'now', 'even', 'also', 'only', 'just', 'here', 'there', 'this', 'that', 'these', 'those', 'it', 'what', 'why', 'how', 'who', 'where']);
const APPOSITION_START = new Set(['a', 'an', 'the', 'who', 'which', 'whose', 'one', 'another', 'its', 'his', 'her', 'their', 'our', 'former', 'then', 'now', 'also', 'both', 'chief', 'head', 'director']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'reporters', 'journalists']);

/** The noun phrase ending at token `end` (inclusive), walking left no further than `lo`. */
export function phraseEndingAt(view: WordView, end: number, lo: number): Phrase | null {
  const { tokens } = view;
  const head = tokens[end];
  if (!head || !view.usable(end)) return null;
  // "the 34-year-old mother of three replied": a number after "of" closes a description.
  const countAfterOf = /^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/i.test(head.text) && end - 1 >= lo && lower(tokens[end - 1]!) === 'of';
  const headOk = has(head, 'Noun') || has(head, 'ProperNoun') || has(head, 'Pronoun') || has(head, 'Acronym') || isCapitalized(head) || countAfterOf;
  if (!headOk || has(head, 'Date') || has(head, 'WeekDay') || (LEADING_FUNCTION_WORDS.has(lower(head)) && !has(head, 'Pronoun'))) return null;
  if (has(head, 'Pronoun') && !has(head, 'Possessive')) return [end, end + 1];
  let start = end;
  while (start - 1 >= lo && end - start + 1 < MAX_PHRASE) {
    const t = tokens[start - 1]!;
    if (!view.usable(start - 1) || breaksAfter(t) || !isNounPhraseWord(t, false)) break;
    if (has(t, 'Pronoun') && !has(t, 'Possessive')) break;
    start--;
  }
  // A phrase does not begin with a conjunction or preposition ("and a senior official").
  while (start < end && (has(tokens[start]!, 'Conjunction') || has(tokens[start]!, 'Preposition'))) start++;
  return [start, end + 1];
}

/** The noun phrase starting at token `start`, walking right no further than `hi` (exclusive). */
export function phraseStartingAt(view: WordView, start: number, hi: number): Phrase | null {
  const { tokens } = view;
  const first = tokens[start];
  if (!first || !view.usable(start) || OBJECT_PRONOUNS.has(lower(first)) || lower(first) === 'that') return null;
  if (!isNounPhraseWord(first, true) || has(first, 'Preposition') || has(first, 'Conjunction')) return null;
  if (has(first, 'Pronoun') && !has(first, 'Possessive')) return [start, start + 1];
  let end = start;
  while (end < hi && end - start < MAX_PHRASE && view.usable(end) && isNounPhraseWord(tokens[end]!, end === start)) {
    if (tokens[end]!.pre.includes('(') && end > start) break;
    end++;
    if (breaksAfter(tokens[end - 1]!)) break;
  }
  // Drop trailing prepositions, conjunctions, determiners and time words ("said Trump on").
  while (end > start && !headWord(tokens[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

const headWord = (t: Token) => (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Pronoun') || has(t, 'Acronym') || isCapitalized(t)) && !has(t, 'Preposition') && !has(t, 'Date') && !has(t, 'WeekDay');

/** "is claiming", "He’s saying": a progressive tense is a finite verb whose subject stands before it, not a participle. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'am']);
const PRONOUN_BE = /^(he|she|it|that|who|they|we|i)['’](s|re|m)$/i;
function isProgressive(prev: Token | undefined): boolean {
  return !!prev && (PROGRESSIVE_AUXILIARIES.has(lower(prev)) || PRONOUN_BE.test(prev.text));
}

/** "Gingrich cynically dismissed": an -ly adverb between the subject and its verb. */
function mannerAdverb(t: Token): boolean {
  return has(t, 'Adverb') && /ly$/.test(lower(t));
}

/** The speaker before a cue at token `cue`, no further left than `lo`. */
export function subjectBefore(view: WordView, cue: number, lo: number): Phrase | null {
  const { tokens } = view;
  // A participle's subject is its clause's ("…, saying", "issued a statement calling"), not the word before it.
  // A name right before it is the participle's own subject ("footage of Trump saying").
  if ((has(tokens[cue]!, 'Gerund') || /^\p{L}{3,}ing$/u.test(lower(tokens[cue]!))) && !isProgressive(tokens[cue - 1])) {
    const prev = tokens[cue - 1];
    const named = prev && cue - 1 >= lo && view.usable(cue - 1) && !breaksAfter(prev) && (has(prev, 'Person') || has(prev, 'ProperNoun')) && !has(prev, 'Place');
    const own = named ? phraseEndingAt(view, cue - 1, lo) : null;
    return (own ? nameAfterOf(tokens, own) : null) ?? clauseSubject(view, lo, cue);
  }
  let j = cue - 1;
  while (j >= lo && view.usable(j) && (BETWEEN_SUBJECT_AND_CUE.has(lower(tokens[j]!)) || mannerAdverb(tokens[j]!)) && !breaksAfter(tokens[j]!)) j--;
  if (j < lo || !view.usable(j)) return null;
  // "Rep. Gwen Moore (D-Wis.) said": step over the parenthesis.
  if (tokens[j]!.post.includes(')') || tokens[j]!.pre.includes('(')) {
    let k = j;
    while (k > lo && !tokens[k]!.pre.includes('(')) k--;
    if (tokens[k]!.pre.includes('(') && k - 1 >= lo) return phraseEndingAt(view, k - 1, lo);
    return null;
  }
  if (!breaksAfter(tokens[j]!)) {
    const phrase = phraseEndingAt(view, j, lo);
    return phrase ? (participleSubject(view, phrase, lo) ?? phrase) : null;
  }
  if (!/,/.test(tokens[j]!.post)) return null;
  // A comma right before the cue closes an apposition or relative clause; the speaker is before its opening comma.
  for (let k = j - 1; k >= lo && j - k < 25; k--) {
    if (!view.usable(k)) return null;
    if (!breaksAfter(tokens[k]!)) continue;
    if (!/,/.test(tokens[k]!.post)) return null;
    const opener = tokens[k + 1]!;
    // "a fellow at …", "who …", "82", "R-Ky.", "Pyongyang's only ally": what a reporter puts between a name and its verb.
    const apposition = APPOSITION_START.has(lower(opener)) || !isCapitalized(opener) || has(opener, 'Honorific') || /^[RDI]-[A-Z]|^\d/.test(opener.text) || (/['’]s$/.test(opener.text) && j - k > 2);
    if (apposition) return phraseEndingAt(view, k, lo);
    // "His former partner, Lawrence B. Cummings, said", "In Washington, Smith said": the name between the commas.
    const nameBetween = j - k <= 5 && tokens.slice(k + 1, j + 1).every((t) => isCapitalized(t) && (has(t, 'ProperNoun') || has(t, 'Person') || has(t, 'Honorific') || /^\p{Lu}\.?$/u.test(t.text)) && !has(t, 'Place'));
    return nameBetween ? [k + 1, j + 1] : null;
  }
  return null;
}

/** "footage of Trump": the name after "of" a common noun is the one doing the saying. */
function nameAfterOf(tokens: readonly Token[], phrase: Phrase): Phrase {
  for (let k = phrase[1] - 1; k > phrase[0]; k--) {
    if (lower(tokens[k]!) !== 'of') continue;
    return k + 1 < phrase[1] && !isCapitalized(tokens[k - 1]!) && tokens.slice(k + 1, phrase[1]).every(isCapitalized) ? [k + 1, phrase[1]] : phrase;
  }
  return phrase;
}

/**
 * "Protesters marching through the streets chanted": a phrase after a participle and its preposition is
 * that participle's object; the subject is the phrase the participle describes.
 */
function participleSubject(view: WordView, phrase: Phrase, lo: number): Phrase | null {
  const { tokens } = view;
  const prep = phrase[0] - 1;
  const participle = prep - 1;
  if (participle - 1 < lo || !has(tokens[prep]!, 'Preposition') || breaksAfter(tokens[prep]!) || breaksAfter(tokens[participle]!)) return null;
  if (!view.usable(participle) || !/^\p{L}{3,}ing$/u.test(lower(tokens[participle]!)) || breaksAfter(tokens[participle - 1]!)) return null;
  return phraseEndingAt(view, participle - 1, lo);
}

/** The subject of the clause: the phrase before the first finite verb of [lo, hi). */
export function clauseSubject(view: WordView, lo: number, hi: number): Phrase | null {
  const { tokens } = view;
  for (let i = lo + 1; i < hi; i++) {
    const t = tokens[i]!;
    if (!view.usable(i) || !has(t, 'Verb') || has(t, 'Gerund') || isCapitalized(t)) continue;
    const found = subjectBefore(view, i, lo);
    if (found) return found;
  }
  // Headlines defeat the tagger ("Blinken visits China, promises to …"): a leading run of capitalized words.
  let end = lo;
  while (end < hi && view.usable(end) && isCapitalized(tokens[end]!) && !LEADING_FUNCTION_WORDS.has(lower(tokens[end]!)) && !has(tokens[end]!, 'Conjunction') && !has(tokens[end]!, 'Preposition') && !has(tokens[end]!, 'Determiner') && !has(tokens[end]!, 'QuestionWord') && !has(tokens[end]!, 'Adverb')) {
    end++;
    if (breaksAfter(tokens[end - 1]!)) break;
  }
  return end > lo && end - lo <= 4 && end < hi && !has(tokens[end]!, 'Conjunction') ? [lo, end] : null;
}
