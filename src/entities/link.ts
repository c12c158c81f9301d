import type { EntityType } from '../model/document.js';
import { bestPlace, countryName, lookup, phraseWords } from '../data/gazetteer.js';

/** What the linker needs of a mention. */
export interface LinkInput {
  type: EntityType;
  /** The name's words, parentheses and possessive removed ("Joe", "Biden"). */
  words: string[];
  /** Honorifics and titles in front of the name are not part of it ("President", "Mr"). */
  source?: string;
  /** Sentence index: which namesake was named in full just before. */
  sentence?: number;
  /** What the mention says of the person's gender (an honorific, a first name). */
  gender?: 'male' | 'female';
  /** Said by an honorific at the mention itself ("Mrs Pryce"): this chooses among namesakes. */
  honorificGender?: 'male' | 'female';
  /** Introduced as someone's relative ("his wife, Elaine Pryce"). */
  relative?: boolean;
  /** Used as a place here ("in Paris", "Paris, France", a dateline). */
  placeContext?: boolean;
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
 * 2. a name with the first and last words of a longer one is that person ("Matthew Goode",
 *    "Matthew William Goode"), and so is a multi-word surname ("Van Dijk");
 * 3. a one-word person name joins the person whose surname (else first name) it is ("Blinken" →
 *    "Antony Blinken", "Xi" → "Xi Jinping", "Erling" → "Erling Haaland"); among namesakes the rules
 *    of personIndex choose, or none; one-word names of another type that match a person this way
 *    become that person (the tagger sometimes calls a headline surname a place), a listed place
 *    only when the article never uses the word as a place;
 * 4. an all-caps word that spells the initials of an organization (or place) names it ("APEC");
 * 5. a shorter organization name inside a longer one ("Brookings" → "Brookings Institution").
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
  // The person clusters by their shorter endings, and by first and last word, for the next two
  // joins (clusters do not change in them), so that each mention looks up its candidates instead of
  // scanning every cluster: linear in the article, not quadratic.
  const byEnding = new Map<string, number[]>();
  const byFirstLast = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  clusters.forEach((c, id) => {
    if (c.type !== 'person' || !c.words.length) return;
    const w = c.words.map(norm);
    for (let length = 1; length < w.length; length++) push(byEnding, `${length}\u0000${w.slice(-length).join(' ')}`, id);
    push(byFirstLast, `${w[0]}\u0000${w[w.length - 1]}`, id);
  });
  // The first candidate (lowest cluster id) that is not the mention's own cluster.
  const firstOther = (ids: readonly number[] | undefined, own: number, fits: (id: number) => boolean = () => true) => ids?.find((id) => id !== own && fits(id)) ?? -1;

  // A two-word surname ("Van Dijk" after "Niels van Dijk") joins the longer name it ends.
  for (let i = 0; i < n; i++) {
    const words = names[i]!;
    if (type[i] !== 'person' || words.length < 2) continue;
    const own = cluster[i]!;
    const key = words.map(norm).join(' ');
    const target = firstOther(byEnding.get(`${words.length}\u0000${key}`), own);
    if (target < 0) continue;
    for (let k = 0; k < n; k++) if (cluster[k] === own) cluster[k] = target;
    rule[i] = 'link:surname';
  }

  // "Matthew Goode" and "Matthew William Goode": the same first and last words, a middle name more.
  for (let i = 0; i < n; i++) {
    const words = names[i]!;
    if (type[i] !== 'person' || words.length < 2) continue;
    const own = cluster[i]!;
    const [first, last] = [norm(words[0]!), norm(words[words.length - 1]!)];
    const target = firstOther(byFirstLast.get(`${first}\u0000${last}`), own, (id) => clusters[id]!.words.length > words.length);
    if (target < 0) continue;
    merge(cluster, own, target);
    rule[i] = 'link:middle-name';
  }

  const people = personIndex(clusters, cluster, mentions);
  // A listed place that is also the surname of a person the article names ("MaliVai Washington …
  // the 11th-seeded Washington") is the person, unless the article uses the word as a place
  // somewhere ("in Washington", "Paris, France", a dateline).
  const placeWords = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.placeContext && names[i]!.length === 1) placeWords.add(norm(names[i]![0]!));
  });

  // Pass 2: one-word person names, and one-word names of other types that are clearly a person's
  // name. Walked in text order, so "so far" (the last full mention, how often) is known at each step.
  const lastFull = new Map<number, { at: number; sentence: number }>();
  const seen = new Map<number, number>();
  const count = (i: number) => {
    if (type[i] === 'person' && cluster[i]! >= 0) seen.set(cluster[i]!, (seen.get(cluster[i]!) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) {
    const words = names[i]!;
    if (type[i] === 'person' && words.length >= 2) {
      lastFull.set(cluster[i]!, { at: i, sentence: mentions[i]!.sentence ?? 0 });
      count(i);
      continue;
    }
    if (words.length !== 1) continue;
    const listed = !!lookup(words);
    if (type[i] !== 'person' && !(type[i] === 'place' && (!listed || !placeWords.has(norm(words[0]!)))) && type[i] !== 'org') continue;
    const found = people.resolve(words[0]!, i, mentions[i]!, lastFull, seen);
    if (found && found.id >= 0) {
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
      count(i);
      continue;
    }
    if (type[i] === 'person') {
      // Unknown, or namesakes the text does not tell apart ("Pryce" between Gareth and Elaine
      // Pryce): an entity of its own rather than the wrong person.
      const id = byKey.get(`person|${keys[i]}`);
      if (found) rule[i] = found.how;
      if (id !== undefined) {
        cluster[i] = id;
        rule[i] ??= 'link:same-name';
      } else cluster[i] = open(i);
      count(i);
    }
  }

  // Pass 3: acronyms and short organization names. Clusters do not change in this pass: they are
  // indexed once by initials (with type) and organizations by their shorter beginnings and endings
  // (isPrefixOrSuffix), and each mention takes the first candidate, as a scan in id order would.
  const byInitials = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const bySuffix = new Map<string, number[]>();
  clusters.forEach((c, id) => {
    if (c.type === 'person' || c.words.length < 2) return;
    push(byInitials, `${c.type}\u0000${initials(c.words)}`, id);
    if (c.type !== 'org') return;
    const w = c.words.map(norm);
    // "Google" is a prefix of "Google Science Fair", but an organizer is not its event.
    const event = EVENT_HEADS.has(w[w.length - 1]!);
    for (let length = 0; length < w.length; length++) {
      if (!event) push(byPrefix, w.slice(0, length).join('\u0000'), id);
      push(bySuffix, w.slice(w.length - length).join('\u0000'), id);
    }
  });
  for (let i = 0; i < n; i++) {
    if (type[i] === 'person') continue;
    const words = names[i]!;
    const acronym = words.length === 1 ? acronymOf(words[0]!) : null;
    const own = cluster[i]!;
    if (acronym) {
      const id = firstOther(byInitials.get(`${type[i]}\u0000${acronym}`), own);
      if (id >= 0) {
        merge(cluster, own, id);
        rule[i] = 'link:acronym';
      }
    } else if (type[i] === 'org') {
      const key = words.map(norm).join('\u0000');
      const prefix = firstOther(byPrefix.get(key), own);
      const suffix = firstOther(bySuffix.get(key), own);
      const id = prefix < 0 ? suffix : suffix < 0 ? prefix : Math.min(prefix, suffix);
      if (id >= 0) {
        merge(cluster, own, id);
        rule[i] = 'link:short-name';
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
    // The fullest name; of equal length, one written in ordinary case ("Manchester", not a
    // dateline's "MANCHESTER"), then the longer.
    const name = names[i]!.join(' ');
    const caps = (x: string) => !/\p{Ll}/u.test(x);
    const same = names[i]!.length === best.words.length;
    if (names[i]!.length > best.words.length || (same && caps(best.name) && !caps(name)) || (same && caps(best.name) === caps(name) && name.length > best.name.length)) {
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

/**
 * The people with a full name (two words or more), indexed by surname and first name, and the
 * rules that choose among namesakes for a one-word name:
 * - one person with that surname (else that first name) named before the mention: that person; a
 *   headline's surname before any full name goes to the one named later;
 * - namesakes ("Gareth Pryce" and his wife "Elaine Pryce"): an honorific decides by gender ("Mrs
 *   Pryce"); else the one not introduced as another's relative ("his wife, Elaine Pryce") — news
 *   style gives the relative her first name or title after that; else the one named in full in this
 *   sentence or the one before, if only one was; else the article's clear subject (twice as many
 *   mentions so far, or the only one named in the headline or lead); else none
 *   (`link:ambiguous`, an entity of its own).
 */
function personIndex(clusters: LinkResult['clusters'], cluster: readonly number[], mentions: readonly LinkInput[]) {
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, k: string, id: number) => {
    const list = map.get(k);
    if (!list) map.set(k, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  const firstAt = new Map<number, number>();
  cluster.forEach((c, i) => {
    if (c >= 0 && !firstAt.has(c)) firstAt.set(c, i);
  });
  // Clusters merged away by the surname and middle-name joins keep their entry but no mention.
  const live = new Set(cluster);
  clusters.forEach((c, id) => {
    if (c.type !== 'person' || c.words.length < 2 || !live.has(id)) return;
    const last = c.words[c.words.length - 1]!;
    add(bySurname, norm(last), id);
    add(bySurname, bareSurname(last), id);
    add(byFirst, norm(c.words[0]!), id);
  });
  // The headline and the lead: the first sentence that holds a name and the one after it.
  let leadEnd = Infinity;
  for (const m of mentions) leadEnd = Math.min(leadEnd, (m.sentence ?? 0) + 1);
  // Per person: the gender its mentions tell, and whether its first mention introduces a relative.
  const gender = new Map<number, 'male' | 'female'>();
  const relative = new Set<number>();
  mentions.forEach((m, i) => {
    const id = cluster[i]!;
    if (id < 0 || clusters[id]?.type !== 'person') return;
    if (m.gender && !gender.has(id)) gender.set(id, m.gender);
    if (m.relative && firstAt.get(id) === i) relative.add(id);
  });
  return {
    resolve(word: string, at: number, m: LinkInput, lastFull: Map<number, { at: number; sentence: number }>, seen: Map<number, number>): { id: number; how: string } | null {
      const w = norm(word);
      for (const [map, how] of [[bySurname, 'link:surname'], [byFirst, 'link:first-word']] as const) {
        const all = map.get(w);
        if (!all?.length) continue;
        const before = all.filter((id) => (firstAt.get(id) ?? 0) < at);
        const pool = before.length ? before : all.slice(0, 1);
        if (pool.length === 1) return { id: pool[0]!, how };
        const g = m.honorificGender;
        const byGender = g ? pool.filter((id) => !gender.has(id) || gender.get(id) === g) : pool;
        if (byGender.length === 1) return { id: byGender[0]!, how: `${how}+honorific` };
        const primary = byGender.filter((id) => !relative.has(id));
        if (primary.length === 1) return { id: primary[0]!, how: `${how}+primary` };
        const cands = primary.length ? primary : byGender;
        // "Mrs Whitmore" between "Declan Whitmore" (no gender known) and "Siobhan Whitmore" (a
        // woman's name): the one whose known gender the honorific confirms.
        const confirmed = g ? cands.filter((id) => gender.get(id) === g) : [];
        if (confirmed.length === 1) return { id: confirmed[0]!, how: `${how}+honorific` };
        // The one the article has talked about most so far ("Daniel Bernoulli" in his biography).
        const counts = cands.map((id) => seen.get(id) ?? 0).sort((x, y) => y - x);
        if (counts[0]! > counts[1]!) return { id: cands.find((id) => (seen.get(id) ?? 0) === counts[0])!, how: `${how}+salient` };
        // As often: the one the article opens with (named in its headline or lead, the others later).
        const opening = cands.filter((id) => (mentions[firstAt.get(id) ?? 0]!.sentence ?? 0) <= leadEnd);
        if (opening.length === 1) return { id: opening[0]!, how: `${how}+subject` };
        // Else the one named in full in this sentence or the one before, if only one was.
        const sentence = m.sentence ?? 0;
        const recent = cands.filter((id) => {
          const last = lastFull.get(id);
          return !!last && last.at < at && last.sentence >= sentence - 1;
        });
        if (recent.length === 1) return { id: recent[0]!, how: `${how}+recent` };
        return { id: -1, how: 'link:ambiguous' };
      }
      return null;
    },
  };
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
