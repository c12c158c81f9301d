import type { NerToken } from '../ner/features.js';
import type { TokenSpan } from '../ner/tags.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import { orgKind } from './lexicon.js';

/**
 * Wire datelines open the lead: "MANCHESTER, England (Reuters) - Erling Haaland scored…",
 * "NEW DELHI, Jan 5 (Reuters) - …", "WASHINGTON — …", "Geneva (AFP) – …". The city (and the
 * region after it) is a place, the agency in parentheses an organization, and the lead begins
 * after the dash: nothing of the dateline belongs to the lead's first name. The tagger reads a
 * sentence at a time and, left alone, glues "(Reuters) - Erling Haaland" into one name, so the
 * stage cuts the sentence at the dash before tagging and types the dateline's words by this rule.
 */
export interface Dateline {
  /** Token index of the lead's first word (the sentence is cut here). */
  end: number;
  /** The dateline's names: city and region places, the agency an organization. */
  spans: TokenSpan[];
}

/** A dash ending the dateline: in compromise's punctuation after a word (") - ", " — ", " -- "). */
const DASH_AFTER = /^\)?\s*(?:-{1,2}|[—–])\s*$/;
const CAPS_WORD = /^(?=.*\p{Lu}.*\p{Lu}|\p{Lu}\.?$)[\p{Lu}.'’-]+$/u;
const TITLE_WORD = /^\p{Lu}[\p{Ll}.'’-]+$/u;
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?$/i;
const DATE_PART = /^(\d{1,2}(st|nd|rd|th)?|\d{4}|\d{4}-\d{2}-\d{2})$/;

const listed = (ts: readonly NerToken[]) => !!bestPlace(lookup(ts.flatMap((t) => phraseWords(t.text))));
const isDatePart = (t: NerToken) => MONTH.test(t.text) || WEEKDAY.test(t.text) || DATE_PART.test(t.text.replace(/,$/, ''));
const endsWithComma = (t: NerToken) => /^,\s*$/.test(t.post);
const plain = (t: NerToken) => /^\s+$/.test(t.post);

/**
 * The dateline opening a sentence, or null. The city is one to four capitalized words: in capitals
 * and a listed place, or (either case) before an agency in parentheses. A region (", England",
 * ", Ohio") and a date (", March 3") may follow; then the agency and the dash, or the dash alone.
 * "NATO — the alliance said" is no dateline (NATO is no place and names no agency).
 */
export function datelineAt(sentence: readonly NerToken[]): Dateline | null {
  const n = sentence.length;
  let i = 0;
  // The city: capitals ("NEW YORK") or, before an agency, title case ("Geneva (AFP) -").
  const caps = CAPS_WORD.test(sentence[0]?.text ?? '');
  const cityWord = (t: NerToken) => (caps ? CAPS_WORD.test(t.text) : TITLE_WORD.test(t.text));
  while (i < n && i < 4 && cityWord(sentence[i]!) && (i === 0 || (plain(sentence[i - 1]!) && !/\(/.test(sentence[i]!.pre)))) i++;
  if (i === 0 || i >= n) return null;
  const city = { start: 0, end: i };
  let last = i - 1;
  // ", England", ", Calif.", ", N.Y." after the city, then ", March 3" (or the date alone).
  let region: { start: number; end: number } | null = null;
  if (endsWithComma(sentence[last]!)) {
    let j = last + 1;
    const from = j;
    while (j < n && j - from < 3 && /^\p{Lu}/u.test(sentence[j]!.text) && !isDatePart(sentence[j]!) && !/\(/.test(sentence[j]!.pre) && (j === from || plain(sentence[j - 1]!))) j++;
    if (j > from) {
      const abbreviation = /^(\p{Lu}\.)+$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(sentence[j - 1]!.text);
      if (!listed(sentence.slice(from, j)) && !abbreviation) return null;
      region = { start: from, end: j };
      last = j - 1;
    }
    if (!region || endsWithComma(sentence[last]!)) {
      let k = last + 1;
      const dateFrom = k;
      while (k < n && k - dateFrom < 4 && isDatePart(sentence[k]!) && !/\(/.test(sentence[k]!.pre)) k++;
      if (k === dateFrom) return null;
      last = k - 1;
    }
  }
  // "(Reuters)", "(AP)", "(Thomson Reuters Foundation)": an agency in parentheses.
  let agency: { start: number; end: number } | null = null;
  if (last + 1 < n && /\(\s*$/.test(sentence[last + 1]!.pre)) {
    let k = last + 1;
    while (k < n && k - last <= 4 && !/\)/.test(sentence[k]!.post)) k++;
    if (k >= n || k - last > 4) return null;
    const words = sentence.slice(last + 1, k + 1).map((t) => t.text);
    if (orgKind(words) !== 'news agency') return null;
    agency = { start: last + 1, end: k + 1 };
    last = k;
  }
  if (!DASH_AFTER.test(sentence[last]!.post) || last + 1 >= n) return null;
  // Without an agency only a listed place in capitals makes a dateline ("WASHINGTON —").
  if (!agency && (!caps || !listed(sentence.slice(city.start, city.end)))) return null;
  const spans: TokenSpan[] = [{ ...city, type: 'LOC', source: 'rule:dateline' }];
  if (region) spans.push({ ...region, type: 'LOC', source: 'rule:dateline' });
  if (agency) spans.push({ ...agency, type: 'ORG', source: 'rule:credit' });
  return { end: last + 1, spans };
}
