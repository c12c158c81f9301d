import type { EntityType, Token } from '../model/document.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import type { NerType, TokenSpan } from '../ner/tags.js';

/** A name the tagger found, in characters, before linking. */
export interface NameMention {
  start: number;
  end: number;
  type: EntityType;
  /** First and last token (inclusive) in the article's token list. */
  firstToken: number;
  lastToken: number;
  /** The name's words without parentheses and possessive ("President (Joe) Biden" → Joe Biden keeps "President"). */
  words: string[];
  source: string;
}

const TYPE: Record<Exclude<NerType, 'MISC'>, EntityType> = { PER: 'person', LOC: 'place', ORG: 'org' };

/**
 * Tagger spans (token indices within one sentence) → character mentions:
 * - the possessive is left out ("Blinken’s" → "Blinken");
 * - parentheses are balanced, so "(Joe) Biden" never becomes "Joe) Biden";
 * - an acronym in parentheses after a name is its own mention ("… Cooperation (APEC)");
 * - "US-China" (listed countries joined by a hyphen) is two places, whatever the tagger said;
 * - MISC is never output.
 */
export function toMentions(text: string, sentence: readonly Token[], offset: number, spans: readonly TokenSpan[]): NameMention[] {
  const out: NameMention[] = [];
  for (const span of spans) {
    const hyphenParts = splitListedCountries(sentence, span);
    if (hyphenParts) {
      for (const p of hyphenParts) push(out, text, sentence, offset, p.start, p.end, 'place', 'tagger+gazetteer:hyphen');
      continue;
    }
    if (span.type === 'MISC') continue;
    const type = TYPE[span.type];
    // "Asia-Pacific Economic Cooperation (APEC)": the acronym is a second mention of the same name.
    const paren = acronymInParens(sentence, span);
    if (paren !== null) {
      push(out, text, sentence, offset, span.start, paren, type, 'tagger');
      push(out, text, sentence, offset, paren, span.end, type, 'tagger');
      continue;
    }
    push(out, text, sentence, offset, span.start, span.end, type, 'tagger');
  }
  return out;
}

function push(out: NameMention[], text: string, sentence: readonly Token[], offset: number, from: number, to: number, type: EntityType, source: string): void {
  const first = sentence[from]!;
  const last = sentence[to - 1]!;
  let start = first.start;
  let end = last.end;
  // Possessive: "Blinken’s", "Reuters'" stays (a name ending in s), "Jones'" → "Jones".
  const possessive = /['’]s$/.exec(text.slice(start, end));
  if (possessive && end - 2 > start) end -= 2;
  else if (/s['’]$/.test(text.slice(start, end)) && end - 1 > start) end -= 1;
  // Balance parentheses: compromise keeps "(" and ")" outside the word, so a span starting at "Joe"
  // in "(Joe) Biden" would read "Joe) Biden".
  let slice = text.slice(start, end);
  const opens = (slice.match(/\(/g) ?? []).length;
  const closes = (slice.match(/\)/g) ?? []).length;
  if (closes > opens && text[start - 1] === '(') start--;
  else if (opens > closes && text[end] === ')') end++;
  while (end > start && /[\s,;:(]/.test(text[end - 1]!)) end--;
  slice = text.slice(start, end);
  if (end <= start || !/\p{L}/u.test(slice)) return;
  const words = sentence.slice(from, to).map((t) => t.text.replace(/['’]s$/, '').replace(/^\(|\)$/g, ''));
  out.push({ start, end, type, firstToken: offset + from, lastToken: offset + to - 1, words, source });
}

const isAcronym = (w: string): boolean => /^[\p{Lu}&]{2,8}$/u.test(w.replace(/\./g, ''));

/** The token index where "(ACRONYM)" starts inside a span, when the span ends with one. */
function acronymInParens(sentence: readonly Token[], span: TokenSpan): number | null {
  if (span.end - span.start < 2) return null;
  const last = sentence[span.end - 1]!;
  if (!last.pre.includes('(') || !isAcronym(last.text)) return null;
  return span.end - 1;
}

/** "US-China", "Israeli-Palestinian" no (nationalities), "India-Pakistan" yes: split at hyphens when every part is a listed country. */
function splitListedCountries(sentence: readonly Token[], span: TokenSpan): { start: number; end: number }[] | null {
  if (span.end - span.start < 2) return null;
  const parts: { start: number; end: number }[] = [];
  let at = span.start;
  for (let i = span.start; i < span.end; i++) {
    const t = sentence[i]!;
    if (i === span.end - 1 || t.post === '-') {
      parts.push({ start: at, end: i + 1 });
      at = i + 1;
    }
  }
  if (parts.length < 2) return null;
  const listed = parts.every((p) => {
    const words = sentence.slice(p.start, p.end).flatMap((t) => phraseWords(t.text));
    return bestPlace(lookup(words))?.kind === 'country';
  });
  return listed ? parts : null;
}
