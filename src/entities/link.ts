import type { EntityType } from '../model/document.js';
import { bestPlace, countryName, lookup, phraseWords } from '../data/gazetteer.js';

/** What the linker needs of a mention. */
export interface LinkInput {
  type: EntityType;
  /** The name's words, parentheses and possessive removed ("Joe", "Biden"). */
  words: string[];
  /** Honorifics and titles in front of the name are not part of it ("President", "Mr"). */
  source?: string;
}

export interface LinkResult {
  /** Cluster index per mention. */
  cluster: number[];
  /** Per cluster: type, display name. */
  clusters: { type: EntityType; name: string; words: string[] }[];
  /** Per mention: the rule that linked it to an earlier mention, if any (link:surname, link:acronym…). */
  rule: (string | null)[];
  /** Per mention: its type after linking (a surname tagged as a place joins its person). */
  type: EntityType[];
}

const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'du', 'der', 'von', 'van', '&', 'on', 'in', 'at', 'to']);
/** Words in front of a name that are not part of it. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'president', 'sen', 'senator', 'rep', 'gov', 'governor',
  'gen', 'general', 'col', 'lt', 'capt', 'sgt', 'adm', 'rev', 'pope', 'king', 'queen', 'prince', 'princess', 'premier',
  'chancellor', 'minister', 'secretary', 'judge', 'justice', 'mayor', 'ambassador', 'chairman', 'coach', 'saint', 'st',
  'sheikh', 'ayatollah', 'cardinal', 'bishop', 'archbishop', 'father', 'brother', 'sister', 'mrs.', 'mr.', 'ms.', 'dr.',
]);

const norm = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
/** A surname without its hyphenated Arabic article: "al-Assad" → "assad" (a bare "Assad" is the same man). */
const bareSurname = (w: string): string => norm(w).replace(/^(al|el|ad|ash|as|at|az|an|ar|ul)-(?=\p{L}{2})/u, '');

/** The name proper: honorifics in front dropped, "the" dropped — unless the gazetteer lists the place with it ("The Hague"). */
export function nameWords(type: EntityType, words: readonly string[]): string[] {
  let i = 0;
  if (type === 'person') while (i < words.length - 1 && HONORIFICS.has(norm(words[i]!))) i++;
  if (type !== 'person' && words.length > 1 && norm(words[0]!) === 'the' && !(type === 'place' && bestPlace(lookup(words.flatMap(phraseWords)))?.name.startsWith('The '))) i++;
  return words.slice(i);
}

/** Initials of a name's content words, splitting at hyphens: "Asia-Pacific Economic Cooperation" → APEC. */
export function initials(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split('-'))
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

const acronymOf = (w: string): string | null => {
  const bare = w.replace(/\./g, '');
  return /^[\p{Lu}&]{2,8}s?$/u.test(bare) ? bare.replace(/s$/, '') : null;
};

/** A place's identity: its ISO code for countries ("US", "U.S.", "United States", "America" are one), else its name. */
function placeKey(words: readonly string[]): string {
  const place = bestPlace(lookup(words.flatMap((w) => phraseWords(w))));
  if (place?.kind === 'country' && place.country) return `iso:${place.country}`;
  return words.map(norm).join(' ');
}

/**
 * Link the names of one article into entities:
 * 1. the same full name (places: the same country code) is one entity;
 * 2. a one-word person name joins the person whose name contains that word as a last or first word
 *    ("Blinken" → "Antony Blinken", "Xi" → "Xi Jinping"), the nearest one before it, else after it;
 *    one-word names of another type that match a person this way become that person
 *    (the tagger sometimes calls a headline surname a place);
 * 3. an all-caps word that spells the initials of an organization (or place) names it ("APEC");
 * 4. a shorter organization name inside a longer one ("Brookings" → "Brookings Institution").
 * Type disagreements between identical names are settled by majority.
 */
export function linkMentions(mentions: readonly LinkInput[]): LinkResult {
  const n = mentions.length;
  const names = mentions.map((m) => nameWords(m.type, m.words));
  const type = majorityTypes(mentions, names);
  const keys = names.map((w, i) => (type[i] === 'place' ? placeKey(w) : w.map(norm).join(' ')));
  const cluster = new Array<number>(n).fill(-1);
  const rule: (string | null)[] = new Array(n).fill(null);
  const clusters: LinkResult['clusters'] = [];
  const byKey = new Map<string, number>();
  const open = (i: number): number => {
    const id = clusters.length;
    clusters.push({ type: type[i]!, name: names[i]!.join(' '), words: names[i]! });
    byKey.set(`${type[i]}|${keys[i]}`, id);
    return id;
  };

  // Pass 1: multi-word person names, and every place and organization, by identity.
  for (let i = 0; i < n; i++) {
    if (type[i] === 'person' && names[i]!.length < 2) continue;
    const id = byKey.get(`${type[i]}|${keys[i]}`);
    if (id !== undefined) {
      cluster[i] = id;
      rule[i] = 'link:same-name';
    } else cluster[i] = open(i);
  }
  // A two-word surname ("Van Dijk" after "Niels van Dijk") joins the longer name it ends.
  for (let i = 0; i < n; i++) {
    const words = names[i]!;
    if (type[i] !== 'person' || words.length < 2) continue;
    const own = cluster[i]!;
    const key = words.map(norm).join(' ');
    const target = clusters.findIndex((c, id) => id !== own && c.type === 'person' && c.words.length > words.length && c.words.slice(-words.length).map(norm).join(' ') === key);
    if (target < 0) continue;
    for (let k = 0; k < n; k++) if (cluster[k] === own) cluster[k] = target;
    rule[i] = 'link:surname';
  }

  const persons = clusters.map((c, id) => ({ c, id })).filter((x) => x.c.type === 'person' && x.c.words.length >= 2);
  const firstMention = new Map<number, number>();
  cluster.forEach((c, i) => {
    if (c >= 0 && !firstMention.has(c)) firstMention.set(c, i);
  });
  const personFor = (word: string, at: number): { id: number; how: string } | null => {
    const w = norm(word);
    const score = (words: string[]) => (bareSurname(words[words.length - 1]!) === w || norm(words[words.length - 1]!) === w ? 2 : norm(words[0]!) === w ? 1 : 0);
    let bestId = -1;
    let bestScore = 0;
    let bestSalience = -1;
    let bestDistance = Infinity;
    for (const { c, id } of persons) {
      const s = score(c.words);
      if (!s) continue;
      const first = firstMention.get(id) ?? 0;
      // Prefer a person named before this mention; a later one only when none came before.
      const distance = first <= at ? at - first : n + first - at;
      // Among namesakes ("Ahmed Mohamed" and his father "Mohamed El-Hassan Mohamed"), the one the
      // article has talked about most so far is the likelier referent of a bare "Mohamed".
      let salience = 0;
      for (let k = 0; k < at; k++) if (cluster[k] === id) salience++;
      const better = s > bestScore || (s === bestScore && (salience > bestSalience || (salience === bestSalience && distance < bestDistance)));
      if (better) {
        bestId = id;
        bestScore = s;
        bestSalience = salience;
        bestDistance = distance;
      }
    }
    return bestId < 0 ? null : { id: bestId, how: bestScore === 2 ? 'link:surname' : 'link:first-word' };
  };

  // Pass 2: one-word person names, and one-word names of other types that are clearly a person's name.
  for (let i = 0; i < n; i++) {
    const words = names[i]!;
    if (words.length !== 1) continue;
    if (type[i] !== 'person' && !(type[i] === 'place' && !lookup(words)) && type[i] !== 'org') continue;
    const found = personFor(words[0]!, i);
    if (found) {
      if (type[i] !== 'person' && cluster[i] >= 0) {
        // A surname the tagger typed as a place or organization: the whole group joins the person.
        const from = cluster[i]!;
        clusters[from]!.words = [];
        for (let k = 0; k < n; k++) {
          if (cluster[k] !== from) continue;
          cluster[k] = found.id;
          rule[k] = `${found.how}+retyped`;
          type[k] = 'person';
        }
        continue;
      }
      cluster[i] = found.id;
      rule[i] = found.how;
      continue;
    }
    if (type[i] === 'person') {
      const id = byKey.get(`person|${keys[i]}`);
      if (id !== undefined) {
        cluster[i] = id;
        rule[i] = 'link:same-name';
      } else cluster[i] = open(i);
    }
  }

  // Pass 3: acronyms and short organization names.
  for (let i = 0; i < n; i++) {
    if (type[i] === 'person') continue;
    const words = names[i]!;
    const acronym = words.length === 1 ? acronymOf(words[0]!) : null;
    const own = cluster[i]!;
    for (let id = 0; id < clusters.length; id++) {
      const c = clusters[id]!;
      if (id === own || c.type === 'person' || c.words.length < 2) continue;
      if (acronym && c.type === type[i] && initials(c.words) === acronym) {
        merge(cluster, own, id);
        rule[i] = 'link:acronym';
        break;
      }
      if (!acronym && type[i] === 'org' && c.type === 'org' && words.length < c.words.length && isPrefixOrSuffix(words, c.words)) {
        merge(cluster, own, id);
        rule[i] = 'link:short-name';
        break;
      }
    }
  }

  // Renumber clusters in order of first mention, and name each by its fullest name.
  const order = new Map<number, number>();
  const out: LinkResult['clusters'] = [];
  const finalCluster = cluster.map((c, i) => {
    let id = order.get(c);
    if (id === undefined) {
      id = out.length;
      order.set(c, id);
      out.push({ type: type[i]!, name: '', words: [] });
    }
    const best = out[id]!;
    if (names[i]!.length > best.words.length || (names[i]!.length === best.words.length && names[i]!.join(' ').length > best.name.length)) {
      best.words = names[i]!;
      best.name = names[i]!.join(' ');
    }
    return id;
  });
  for (const c of out) {
    if (c.type !== 'place') continue;
    const place = bestPlace(lookup(c.words.flatMap((w) => phraseWords(w))));
    if (place?.kind === 'country' && place.country) c.name = countryName(place.country) ?? c.name;
  }
  return { cluster: finalCluster, clusters: out, rule, type };
}

function merge(cluster: number[], from: number, into: number): void {
  for (let i = 0; i < cluster.length; i++) if (cluster[i] === from) cluster[i] = into;
}

/**
 * Last words of an event or prize named after its organizer: "the Google Science Fair", "the FIFA
 * World Cup", "the Budweiser Man of the Match award" are not the organization itself.
 */
const EVENT_HEADS = new Set(
  `fair expo exhibition festival cup championship championships games olympics award awards prize
  tournament open marathon rally summit`.split(/\s+/),
);

function isPrefixOrSuffix(short: readonly string[], long: readonly string[]): boolean {
  const s = short.map(norm);
  const l = long.map(norm);
  // "Google" is a prefix of "Google Science Fair", but an organizer is not its event.
  const prefix = s.every((w, i) => l[i] === w) && !EVENT_HEADS.has(l[l.length - 1]!);
  const suffix = s.every((w, i) => l[l.length - s.length + i] === w);
  return prefix || suffix;
}

const FIXED_TYPE = /rule:(dateline|place)\b/;

/** Identical names get the type most of their mentions have (ties: each mention keeps its own). */
function majorityTypes(mentions: readonly LinkInput[], names: readonly string[][]): EntityType[] {
  const votes = new Map<string, Map<EntityType, number>>();
  const key = (i: number) => names[i]!.map(norm).join(' ');
  mentions.forEach((m, i) => {
    if (FIXED_TYPE.test(m.source ?? '')) return;
    const v = votes.get(key(i)) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(key(i), v);
  });
  return mentions.map((m, i) => {
    // A place a layout or context rule typed ("MILAN 1996-08-30" above a report on the club Milan) stays one.
    if (FIXED_TYPE.test(m.source ?? '')) return m.type;
    const v = votes.get(key(i))!;
    let best = m.type;
    for (const [t, c] of v) if (c > (v.get(best) ?? 0)) best = t;
    return best;
  });
}
