import type { Token } from '../model/document.js';
import type { TokenSpan } from '../ner/tags.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import { ORG_SUFFIXES } from './lexicon.js';

/**
 * Names that begin with a place. (ORG_SUFFIXES is read by the tagger's features too, so words
 * added here go in a list of their own.)
 */

/** Last words of organizations named after the place they serve, beyond ORG_SUFFIXES. */
const BODY_HEADS = new Set(['exchange', 'treasury', 'ministry', 'commission', 'bureau', 'directorate', 'inspectorate', 'constabulary', 'prosecution', 'railways', 'railway', 'airport', 'authority', 'agency', 'council', 'court', 'police', 'navy', 'army', 'guard', 'office', 'tribunal', 'regulator', 'observatory', 'zoo', 'library', 'orchestra', 'opera', 'ballet']);

const norm = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
const capitalized = (t: Token) => /^\p{Lu}/u.test(t.text);
/** Word i and the next are joined by spaces only (compromise keeps "(" in the next word's `pre`). */
const joined = (sentence: readonly Token[], i: number) => /^\s+$/.test(sentence[i]!.post) && !sentence[i + 1]?.pre.trim();
const placeOf = (ts: readonly Token[]) => bestPlace(lookup(ts.flatMap((t) => phraseWords(t.text))));
const isHead = (t: Token) => capitalized(t) && (ORG_SUFFIXES.has(norm(t.text)) || BODY_HEADS.has(norm(t.text)));
const isAcronym = (t: Token) => /^[\p{Lu}&]{2,8}$/u.test(t.text.replace(/\./g, ''));

/**
 * "Greater" before a listed place is part of it: "Greater Manchester", "Greater London" (the
 * tagger reads "Greater" as a place of its own).
 */
export function greaterPlaces(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let k = 0; k < sentence.length - 1; k++) {
    if (sentence[k]!.text !== 'Greater' || !joined(sentence, k) || !capitalized(sentence[k + 1]!)) continue;
    let e = k + 2;
    while (e <= Math.min(sentence.length, k + 4) && !placeOf(sentence.slice(k + 1, e)) ) e++;
    if (e > Math.min(sentence.length, k + 4)) continue;
    // The place after "Greater" (and whatever span covers it) now starts at "Greater".
    out = out === spans ? spans.map((s) => ({ ...s })) : out;
    const covering = out.find((s) => s.start <= k + 1 && s.end > k + 1);
    out = out.filter((s) => !(s.start === k && s.end === k + 1));
    if (covering && covering.start === k + 1 && covering.end > e) {
      // "Manchester Police" tagged as one place: the place is "Greater Manchester", the rest is
      // left to placeOrganizations.
      out = out.filter((x) => x !== covering);
      out.push({ start: k, end: e, type: 'LOC', source: 'rule:greater' }, { ...covering, start: e });
    } else if (covering && covering.start === k + 1) {
      covering.start = k;
      covering.source = `${covering.source ?? 'tagger'}+rule:greater`;
    } else if (!covering) out.push({ start: k, end: e, type: 'LOC', source: 'rule:greater' });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * An organization named after a place: "U.S. Securities and Exchange Commission", "New York Stock
 * Exchange", "Greater Manchester Police" — a listed place (tagged as a place) followed by
 * capitalized words, with "and"/"of"/"&" between them, that end in an organization's head word is
 * one organization, whatever the tagger made of the words after the place. Not before a lone
 * acronym ("India RBI"), not across a possessive or punctuation ("Germany's Siemens AG",
 * "Britain, Barclays"), not when a person or another place's name follows ("U.S. Ambassador").
 */
export function placeOrganizations(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (const loc of spans) {
    if (loc.type !== 'LOC') continue;
    const last = sentence[loc.end - 1]!;
    // Cheap tests first: a capitalized word must follow, joined by a space.
    if (loc.end >= sentence.length || !capitalized(sentence[loc.end]!) || !joined(sentence, loc.end - 1) || /['’]s?$/.test(last.text)) continue;
    const words = sentence.slice(loc.start, loc.end);
    if (!(placeOf(words) || (words[0]!.text === 'Greater' && placeOf(words.slice(1))))) continue;
    let e = loc.end;
    let head = -1;
    while (e < sentence.length && e - loc.end < 7) {
      const t = sentence[e]!;
      const connector = /^(and|of|&|for)$/.test(t.text) && e > loc.end;
      if (!capitalized(t) && !connector) break;
      if (isHead(t)) head = e;
      if (!joined(sentence, e)) break;
      e++;
    }
    if (head < 0) continue;
    const run = sentence.slice(loc.end, head + 1);
    if (run.length === 1 && isAcronym(run[0]!)) continue;
    const end = head + 1;
    const inside = out.filter((s) => s !== loc && s.start < end && loc.end <= s.end && s.start >= loc.end);
    // Every span after the place must lie inside the organization, and none be a person's.
    if (inside.some((s) => s.end > end || s.type === 'PER' && s.end - s.start > 1) || out.some((s) => s.start < loc.end && s.end > loc.end)) continue;
    // "Gold Fields of South Africa Ltd": capitalized words and "of" before the place open the name.
    // The words before "of" must be a name the tagger found ("Officers of Greater Manchester Police" is no such name).
    let start = loc.start;
    const opening = start >= 2 && sentence[start - 1]!.text === 'of' ? out.find((s) => s.end === loc.start - 1 && s.type !== 'PER') : undefined;
    if (opening && joined(sentence, opening.end - 1)) start = opening.start;
    const before = out.filter((s) => s.start >= start && s.end <= loc.start);
    if (out.some((s) => s.start < start && s.end > start)) continue;
    out = out.filter((s) => s !== loc && !inside.includes(s) && !before.includes(s));
    out.push({ start, end, type: 'ORG', source: `${loc.source ?? 'tagger'}+rule:place-org` });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A name never ends in a connector: an organization or place span that the tagger closed on "of"
 * or "for" ("Bank of" + "England", "Ministry for" + "Foreign Affairs") runs on through the name
 * right after it, as one organization. Not across punctuation, and not into a person's name.
 */
export function joinDanglingConnector(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k + 1 < (out ?? spans).length; k++) {
    const list = out ?? spans;
    const span = list[k]!;
    const next = list[k + 1]!;
    if (span.type === 'PER' || span.type === 'MISC' || next.type === 'PER' || next.start !== span.end || span.end - span.start < 2) continue;
    if (!/^(of|for)$/.test(sentence[span.end - 1]!.text) || !joined(sentence, span.end - 1)) continue;
    out ??= spans.map((x) => ({ ...x }));
    out.splice(k, 2, { start: span.start, end: next.end, type: 'ORG', source: `${span.source ?? 'tagger'}+rule:connector` });
    k--;
  }
  return out ?? (spans as TokenSpan[]);
}
