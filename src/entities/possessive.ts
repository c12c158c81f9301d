import type { Token } from '../model/document.js';
import type { TokenSpan } from '../ner/tags.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import type { NameMention } from './name-mention.js';

/**
 * A possessive between two names ends the first: "Germany's Siemens AG", "Ferrari's Charles
 * Leclerc", "Juventus's Zinedine Zidane" are two names each — the possessor (a place, club or
 * company) and the name it owns. Names with a possessive inside them stay whole: "McDonald's",
 * "Moody's Investors Service", "Nationwide Children's Hospital", "New People's Party", "King's
 * College" — what follows the possessive there ends in an organization word, or the possessor is
 * no name of its own.
 */

const POSSESSIVE = /['’]s?$/;
const norm = (w: string) => w.toLowerCase().replace(/['’]s?$/, '').replace(/\.$/, '');
const placeOf = (ts: readonly Token[]) => bestPlace(lookup(ts.flatMap((t) => phraseWords(t.text.replace(/['’]s?$/, '')))));
const looksLikePerson = (ts: readonly Token[]) => ts.length >= 2 && ['FirstName', 'MaleName', 'FemaleName'].some((x) => ts[0]!.tags.includes(x)) && ts.every((t) => /^\p{Lu}/u.test(t.text));
/** Last words that make "X's Y" one place's name: "Saint Mary's Lake", "St John's Wood", "Earl's Court". */
const PLACE_PARTS = new Set('lake river island bay hill mount wood green gate cross court street road lane square park inn church cathedral chapel'.split(' '));
/** Cut a tagged span at a possessive inside it when both sides are names of their own. */
export function splitPossessive(sentence: readonly Token[], span: TokenSpan): TokenSpan[] {
  for (let k = span.start; k < span.end - 1; k++) {
    const t = sentence[k]!;
    if ((!t.text.includes("'") && !t.text.includes('’')) || !POSSESSIVE.test(t.text) || !/^\s*$/.test(t.post)) continue;
    const before = sentence.slice(span.start, k + 1);
    const after = sentence.slice(k + 1, span.end);
    if (!/^\p{Lu}/u.test(after[0]!.text)) continue;
    const place = placeOf(before);
    // "Juventus's Zinedine Zidane": a club or company owns a person.
    const person = looksLikePerson(after) && before.every((x) => /^\p{Lu}/u.test(x.text));
    // "Germany's Siemens AG": a listed place owns the name after it, unless that name is a part of
    // a place named with a possessive ("Saint Mary's Lake").
    const placeOwns = !!place && !PLACE_PARTS.has(norm(after[after.length - 1]!.text));
    if (!person && !placeOwns) continue;
    const first: TokenSpan = { ...span, end: k + 1, type: place ? 'LOC' : span.type === 'PER' ? 'ORG' : span.type, source: `${span.source ?? 'tagger'}+rule:possessive` };
    const second: TokenSpan = { ...span, start: k + 1, type: person ? 'PER' : placeOf(after) ? 'LOC' : span.type === 'LOC' && place ? 'ORG' : span.type, source: `${span.source ?? 'tagger'}+rule:possessive` };
    return [first, ...splitPossessive(sentence, second)];
  }
  return [span];
}

/**
 * "Ferrari's Charles Leclerc" tagged as two people: a one-word possessor right before a person's
 * name is the person's club, company or country — unless the article names a person with that
 * word ("Donald Trump … Trump's Steve Bannon"). A listed place becomes a place, anything else an
 * organization.
 */
export function possessorsOfPeople(text: string, tokens: readonly Token[], found: NameMention[]): void {
  const personWords = new Set<string>();
  for (const m of found) if (m.type === 'person' && m.words.length >= 2) for (const w of m.words) personWords.add(norm(w));
  const byFirst = new Map<number, NameMention>();
  for (const m of found) byFirst.set(m.firstToken, m);
  for (const m of found) {
    if (m.type !== 'person' || m.words.length !== 1 || !/^['’]s?/.test(text.slice(m.end, m.end + 2))) continue;
    const next = byFirst.get(m.lastToken + 1);
    if (!next || next.type !== 'person' || next.words.length < 2 || personWords.has(norm(m.words[0]!))) continue;
    if (!/^['’]s?\s+$/.test(text.slice(m.end, next.start))) continue;
    const place = placeOf([tokens[m.firstToken]!]);
    m.type = place ? 'place' : 'org';
    m.source += '+rule:possessive';
  }
}
