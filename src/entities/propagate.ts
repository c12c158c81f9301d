import type { NerToken } from '../ner/features.js';
import { bareWord } from '../ner/features.js';
import type { NerType, TokenSpan } from '../ner/tags.js';

/**
 * One name, one reading per article: the tagger decides word by word and sometimes misses a name
 * it found elsewhere in the same article (a headline's "Church of Scientology", a surname at the
 * start of a sentence). Names it tagged are looked for again:
 * - a name of two or more words, wherever it occurs, replaces what overlaps it (`propagate:name`);
 *   a sentence-initial "The" is no part of the name looked for ("The Church of Scientology");
 * - a one-word name, or a person's surname, is added where the word was left untagged, provided it
 *   is capitalized and the article never writes it in lower case (`propagate:word`);
 * - the same words tagged MISC take the name's type ("Trump intervention").
 */
/** compromise's tags of words that are no first name standing alone. */
const NOT_A_FIRST_NAME = new Set(['Month', 'WeekDay', 'Date', 'Honorific', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Copula', 'Modal', 'Actor', 'Place', 'Country', 'Organization', 'Value']);

const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export function propagateNames(sentences: readonly (readonly NerToken[])[], spans: TokenSpan[][], lowerWords: ReadonlySet<string>): TokenSpan[][] {
  const words = sentences.map((s) => s.map((t) => bareWord(t.text).toLowerCase()));
  const key = (i: number, a: number, b: number) => (b - a === 1 ? words[i]![a]! : words[i]!.slice(a, b).join(' '));
  const votes = new Map<string, Map<NerType, number>>();
  /** First word of every tagged name → the lengths of names starting with it, longest first. */
  const lengths = new Map<string, number[]>();
  const vote = (i: number, a: number, b: number, type: NerType) => {
    const k = key(i, a, b);
    const v = votes.get(k) ?? new Map<NerType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(k, v);
    const first = words[i]![a]!;
    const list = lengths.get(first) ?? [];
    if (!list.includes(b - a)) {
      list.push(b - a);
      list.sort((x, y) => y - x);
    }
    lengths.set(first, list);
  };
  sentences.forEach((s, i) => {
    for (const sp of spans[i]!) {
      if (sp.type === 'MISC') continue;
      vote(i, sp.start, sp.end, sp.type);
      // "The Church of Scientology" opening a sentence is "the Church of Scientology" elsewhere.
      if (sp.end - sp.start >= 3 && s[sp.start]!.text === 'The') vote(i, sp.start + 1, sp.end, sp.type);
      // "Tom Cruise" makes "Cruise" a name of his, and "Erling Haaland" "Erling" ("Erling was later
      // named man of the match"); not a word that is a month, a title or a function word ("May
      // Smith", "President Biden", "The Hague"), nor an initial ("J. Smith").
      if (sp.type === 'PER' && sp.end - sp.start >= 2) {
        vote(i, sp.end - 1, sp.end, 'PER');
        const first = s[sp.start]!;
        if (!first.tags.some((x) => NOT_A_FIRST_NAME.has(x)) && !/\./.test(first.text) && !CALENDAR.test(first.text)) vote(i, sp.start, sp.start + 1, 'PER');
      }
    }
  });
  const typeOf = (k: string): NerType | null => {
    const v = votes.get(k);
    if (!v) return null;
    let best: NerType | null = null;
    for (const [t, c] of v) if (!best || c > v.get(best)!) best = t;
    return best;
  };
  return sentences.map((s, i) => {
    let current = spans[i]!.map((sp) => ({ ...sp }));
    for (let a = 0; a < s.length; a++) {
      const candidates = lengths.get(words[i]![a]!);
      if (!candidates || !/^\p{Lu}/u.test(s[a]!.text)) continue;
      for (const n of candidates) {
        if (a + n > s.length) continue;
        const type = typeOf(key(i, a, a + n));
        if (!type) continue;
        const b = a + n;
        const same = current.find((sp) => sp.start === a && sp.end === b);
        if (same) {
          // "Trump" tagged MISC in "Trump intervention" when the article names Donald Trump.
          if (same.type === 'MISC') {
            same.type = type;
            same.source = 'propagate:name';
          }
          break;
        }
        const overlapping = current.filter((sp) => sp.start < b && a < sp.end);
        if (n >= 2) {
          // A longer tagged span containing this one wins.
          if (overlapping.some((sp) => sp.start <= a && sp.end >= b)) break;
          current = current.filter((sp) => !overlapping.includes(sp));
          current.push({ start: a, end: b, type, source: 'propagate:name' });
        } else {
          const word = bareWord(s[a]!.text);
          if (overlapping.length || lowerWords.has(word.toLowerCase()) || !/\p{Ll}/u.test(word)) break;
          current.push({ start: a, end: b, type, source: 'propagate:word' });
        }
        a = b - 1;
        break;
      }
    }
    return current.sort((x, y) => x.start - y.start);
  });
}
