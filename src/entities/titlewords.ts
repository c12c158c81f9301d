import type { Token } from '../model/document.js';
import type { TokenSpan } from '../ner/tags.js';
import { HONORIFICS } from './link.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';

/**
 * Titles and wire-desk words are no part of a name:
 * - a job title before a person's name is left out of the mention ("Managing Director Kristalina
 *   Georgieva" → "Kristalina Georgieva", "Secretary of State Antony Blinken" → "Antony
 *   Blinken"), as CoNLL marks names — not a royal title ("Prince Charles"); a word that is also a first name stays ("Dean Smith":
 *   compromise reads "Dean" as a name, not an actor noun);
 * - a "person" that is only a title is none ("Legal Affairs Correspondent", "Managing Director",
 *   "Sir");
 * - a wire headline's leading desk verb is no part of the company after it ("Corrects Siemens
 *   profit figure", "Updates Shell results");
 * - "the Crown" (the prosecution in British courts) is an organization, not a person;
 * - a title between an organization or place and a person's name belongs to neither name, when
 *   the tagger ran them together ("US National Security Adviser Jake Sullivan" → the place "US"
 *   and the person; "IMF Managing Director Kristalina" + "Georgieva" → "IMF" and one person).
 */

const norm = (w: string): string => w.toLowerCase().replace(/[.’']+$/, '');
/** Titles that are only ever titles: no first name is spelt like these. */
const PURE_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'adm', 'rev', 'president', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'senator', 'governor', 'mayor', 'judge', 'ayatollah', 'cardinal', 'archbishop', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'director', 'correspondent', 'editor']);
/**
 * Royal and princely titles belong to the name as CoNLL marks it ("Prince Charles", "King
 * Hassan", "Pope John Paul"): the tagger learned to include them, and they stay.
 */
const ROYAL = new Set(['prince', 'princess', 'king', 'queen', 'pope', 'sultan', 'emir', 'sheikh', 'emperor', 'empress', 'crown', 'inspector', 'tsar', 'czar', 'shah', 'maharaja', 'rajah']);
const isHead = (t: Token): boolean => {
  const w = norm(t.text);
  if (!/^\p{Lu}/u.test(t.text) || ROYAL.has(w)) return false;
  if (PURE_TITLES.has(w)) return true;
  // "Bishop", "General", "Coach": titles compromise reads as actor nouns; "Dean", "Major" it reads as names.
  return (TITLE_HEADS.has(w) || HONORIFICS.has(w)) && t.tags.includes('Actor') && !t.tags.includes('FirstName');
};
const isModifier = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && TITLE_MODIFIERS.has(norm(t.text));

/** The number of title words opening a span ("Secretary of State" → 3), 0 when none. */
export function titlePrefix(sentence: readonly Token[], start: number, end: number): number {
  let k = start;
  let cut = start;
  while (k < end) {
    const t = sentence[k]!;
    if (isHead(t)) {
      k++;
      cut = k;
      // "Secretary of State", "Minister of Foreign Affairs": "of" and title words after a head.
      if (k < end - 1 && sentence[k]!.text === 'of' && (isModifier(sentence[k + 1]!) || isHead(sentence[k + 1]!))) {
        let j = k + 1;
        while (j < end && (isModifier(sentence[j]!) || isHead(sentence[j]!))) j++;
        k = j;
        cut = j;
      }
      continue;
    }
    if (isModifier(t)) {
      k++;
      continue;
    }
    break;
  }
  return cut - start;
}

/** Desk words opening a wire headline: "Corrects", "Updates", "Refiles", "UPDATE 2-". */
const DESK_WORDS = new Set(['update', 'updates', 'updated', 'corrects', 'corrected', 'correcting', 'refiles', 'refile', 'repeats', 'rpt', 'recasts', 'adds', 'wrapup', 'factbox', 'exclusive', 'analysis', 'insight', 'breakingviews', 'brief', 'timeline', 'explainer']);

/** A span without its title or desk words; null when nothing of a name is left. */
export function withoutTitle(sentence: readonly Token[], span: TokenSpan): TokenSpan | null {
  let start = span.start;
  if (start === 0 && span.end - start >= 2 && DESK_WORDS.has(norm(sentence[0]!.text)) && !/[-–:]$/.test(sentence[0]!.text)) start++;
  if (span.type === 'PER') {
    const title = titlePrefix(sentence, start, span.end);
    // A title-only "person" is none; before a name only a title of several words is cut ("Managing
    // Director", "Secretary of State"): a one-word title the tagger kept inside a name is more often
    // part of how the name is written (CoNLL dev lost a mention to cutting those).
    if (start + title >= span.end) return null;
    if (title >= 2 || (title === 1 && span.end - start >= 3 && PURE_TITLES.has(norm(sentence[start]!.text)))) start += title;
    // "the Crown", "for the Crown": the prosecution.
    if (span.end - start === 1 && norm(sentence[start]!.text) === 'crown') return { ...span, start, type: 'ORG', source: `${span.source ?? 'tagger'}+rule:crown` };
  }
  // "Rajiv Malhotra KC", "Jane Doe MP", "Sir John Smith OBE": letters after a name are a rank or an
  // honour, not part of it (the surname must stay last for linking "Mr Malhotra" to it).
  let end = span.end;
  if (span.type === 'PER') while (end - start >= 3 && POSTNOMINALS.has(sentence[end - 1]!.text.replace(/\.$/, ''))) end--;
  if (end !== span.end) return { ...span, start, end, source: `${span.source ?? 'tagger'}+rule:postnominal` };
  return start === span.start ? span : { ...span, start, source: `${span.source ?? 'tagger'}+rule:title` };
}

/** Letters written after a name: ranks at the bar, seats, honours, degrees. Case-sensitive, as written. */
const POSTNOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MSP', 'MS', 'MLA', 'MEP', 'AM', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'CH', 'OM', 'FRS', 'PhD', 'MD', 'DPhil', 'Esq']);

/** A title word written as one, capitalized: a listed head, whatever compromise tagged it ("Adviser" is a Person there, not an Actor). */
const isTitleWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !ROYAL.has(norm(t.text)) && (PURE_TITLES.has(norm(t.text)) || TITLE_HEADS.has(norm(t.text)));
const capitalizedWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * Split an organization or place span that runs on through a title into a person's name: the part
 * before the title keeps its type (a listed place alone becomes a place: "US"), the title is
 * dropped, and the words after it — with a span the tagger started right after — are the person.
 * The title must be followed by a capitalized word, inside the span or right after it; without one
 * nothing changes ("the Home Office", "the Security Council": no head followed by a name).
 */
export function splitAtTitle(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < (out ?? spans).length; k++) {
    const span = (out ?? spans)[k]!;
    if (span.type === 'PER' || span.type === 'MISC') continue;
    let head = -1;
    for (let j = span.start + 1; j < span.end; j++) if (isTitleWord(sentence[j]!) && /^\s+$/.test(sentence[j]!.post) && capitalizedWord(sentence[j + 1])) head = j;
    if (head < 0) continue;
    let titleStart = head;
    while (titleStart > span.start && (isModifier(sentence[titleStart - 1]!) || isTitleWord(sentence[titleStart - 1]!))) titleStart--;
    const following = (out ?? spans)[k + 1];
    const personEnd = head + 1 < span.end ? (following && following.start === span.end ? following.end : span.end) : following && following.start === span.end && following.type !== 'MISC' ? following.end : -1;
    if (personEnd < 0) {
      // The title ends the span: only the part before it stays, and the name after is the tagger's own span.
      if (titleStart === span.start) continue;
    }
    out ??= spans.map((x) => ({ ...x }));
    const pieces: TokenSpan[] = [];
    if (titleStart > span.start) {
      const words = sentence.slice(span.start, titleStart);
      const place = span.type === 'ORG' && bestPlace(lookup(words.flatMap((t) => phraseWords(t.text))));
      pieces.push({ start: span.start, end: titleStart, type: place ? 'LOC' : span.type, source: `${span.source ?? 'tagger'}+rule:title-split` });
    }
    const absorbsNext = personEnd > span.end;
    if (personEnd > head + 1) pieces.push({ start: head + 1, end: personEnd, type: 'PER', source: `${span.source ?? 'tagger'}+rule:title-split` });
    out.splice(k, absorbsNext ? 2 : 1, ...pieces);
    k += pieces.length - 1;
  }
  return out ?? (spans as TokenSpan[]);
}
