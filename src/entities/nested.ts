import type { Token } from '../model/document.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import type { NameMention } from './name-mention.js';

const norm = (w: string): string => w.toLowerCase().replace(/\.$/, '');
const bare = (t: Token): string => t.text.replace(/['’][sS]$/, '');

/** A listed place (never a nationality: "the Indonesian Navy" names no place) for these tokens. */
const placeOf = (words: readonly Token[]) => bestPlace(lookup(words.flatMap((t) => phraseWords(bare(t)))));

/**
 * Last words of the name of a public body or a landmark institution: the place it is named after
 * is the one it serves or stands in ("Irving Independent School District", "Nizhny Novgorod Stadium").
 */
const PUBLIC_BODY = new Set(
  `department ministry navy army military police sheriff office service authority agency embassy
  government administration guard court parliament senate congress assembly council district
  stadium airport institute university foundation`.split(/\s+/),
);

/** Last words of a company's full legal name: the words before it are the same company. */
const CORPORATE = new Set('inc corp co ltd plc sa ag nv llc bancorp holdings group company corporation limited'.split(' '));

/** A last word that makes a name a part of the place before it: "Hong Kong Island", "Kowloon East". */
const AREA_PARTS = new Set(['island', 'north', 'south', 'east', 'west', 'central']);

/** Compass words that make a part of a listed place ("Southern Indiana", "East Java"). */
const COMPASS = new Set('north south east west northern southern eastern western central northeast northwest southeast southwest'.split(' '));

/**
 * A place named inside an organization's name is a mention of that place too; it is added as a
 * nested mention, so the organization and the place are both found:
 * - after "of" up to the end ("University of North Carolina", "Bank of England", "University of
 *   the US", "University of Southern Indiana" with a compass word before a listed place);
 * - at the start of a public body's name ("US State Department", "United States Navy", "Irving
 *   Police Department", "Saudi Arabia's Civil Defense Authority"), which acts for the place; not of
 *   a team's, market's or newspaper's ("the Philadelphia Eagles", "the Tokyo Stock Exchange", "the
 *   China Daily": CoNLL-style flat names);
 * - at the start of a part of a place ("Hong Kong Island", "Kowloon West"), not of a city named
 *   after its country ("Mexico City").
 * People's names are left alone ("Georgia Smith"), and so is a bare two-word place ("New York").
 */
export function nestedPlaces(tokens: readonly Token[], mentions: readonly NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of mentions) {
    if (m.type === 'person' || m.lastToken <= m.firstToken) continue;
    const after = placeAfterOf(tokens, m);
    if (after) out.push(after);
    const lead = leadingPlace(tokens, m);
    if (lead && !(after && after.start === lead.start)) out.push(lead);
  }
  return out;
}

function nested(tokens: readonly Token[], m: NameMention, first: number, last: number, source: string, type: NameMention['type'] = 'place'): NameMention {
  const words = tokens.slice(first, last + 1).map(bare);
  const end = last === m.lastToken ? m.end : tokens[last]!.start + words[words.length - 1]!.length;
  return { start: tokens[first]!.start, end, type, firstToken: first, lastToken: last, words, source };
}

function placeAfterOf(tokens: readonly Token[], m: NameMention): NameMention | null {
  if (m.lastToken - m.firstToken < 2) return null;
  for (let k = m.firstToken + 1; k < m.lastToken; k++) {
    if (norm(tokens[k]!.text) !== 'of') continue;
    let from = k + 1;
    // "of the US": the article is no part of the place's name.
    if (norm(tokens[from]!.text) === 'the' && from < m.lastToken) from++;
    const words = tokens.slice(from, m.lastToken + 1);
    if (placeOf(words)) return nested(tokens, m, from, m.lastToken, 'nested:gazetteer');
    // "Southern Indiana": a compass word and a listed place (not a nationality) make a region.
    if (words.length >= 2 && COMPASS.has(norm(words[0]!.text)) && placeOf(words.slice(1))) return nested(tokens, m, from, m.lastToken, 'nested:gazetteer');
    return null;
  }
  return null;
}

function leadingPlace(tokens: readonly Token[], m: NameMention): NameMention | null {
  // A public body of the place ("US State Department", "the Los Angeles Sheriff's office") acts for
  // it; a team, market, newspaper or desk named after a city ("the Philadelphia Eagles", "the New
  // York Stock Exchange", "Warsaw Newsroom") does not, and CoNLL-style names keep it inside.
  // A part of the place ("Hong Kong Island", "Kowloon West") lies in it; a city named after its
  // country ("Mexico City", "Kuwait City") does not, so "City" is no such part.
  const head = norm(bare(tokens[m.lastToken]!));
  const part = m.type === 'place' && AREA_PARTS.has(head);
  if (!PUBLIC_BODY.has(head) && !part) return null;
  const size = m.lastToken - m.firstToken + 1;
  for (let n = Math.min(3, size - 1); n >= 1; n--) {
    const last = m.firstToken + n - 1;
    const words = tokens.slice(m.firstToken, last + 1);
    // "Asia-Pacific Economic Cooperation": a hyphen joins the word to the rest of the name.
    if (tokens[last]!.post === '-' || !words.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    const place = placeOf(words);
    if (!place) continue;
    if (!/^\p{Lu}/u.test(tokens[last + 1]!.text) || (part && last + 1 !== m.lastToken)) return null;
    // The place mention ends before the possessive ("Saudi Arabia's Civil Defense Authority").
    return nested(tokens, m, m.firstToken, last, 'nested:leading-place');
  }
  return null;
}

/**
 * A person the article names, at the start of an organization's name ("Warhol Factory", "the
 * Andy Warhol Foundation"), is a mention of that person too.
 */
export function nestedPersons(tokens: readonly Token[], mentions: readonly NameMention[]): NameMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && m.words.length >= 2) surnames.add(norm(m.words[m.words.length - 1]!));
  const out: NameMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'org' || m.words.length < 2) continue;
    for (let k = m.firstToken; k < m.lastToken && k - m.firstToken < 3; k++) {
      if (!surnames.has(norm(bare(tokens[k]!)))) continue;
      const words = tokens.slice(m.firstToken, k + 1).map((t) => t.text.replace(/['’][sS]$/, ''));
      const end = tokens[k]!.start + words[words.length - 1]!.length;
      out.push({ start: tokens[m.firstToken]!.start, end, type: 'person', firstToken: m.firstToken, lastToken: k, words, source: 'nested:person' });
      break;
    }
  }
  return out;
}

/**
 * An organization the article names on its own, at the start of a longer name ("Google" in "the
 * Google Science Fair" or "Google Chrome", "FIFA" in "FIFA World Cup"), is a mention of that
 * organization too. The organization must be named alone somewhere, so a company inside a
 * product's name the article never names by itself is left alone.
 */
export function nestedOrgs(tokens: readonly Token[], mentions: readonly NameMention[]): NameMention[] {
  const key = (ts: readonly Token[]): string => ts.map((t) => norm(bare(t))).join(' ');
  const orgs = new Set<string>();
  for (const m of mentions) if (m.type === 'org' && m.lastToken - m.firstToken < 3) orgs.add(key(tokens.slice(m.firstToken, m.lastToken + 1)));
  const out: NameMention[] = [];
  for (const m of mentions) {
    // "Monica Seles" is no organization's; "NationsBank Corp." is NationsBank's own full name.
    if (m.type === 'person' || CORPORATE.has(norm(bare(tokens[m.lastToken]!)))) continue;
    for (let n = Math.min(3, m.lastToken - m.firstToken); n >= 1; n--) {
      const last = m.firstToken + n - 1;
      const words = tokens.slice(m.firstToken, last + 1);
      const next = tokens[last + 1]!;
      if (tokens[last]!.post === '-' || !orgs.has(key(words)) || !/^\p{Lu}/u.test(next.text) || next.pre.includes('(')) continue;
      // "the Seattle Mariners" after "Seattle won": a team named after its city, and "South Korea".
      if (placeOf(words) || COMPASS.has(norm(words[0]!.text))) break;
      out.push(nested(tokens, m, m.firstToken, last, 'nested:org', 'org'));
      break;
    }
  }
  return out;
}
