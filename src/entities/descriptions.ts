import type { Entity, Mention, Token } from '../model/document.js';
import { lookup } from '../data/gazetteer.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

/**
 * Descriptions an article uses for an entity it has named (`form: 'description'`):
 * - people: "the Norwegian", "the Spaniard", "the 24-year-old", "the striker", "the defendant",
 *   "the 52-year-old Welshman";
 * - organizations: "the club", "the council", "the company", "the bank".
 *
 * A description is linked only when the text licenses it, and otherwise left out:
 * 1. what it says matches what the article says of exactly one person named before it — an
 *    apposition ("Gareth Pryce, 52,", "Tom Hughes, the barrister,"), a pre-modifier ("Norwegian
 *    striker Erling Haaland", "the 24-year-old Lewis Hall"), the person's title or affiliation;
 * 2. else, when it opens its sentence (or follows a quote or a speech verb: "…," the Spaniard
 *    said; "said the Spaniard"), the person
 *    the previous sentence is about — the only person it names, or the one it opens with — if
 *    nothing the article says of that person contradicts the description (another nationality or
 *    age, the other gender);
 * 3. an organization description goes to the one organization of that kind the article has named
 *    before it (a club, a council, a company…), or to the one it names far more often than the rest.
 * Two candidates and nothing to choose between them: no link. Everything is read once per article
 * from the tokens around the names and the descriptions (no rescans of the text).
 */

/** Demonym nouns that differ from the adjective the gazetteer lists ("Spaniard", "Briton"), with gender where the word has one. */
const DEMONYM_NOUNS: Record<string, { country: string; gender?: 'male' | 'female' }> = {
  spaniard: { country: 'ES' }, briton: { country: 'GB' }, brit: { country: 'GB' }, dane: { country: 'DK' }, swede: { country: 'SE' },
  pole: { country: 'PL' }, finn: { country: 'FI' }, scot: { country: 'GB' }, turk: { country: 'TR' }, kiwi: { country: 'NZ' },
  aussie: { country: 'AU' }, icelander: { country: 'IS' }, luxembourger: { country: 'LU' }, croat: { country: 'HR' },
  serb: { country: 'RS' }, argentinian: { country: 'AR' }, slovene: { country: 'SI' }, frenchman: { country: 'FR', gender: 'male' },
  frenchwoman: { country: 'FR', gender: 'female' }, englishman: { country: 'GB', gender: 'male' }, englishwoman: { country: 'GB', gender: 'female' },
  welshman: { country: 'GB', gender: 'male' }, welshwoman: { country: 'GB', gender: 'female' }, irishman: { country: 'IE', gender: 'male' },
  irishwoman: { country: 'IE', gender: 'female' }, scotsman: { country: 'GB', gender: 'male' }, scotswoman: { country: 'GB', gender: 'female' },
  dutchman: { country: 'NL', gender: 'male' }, dutchwoman: { country: 'NL', gender: 'female' },
};

/** Nouns for people that descriptions end in, beyond the job-title heads ("the defendant", "the striker", "the teenager"). */
const PERSON_NOUNS = new Set(
  `defendant accused victim claimant plaintiff appellant witness striker forward midfielder defender goalkeeper keeper winger
  playmaker batsman bowler pitcher quarterback sprinter swimmer cyclist driver rider boxer golfer skier runner singer actor
  actress rapper musician artist novelist poet writer comedian presenter veteran teenager youngster pensioner grandmother
  grandfather businessman businesswoman entrepreneur billionaire tycoon mogul politician campaigner activist protester
  teacher doctor nurse surgeon scientist researcher academic economist lawyer barrister solicitor prosecutor judge
  magistrate officer detective firefighter soldier pilot farmer father mother widow`.split(/\s+/),
);
/** Words that may stand between "the" and the head ("the former finance director", "the veteran Welshman"). */
const MODIFIERS = new Set('former ex- young veteran experienced retired late new outgoing incoming current long-serving elder younger older'.split(' '));
const MALE_NOUNS = new Set(['businessman', 'father', 'grandfather', 'actor', 'frenchman', 'englishman', 'welshman', 'irishman', 'scotsman', 'dutchman', 'chairman', 'spokesman']);
const FEMALE_NOUNS = new Set(['businesswoman', 'mother', 'grandmother', 'actress', 'widow', 'frenchwoman', 'englishwoman', 'welshwoman', 'irishwoman', 'scotswoman', 'dutchwoman', 'chairwoman', 'spokeswoman']);

/** Organization descriptions and what the organization's kind or name must say. */
const ORG_NOUNS: Record<string, (e: Entity) => boolean> = {
  club: (e) => e.kind === 'sports club' || /\b(FC|AFC|United|City|Rovers|Athletic|Club)\b/.test(e.name),
  team: (e) => e.kind === 'sports club',
  council: (e) => /\bCouncil\b/.test(e.name),
  // An organization of no known kind may be a company ("Bosch"): it counts as a candidate.
  company: (e) => e.kind === 'company' || !e.kind,
  firm: (e) => e.kind === 'company' || !e.kind,
  group: (e) => (e.kind === 'company' || !e.kind) && /\b(Group|Holdings)\b/.test(e.name),
  carmaker: (e) => e.kind === 'company' || !e.kind,
  automaker: (e) => e.kind === 'company' || !e.kind,
  airline: (e) => /\b(Airlines?|Airways|Air)\b/.test(e.name),
  bank: (e) => /\b(Bank|Bancorp|Banc)\b/i.test(e.name),
  lender: (e) => /\b(Bank|Bancorp|Banc)\b/i.test(e.name),
  party: (e) => e.kind === 'party',
  university: (e) => e.kind === 'university',
  ministry: (e) => /\bMinistry\b/.test(e.name),
  department: (e) => /\bDepartment\b/.test(e.name),
  agency: (e) => /\bAgency\b/.test(e.name),
  force: (e) => /\b(Police|Constabulary)\b/.test(e.name),
  union: (e) => /\bUnion\b/.test(e.name),
  court: (e) => /\bCourt\b/.test(e.name),
  regulator: (e) => /\b(Authority|Commission|Regulator)\b/.test(e.name),
  trust: (e) => /\bTrust\b/.test(e.name),
  charity: (e) => e.kind === 'charity' || /\b(Trust|Foundation|Fund|Charity|Aid)\b/.test(e.name),
  board: (e) => /\bBoard\b/.test(e.name),
  organisation: () => true,
  organization: () => true,
}

/** Words that may follow "the" in a description (the capitalized and the numbers aside): a cheap first filter. */
const OPENING_WORDS = new Set([...MODIFIERS, ...PERSON_NOUNS, ...TITLE_HEADS, ...TITLE_MODIFIERS, ...Object.keys(ORG_NOUNS)]);

let OPENING: RegExp | undefined;

const SPEECH = new Set(['said', 'says', 'added', 'adds', 'told', 'explained', 'insisted', 'admitted', 'warned', 'replied', 'noted', 'argued', 'claimed', 'recalled']);

interface Facts {
  countries: Set<string>;
  ages: Set<number>;
  roles: Set<string>;
  gender?: 'male' | 'female';
}

interface Description {
  start: number;
  /** Token index after the description. */
  end: number;
  country?: string;
  age?: number;
  role?: string;
  gender?: 'male' | 'female';
  org?: string;
}

const low = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/[’']s$/, '').replace(/[.’']+$/, '') : '');
const countryOf = (word: string): { country: string; gender?: 'male' | 'female' } | null => {
  const noun = DEMONYM_NOUNS[word.toLowerCase()];
  if (noun) return noun;
  if (!/^\p{Lu}/u.test(word)) return null;
  const entry = lookup([word])?.find((e) => e.kind === 'nationality' && e.country);
  return entry ? { country: entry.country! } : null;
};
/**
 * A nationality word that can name one person: "the Norwegian", "the Italian", "the Israeli",
 * "the Spaniard". Not a plural ("the Scots"), nor the adjectives that name a people or a language
 * only ("the Scottish", "the Irish", "the French", "the Chinese", "the Swiss").
 */
const personDemonym = (word: string): { country: string; gender?: 'male' | 'female' } | null => {
  if (DEMONYM_NOUNS[word.toLowerCase()]) return DEMONYM_NOUNS[word.toLowerCase()]!;
  if (/(ish|sh|ch|ese|ss|s)$/i.test(word)) return null;
  return countryOf(word);
};
const isRole = (w: string) => PERSON_NOUNS.has(w) || TITLE_HEADS.has(w);

/**
 * Can a description ending in this word be one person ("the striker", "the barrister", "the Italian",
 * "the 54-year-old", "the prosecutor")? For other stages that meet descriptions (the quotes stage's
 * speakers), with the same word lists the entities layer links by.
 */
export function describesPerson(head: string): boolean {
  const w = head.toLowerCase().replace(/[’']s$/, '');
  return isRole(w) || /^\d+-year-old$/.test(w) || (/^\p{Lu}/u.test(head) && personDemonym(head) !== null);
}

/** Does a description ending in this word ("the club", "the agency") name an organization, and which fit it? */
export function organizationDescription(head: string): ((e: Entity) => boolean) | undefined {
  return ORG_NOUNS[head.toLowerCase()];
}
const nounGender = (w: string): 'male' | 'female' | undefined => (MALE_NOUNS.has(w) ? 'male' : FEMALE_NOUNS.has(w) ? 'female' : undefined);

/** "24-year-old" as compromise cuts it ("24" "-", "year" "-", "old"), or one token: the age and the token after it. */
function ageAt(tokens: readonly Token[], k: number): { age: number; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const one = /^(\d{1,3})-year-old$/i.exec(t.text);
  if (one) return { age: Number(one[1]), next: k + 1 };
  if (/^\d{1,3}$/.test(t.text) && t.post === '-' && low(tokens[k + 1]) === 'year' && tokens[k + 1]!.post === '-' && low(tokens[k + 2]) === 'old') return { age: Number(t.text), next: k + 3 };
  return null;
}

/** The description starting at token k ("the"), or null. Descriptions do not run into a name or a noun they modify. */
function descriptionAt(tokens: readonly Token[], k: number, inName: { has: (k: number) => boolean }): Description | null {
  const the = tokens[k]!;
  if (low(the) !== 'the' || /\S/.test(the.post)) return null;
  const sentence = the.sentence;
  const d: Description = { start: k, end: k + 1 };
  let j = k + 1;
  let head = false;
  while (j < tokens.length && tokens[j]!.sentence === sentence && j - k <= 6 && !inName.has(j)) {
    const t = tokens[j]!;
    const w = low(t);
    const age = ageAt(tokens, j);
    if (age && d.age === undefined) {
      d.age = age.age;
      j = age.next;
      d.end = j;
      head = true;
      if (/[,;:.!?)"”]/.test(tokens[j - 1]!.post)) break;
      continue;
    }
    const nat = personDemonym(t.text);
    if (nat && d.country === undefined) {
      d.country = nat.country;
      if (nat.gender) d.gender = nat.gender;
      j++;
      d.end = j;
      head = true;
      if (/[,;:.!?)"”]/.test(t.post)) break;
      continue;
    }
    if (isRole(w) && !/^\p{Lu}/u.test(t.text)) {
      d.role = w;
      d.gender ??= nounGender(w);
      j++;
      d.end = j;
      head = true;
      break;
    }
    if (j === k + 1 && ORG_NOUNS[w] && !/^\p{Lu}/u.test(t.text)) {
      d.org = w;
      j++;
      d.end = j;
      head = true;
      break;
    }
    if ((MODIFIERS.has(w) || (t.tags.includes('Noun') && tokens[j + 1] && isRole(low(tokens[j + 1])))) && !/[,;:.!?]/.test(t.post)) {
      j++;
      continue;
    }
    break;
  }
  if (!head) return null;
  // "the 32-year-old national team captain": an age or nationality before a role word a few words on.
  if (!d.role && !d.org && !/[,;:.!?)"”—–]/.test(tokens[d.end - 1]!.post)) {
    for (let r = d.end; r < Math.min(tokens.length, d.end + 3) && tokens[r]!.sentence === sentence && !inName.has(r); r++) {
      const w = low(tokens[r]);
      if (isRole(w) && !/^\p{Lu}/u.test(tokens[r]!.text)) {
        d.role = w;
        d.gender ??= nounGender(w);
        d.end = r + 1;
        break;
      }
      if (/[,;:.!?)"”—–]/.test(tokens[r]!.post) || !tokens[r]!.tags.some((x) => x === 'Noun' || x === 'Adjective')) break;
    }
  }
  const next = tokens[d.end];
  const last = tokens[d.end - 1]!;
  const closed = !next || next.sentence !== sentence || /[,;:.!?)"”—–]/.test(last.post);
  // "the head of the league", "the speaker of parliament": another office, not a description.
  if (!closed && low(next) === 'of') return null;
  // An age or a nationality alone is a description only where it ends the phrase: before a verb,
  // an adverb, "who", or punctuation ("The Norwegian opened", "the 24-year-old, who…").
  if (!d.role && !d.org && !closed && !next!.tags.some((x) => x === 'Verb' || x === 'Adverb' || x === 'Copula' || x === 'Modal' || x === 'Auxiliary') && !/^(who|whose|said|says)$/i.test(next!.text)) return null;
  // "the Norwegian striker Erling Haaland", "the 24-year-old Lewis Hall": a pre-modifier of a name.
  if (!closed && (inName.has(d.end) || /^\p{Lu}/u.test(next!.text))) return null;
  // "the Norwegian government", "the club captain": a modifier of a noun that is not a person.
  if (!closed && !/['’]s$/.test(last.text) && next!.tags.includes('Noun') && !next!.tags.includes('Verb') && !next!.tags.includes('Pronoun')) return null;
  return d;
}

function compatible(f: Facts | undefined, d: Description): boolean {
  if (!f) return true;
  if (d.country && f.countries.size && !f.countries.has(d.country)) return false;
  if (d.age !== undefined && f.ages.size && !f.ages.has(d.age)) return false;
  if (d.gender && f.gender && d.gender !== f.gender) return false;
  return true;
}

function licensed(f: Facts | undefined, d: Description): boolean {
  if (!f) return false;
  if (d.country && !f.countries.has(d.country)) return false;
  if (d.age !== undefined && !f.ages.has(d.age)) return false;
  if (d.role && !f.roles.has(d.role)) return false;
  return compatible(f, d);
}

/** What the article says of each person around its name mentions: nationality, age, roles. */
function personFacts(text: string, tokens: readonly Token[], mentions: readonly Mention[], entities: readonly Entity[], tokenAt: (offset: number) => number): Map<string, Facts> {
  const facts = new Map<string, Facts>();
  const get = (id: string) => {
    let f = facts.get(id);
    if (!f) facts.set(id, (f = { countries: new Set(), ages: new Set(), roles: new Set() }));
    return f;
  };
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const f = get(e.id);
    if (e.gender) f.gender = e.gender;
    for (const w of (e.title ?? '').toLowerCase().split(/\s+/)) if (isRole(w)) f.roles.add(w);
    for (const w of (e.title ?? '').split(/\s+/)) {
      const c = countryOf(w);
      if (c) f.countries.add(c.country);
    }
    if (e.affiliation) {
      const c = lookup([e.affiliation]);
      const code = c?.find((x) => x.kind === 'country' && x.country)?.country;
      if (code) f.countries.add(code);
    }
  }
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name' || !m.entityId) continue;
    const f = get(m.entityId);
    const first = tokenAt(m.start);
    const last = tokenAt(m.end - 1);
    if (first < 0 || last < 0) continue;
    // Before the name: "Norwegian striker Erling Haaland", "the 24-year-old Lewis Hall".
    // Only the words right before the name, up to an article: a nationality, an age, a role, title
    // words, capitalized words ("Manchester City striker"); anything else ends the pre-modifier.
    for (let k = first - 1; k >= 0 && k >= first - 6 && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
      const t = tokens[k]!;
      const w = low(t);
      if (/[,;:.!?()"“”]/.test(t.post)) break;
      const c = countryOf(t.text);
      const age = w === 'old' && k >= 2 ? ageAt(tokens, k - 2) : null;
      if (c) f.countries.add(c.country);
      else if (isRole(w)) f.roles.add(w);
      else if (age) {
        f.ages.add(age.age);
        k -= 2;
      } else if (!/^\p{Lu}/u.test(t.text) && !TITLE_MODIFIERS.has(w) && !MODIFIERS.has(w)) break;
    }
    // After the name: "Gareth Pryce, 52,", "Lee (24)", "Tom Hughes, the barrister,", "Erling Haaland, the 24-year-old Norwegian,".
    const after = text.slice(m.end, Math.min(text.length, m.end + 90));
    const age = /^(?:['’]s)?\s*(?:,\s*|\()(\d{1,3})\s*(?:,|\)|$)/.exec(after);
    if (age) f.ages.add(Number(age[1]));
    const apposition = /^,\s*(?:an?|the)\s+([^,.;:()"“”]{2,70})/u.exec(after);
    if (apposition) {
      const words = apposition[1]!.split(/\s+/);
      for (const w of words) {
        const lw = w.toLowerCase().replace(/[’']s$/, '');
        if (isRole(lw)) f.roles.add(lw);
        const c = countryOf(w);
        if (c) f.countries.add(c.country);
        const a = /^(\d{1,3})-year-old$/.exec(lw);
        if (a) f.ages.add(Number(a[1]));
      }
    }
    if (last >= 0) {
      const k = last + 1;
      const t = tokens[k];
      if (t && /^,\s*$/.test(tokens[last]!.post) && low(t) === 'the') {
        // "Tom Hughes, the barrister,": the description words as tokens too (compromise's ages).
        const d = descriptionAt(tokens, k, { has: () => false });
        if (d?.role) f.roles.add(d.role);
        if (d?.age !== undefined) f.ages.add(d.age);
        if (d?.country) f.countries.add(d.country);
      }
    }
  }
  return facts;
}

/** The description mentions of one article, linked to their entities (`form: 'description'`). */
export function descriptionMentions(text: string, tokens: readonly Token[], mentions: readonly Mention[], entities: readonly Entity[]): Mention[] {
  if (!entities.length || !tokens.length) return [];
  // Most "the"s start no description ("the talks", "the United States"): the candidates are found
  // by one regular expression over the text, so the stage walks no token list for them.
  OPENING ??= new RegExp(String.raw`\b(?:the|The|THE)\s+(?=\p{Lu}|\d|(?:${[...OPENING_WORDS].sort((x, y) => y.length - x.length).join('|')})\b)`, 'gu');
  const positions: number[] = [];
  for (const m of text.matchAll(OPENING)) positions.push(m.index!);
  if (!positions.length) return [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  /** The token starting at or holding a character offset (binary search), or -1. */
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return tokens[lo] && tokens[lo]!.start <= offset && offset < tokens[lo]!.end ? lo : -1;
  };
  /** Is token k inside a mention? (binary search over the mentions, which do not overlap much: the nearest start before decides, or the one before it). */
  const isIn = {
    has: (k: number): boolean => {
      const t = tokens[k];
      if (!t) return false;
      let lo = 0;
      let hi = sorted.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.start <= t.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let i = at; i >= 0 && i >= at - 3; i--) if (sorted[i]!.start <= t.start && t.end <= sorted[i]!.end) return true;
      return false;
    },
  };
  const candidates = positions.map(tokenAt).filter((k) => k >= 0 && !isIn.has(k) && !isIn.has(k + 1));
  if (!candidates.length) return [];
  const firstOf = new Map<Mention, number>();
  for (const m of sorted) {
    const k = tokenAt(m.start);
    if (k >= 0) firstOf.set(m, k);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  let factsMemo: Map<string, Facts> | null = null;
  const facts = { get: (id: string) => (factsMemo ??= personFacts(text, tokens, sorted, entities, tokenAt)).get(id) };
  // Per sentence: the people named there in order, to find "the person the previous sentence is
  // about"; the first mention of each entity; each organization's mentions.
  const peopleIn = new Map<number, { entity: string; token: number }[]>();
  const firstToken = new Map<string, number>();
  const orgMentionTokens = new Map<string, number[]>();
  for (const m of sorted) {
    const k = firstOf.get(m);
    if (!m.entityId || k === undefined) continue;
    if (!firstToken.has(m.entityId)) firstToken.set(m.entityId, k);
    if (m.type === 'person') {
      const list = peopleIn.get(tokens[k]!.sentence);
      if (list) list.push({ entity: m.entityId, token: k });
      else peopleIn.set(tokens[k]!.sentence, [{ entity: m.entityId, token: k }]);
    } else if (m.type === 'org') {
      const list = orgMentionTokens.get(m.entityId);
      if (list) list.push(k);
      else orgMentionTokens.set(m.entityId, [k]);
    }
  }
  const opensSentence = (k: number) => k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;

  const out: Mention[] = [];
  for (const k of candidates) {
    if (out.length && out[out.length - 1]!.end > tokens[k]!.start) continue;
    const d = descriptionAt(tokens, k, isIn);
    if (!d) continue;
    // "Anna Berg, the defendant,": an apposition is part of the name's phrase, not a mention of its own.
    if (k > 0 && isIn.has(k - 1) && /^,\s*$/.test(tokens[k - 1]!.post) && tokens[k - 1]!.sentence === tokens[k]!.sentence) {
      continue;
    }
    const start = tokens[d.start]!.start;
    const lastTok = tokens[d.end - 1]!;
    const end = lastTok.end - (/['’]s$/.test(lastTok.text) ? 2 : 0);
    if (d.org) {
      const id = orgFor(d.org, k, entities, orgMentionTokens);
      if (id) out.push({ id: '', start, end, text: text.slice(start, end), type: 'org', form: 'description', entityId: id, source: 'link:description' });
      continue;
    }
    // People named before the description.
    const before = entities.filter((e) => e.type === 'person' && (firstToken.get(e.id) ?? Infinity) < k);
    const lic = before.filter((e) => licensed(facts.get(e.id), d));
    let id: string | undefined;
    let how = '';
    // "…ended Ivan Lendl's career here when the former champion had to retire": another person
    // named earlier in the sentence makes even a licensed description uncertain.
    const s0 = tokens[k]!.sentence;
    const others = (peopleIn.get(s0) ?? []).filter((p) => p.token < k && p.entity !== lic[0]?.id);
    if (lic.length === 1 && !others.length) {
      id = lic[0]!.id;
      how = 'link:description';
    } else if (!lic.length) {
      // "The Norwegian opened the scoring" after a sentence about Haaland; "…, said the Spaniard."
      const s = tokens[k]!.sentence;
      // Opening the sentence, after a quote ('"It was hard," the Spaniard said'), or after a speech verb.
      const afterQuote = k > 0 && /["”’]/.test(tokens[k - 1]!.post) && tokens[k - 1]!.sentence === s;
      const afterVerb = SPEECH.has(low(tokens[k - 1])) && tokens[k - 1]!.sentence === s;
      const opens = opensSentence(k) || ((afterQuote || afterVerb) && !(peopleIn.get(s) ?? []).some((p) => p.token < k));
      const prev = peopleIn.get(s - 1) ?? [];
      const distinct = [...new Set(prev.map((p) => p.entity))];
      const subject = distinct.length === 1 ? distinct[0] : prev.find((p) => opensSentence(p.token))?.entity;
      // Roles ("the doctor", "the spokesman", "the rider") are often someone the article has not
      // named: only a nationality or an age takes this rule (the style of "The Norwegian opened…").
      const describes = d.country !== undefined || d.age !== undefined;
      if (describes && opens && subject && compatible(facts.get(subject), d) && byId.get(subject)?.type === 'person') {
        id = subject;
        how = 'link:description+previous-subject';
      }
    }
    if (id) out.push({ id: '', start, end, text: text.slice(start, end), type: 'person', form: 'description', entityId: id, source: how });
  }
  return out;
}

/** The organization an organization description names: the one compatible named before it, or the one named far more often. */
function orgFor(noun: string, at: number, entities: readonly Entity[], mentionTokens: Map<string, number[]>): string | undefined {
  const fits = ORG_NOUNS[noun]!;
  const counts = entities
    .filter((e) => e.type === 'org' && fits(e))
    .map((e) => ({ id: e.id, count: (mentionTokens.get(e.id) ?? []).filter((k) => k < at).length }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count);
  if (counts.length === 1) return counts[0]!.id;
  if (counts.length > 1 && counts[0]!.count >= 2 * counts[1]!.count && counts[0]!.count >= counts[1]!.count + 2) return counts[0]!.id;
  return undefined;
}
