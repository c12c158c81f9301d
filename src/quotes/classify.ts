import type { QuotedSpan } from './marks.js';
import { TERM_CUES, TITLE_CUES } from './lexicon.js';

/**
 * Is a quoted stretch speech, a title (of a show, book, ad: “Fox News Sunday”), or a term (a scare
 * quote or coined phrase: a “national enterprise reporter”)? Titles are told by their wording and what
 * precedes them; terms are short, inside the reporter's sentence, and have no attribution nearby.
 */
export type QuoteFunction = 'speech' | 'title' | 'term' | 'other';

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'it', 'is', 'as', 'vs', 'de']);
const wordsOf = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

/** Every word that matters begins with a capital (or a digit): the shape of a title. */
export function titleCase(s: string): boolean {
  const words = wordsOf(s);
  if (!words.length || words.length > 10) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/** The word right before the opening mark, lower case, and whether a possessive precedes (CNN’s “…”). */
function lead(text: string, quote: QuotedSpan): { word: string; possessive: boolean; capitalizedBefore: boolean; sentenceStart: boolean } {
  const before = text.slice(Math.max(0, quote.open.start - 60), quote.open.start);
  const m = before.match(/([\p{L}\p{N}'’.-]+)([\s,:]*)$/u);
  const word = m?.[1]?.toLowerCase() ?? '';
  return {
    word: word.replace(/[’']s$/, ''),
    possessive: /[’']s$/.test(word) || /s[’']$/.test(word),
    capitalizedBefore: !!m && /^\p{Lu}/u.test(m[1]!) && !/[,:]/.test(m[2]!),
    // An initial or abbreviation ("Robert C.", "Rep.") does not end a sentence.
    sentenceStart: !m || (/[.!?:…]["”’]?\s*$/.test(before) && !/(^|\s)\p{Lu}[\p{L}]{0,3}\.\s*$/u.test(before)) || /^\s*$/.test(before.slice(before.lastIndexOf('\n') + 1)),
  };
}

const WORK_APPOSITION = /[\p{L}.]+(?:['’]s|s['’])\s+(?:new\s+|latest\s+|recent\s+)?(?:commentary|column|op-ed|essay|article|editorial|book|memoir|novel|film|documentary|song|album|podcast|piece|poem|play)\s*,\s*$/u;
const SIGN_OFF = /^(follow|contact|email|e-mail|reach) [\p{L}\s.'’-]{2,40} (on|at|via) (twitter|facebook|instagram|x)\b.*@\w+\.?$/iu;

/** What the marks say before any attribution is looked for: a title or nickname by its form alone. */
export function titleByForm(text: string, quote: QuotedSpan): QuoteFunction | null {
  const inner = text.slice(quote.start, quote.end).replace(/[,.]$/, '');
  const { word, possessive, capitalizedBefore, sentenceStart } = lead(text, quote);
  const after = text.slice(quote.close?.end ?? quote.end, (quote.close?.end ?? quote.end) + 3);
  if (/^\(.*\)\.?$/.test(inner)) return 'other'; // (CROSSTALK.)
  // A newsletter's sign-off inside quote marks ("Follow Pam Key on Twitter @pamkeyNEN.") is no one's words.
  if (SIGN_OFF.test(inner)) return 'other';
  if (sentenceStart) return null;
  // A nickname inside a name: Rep. Robert C. “Bobby” Scott.
  if (capitalizedBefore && /^\s\p{Lu}/u.test(after) && wordsOf(inner).length <= 2 && titleCase(inner)) return 'other';
  if (word === 'so-called') return 'term';
  // "Ouisa Davis' commentary, “Melania, tell your immigrant story,” is very thoughtful": a named work in apposition.
  if (WORK_APPOSITION.test(text.slice(Math.max(0, quote.open.start - 80), quote.open.start))) return 'title';
  if (TITLE_CUES.has(word) && !['called'].includes(word)) return titleCase(inner) ? 'title' : wordsOf(inner).length <= 4 ? 'term' : null;
  if (titleCase(inner) && (possessive || ['of', 'on', 'in', 'titled', 'the', 'his', 'her', 'its', 'their', 'our', 'my'].includes(word))) return 'title';
  return null;
}

/** For a quote with no attribution: a short phrase inside the reporter's sentence is a term, the rest speech. */
export function functionWithoutAttribution(text: string, quote: QuotedSpan): QuoteFunction {
  const inner = text.slice(quote.start, quote.end);
  const { word, sentenceStart } = lead(text, quote);
  const n = wordsOf(inner).length;
  if (TERM_CUES.has(word) && n <= 5) return 'term';
  if (sentenceStart) return 'speech';
  // Short lower-case phrases with no attribution are often scare quotes, but just as often a speaker's
  // words the reporter weaves in with a cue we do not know ("Trump's claim that there were “thousands of
  // shootings”"); only title-shaped ones are set aside.
  if (n <= 6 && titleCase(inner)) return 'title';
  // A phrase of one to three lower-case words inside the reporter's sentence, with no attribution: a
  // scare quote or coined term (the “sex tape”, its “national enterprise reporter”) — unless the
  // sentence's subject is a person (engine.ts checks that before settling on a term).
  if (n <= 3 && /^[\p{Ll}\d]/u.test(inner)) return 'term';
  return 'speech';
}
