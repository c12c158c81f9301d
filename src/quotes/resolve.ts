import type { Entity, Mention, Token } from '../model/document.js';
import type { Span } from '../model/span.js';
import { overlaps } from '../model/span.js';
import { FEMALE_ROLE, INDEFINITE, MALE_ROLE, ROLE_NOUNS, SUBJECT_PRONOUNS, honorificGender } from './lexicon.js';
import { has, isCapitalized, lower, tokenAt, tokensIn } from './words.js';
import { describesPerson, organizationDescription } from '../entities/descriptions.js';

/**
 * Who an attribution's speaker phrase is. Names link to the entity that overlaps them or shares the
 * surname; pronouns go back to the most recent speaker or the nearest compatible person mentioned
 * EARLIER (never later); definite descriptions ("the top US diplomat") to the most salient compatible
 * person so far; unnamed sources ("a senior official") keep their own words as the name.
 */

export interface Resolved {
  name: string;
  entity: string | null;
  /** How the name was found, appended to the quote's rule ("pronoun:he→previous-speaker"). */
  how: string;
  confidence: number;
  gender?: 'male' | 'female';
  isPerson: boolean;
  /** A document's words ("the report said"), for the speaker's kind. */
  document?: boolean;
}

/** A speaker already resolved, in text order: pronouns and descriptions look back at these. */
export interface PastSpeaker extends Resolved {
  at: number;
}

export interface ResolveContext {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
  /** Spans inside quotation marks: mentions there are quoted words, not the article's own references. */
  quoted(offset: number): boolean;
  /** Fullest forms found so far, by surname (per article). */
  names?: Map<string, string | undefined>;
  /** Token indexes by word, built on first use (per article). */
  wordsAt?: Map<string, number[]>;
  /** Per article, built on first use: genders found, mentions by entity, people by surname. */
  genders?: Map<string, 'male' | 'female' | undefined>;
  mentionsOf?: Map<string, Mention[]>;
  peopleBySurname?: Map<string, Entity>;
}

/** Index of the first of the article's mentions (sorted by start) that starts at or after `offset`. */
function mentionFrom(ctx: ResolveContext, offset: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** No name runs longer than this: mentions that can overlap a phrase start at most this far before it. */
const LONGEST_MENTION = 400;
/** How far back (in mentions, or in earlier speakers) a pronoun or description looks: long articles stay linear. */
const LOOK_BACK = 500;

const overlappingMentions = (ctx: ResolveContext, phrase: Span): Mention[] => {
  const out: Mention[] = [];
  for (let i = mentionFrom(ctx, phrase.start - LONGEST_MENTION); i < ctx.mentions.length && ctx.mentions[i]!.start < phrase.end; i++) {
    const m = ctx.mentions[i]!;
    if (m.entityId && overlaps(m, phrase)) out.push(m);
  }
  return out;
};

/** The latest earlier unnamed source described the same way ("the spokesperson" after "a spokesperson for X"). */
function sameUnnamedSource(past: readonly PastSpeaker[], text: string): PastSpeaker | undefined {
  for (let k = past.length - 1; k >= Math.max(0, past.length - LOOK_BACK); k--) {
    const p = past[k]!;
    if (!p.entity && sameDescription(p.name, text)) return p;
  }
  return undefined;
}

/** An entity's gender: from the entity stage, else from honorifics or first names at its mentions. */
export function entityGender(ctx: ResolveContext, entity: Entity): 'male' | 'female' | undefined {
  if (entity.gender) return entity.gender;
  ctx.genders ??= new Map();
  if (ctx.genders.has(entity.id)) return ctx.genders.get(entity.id);
  if (!ctx.mentionsOf) {
    ctx.mentionsOf = new Map();
    for (const m of ctx.mentions) if (m.entityId) (ctx.mentionsOf.get(m.entityId) ?? ctx.mentionsOf.set(m.entityId, []).get(m.entityId)!).push(m);
  }
  let found: 'male' | 'female' | undefined;
  for (const m of ctx.mentionsOf.get(entity.id) ?? []) {
    const [from, to] = tokensIn(ctx.tokens, m.start, m.end);
    const first = ctx.tokens[from];
    const prev = ctx.tokens[from - 1];
    found = (prev && honorificGender(prev.text.replace(/\.$/, ''))) || (first && honorificGender(first.text.replace(/\.$/, '')));
    // A given name, also after a title ("Sen. Claire McCaskill"): any word before the surname.
    for (let k = from; !found && k < to - 1; k++) found = has(ctx.tokens[k]!, 'MaleName') ? 'male' : has(ctx.tokens[k]!, 'FemaleName') ? 'female' : undefined;
    if (found) break;
  }
  ctx.genders.set(entity.id, found);
  return found;
}

export function resolveSpeaker(ctx: ResolveContext, phrase: Span, past: readonly PastSpeaker[]): Resolved {
  let [from, to] = tokensIn(ctx.tokens, phrase.start, phrase.end);
  // A span cut inside a token (markup glued to a name: 'True.">Sanders') still has that token as its word.
  if (to <= from) [from, to] = [tokenAt(ctx.tokens, phrase.start), tokenAt(ctx.tokens, phrase.end - 1) + 1];
  const words = ctx.tokens.slice(from, to);
  const text = ctx.text.slice(phrase.start, phrase.end);
  // "He’s claiming": the contraction's pronoun.
  const pronoun = words.length === 1 ? lower(words[0]!).replace(/['’](s|re|m)$/, '') : '';
  if (SUBJECT_PRONOUNS.has(pronoun)) return resolvePronoun(ctx, phrase, pronoun, past);
  // "Trump’s spokeswoman", "Clinton’s campaign": someone described by their tie to a name, not that name.
  const possessor = words.findIndex((w, k) => k < words.length - 1 && /['’]s$/.test(w.text));
  const last = words[words.length - 1];
  // "Mr Tanzi's statement said" is still Mr Tanzi speaking: a noun of saying hands the words to its owner.
  if (possessor >= 0 && last && !isCapitalized(last) && !words.slice(possessor + 1).some(isCapitalized) && !OWNED_WORDS.has(lower(last))) {
    const same = sameUnnamedSource(past, text);
    if (same) return { ...same, how: 'description→same-unnamed-source', confidence: 0.75 };
    return { name: text, entity: null, how: 'possessive-description', confidence: 0.7, isPerson: ROLE_NOUNS.has(lower(last)), gender: genderOfWords(words.slice(possessor + 1)) };
  }
  // A mention the entity stage found here — unless it only modifies a common noun that heads the
  // phrase ("a spokesperson for the Munich company", "The Norway striker", "the GAO report"): then
  // the phrase is that noun's, and the name is an affiliation, a description or a document's author.
  const headToken = words[words.length - 1];
  const headEnd = headToken ? Math.min(headToken.end, phrase.end) : phrase.end;
  const headWordEarly = headToken ? lower(headToken).replace(/['’]s$/, '') : '';
  // "Clinton’s statement said": a person's own statement, letter or tweet is that person speaking.
  const ownedBy = (m: Mention) => m.type === 'person' && /^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3)) && OWNED_WORDS.has(headWordEarly);
  const modifierOnly = (m: Mention) => !!headToken && !isCapitalized(headToken) && m.end < headEnd && !/^(he|she|they|we|i|it)$/.test(lower(headToken)) && !ownedBy(m);
  const overlapping = overlappingMentions(ctx, phrase);
  const mention = overlapping
    .filter((m) => !modifierOnly(m))
    .sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start))[0];
  if (!mention && DOCUMENT_NOUNS.has(headWordEarly)) {
    // "The State Department report said": the document speaks; the organization that wrote it is its entity.
    const author = overlapping.filter((m) => m.type !== 'place' || overlapping.length === 1).sort((a, b) => rank(b) - rank(a))[0];
    const e = author ? ctx.entities.get(author.entityId!) : undefined;
    return { name: text, entity: e && e.type !== 'person' ? e.id : null, how: 'document', confidence: 0.8, isPerson: false, document: true };
  }
  // A name: a capitalized word compromise takes for a proper noun — or, when it mis-tags a surname
  // ("Blinken" as a verb), any capitalized word that does not open the sentence.
  const named = words.some((w, k) => isCapitalized(w) && !has(w, 'Honorific') && (has(w, 'ProperNoun') || has(w, 'Person') || has(w, 'Acronym') || (k > 0 && !has(w, 'Determiner'))))
    || (words.length === 1 && isCapitalized(words[0]!) && !has(words[0]!, 'Determiner') && !has(words[0]!, 'Pronoun'));
  const head = words[words.length - 1];
  const headWord = head ? lower(head) : '';
  const definite = words.length > 1 && ['the', 'this', 'that'].includes(lower(words[0]!));
  if (mention && (mention.type === 'person' || !definite || !ROLE_NOUNS.has(headWord))) {
    const entity = ctx.entities.get(mention.entityId!)!;
    if (entity.type === 'person' && mention.form === 'name') return person(ctx, entity, 'name→entity', 0.95);
    // "the Italian", "the 54-year-old", "the prosecutor": a description the entities layer linked to a
    // person is that person here too, so the quote and the entity list never disagree about who it is.
    if (entity.type === 'person' && (mention.form === 'description' || mention.form === 'title' || mention.form === 'pronoun') && mention.start <= phrase.start && phrase.end <= mention.end + 1) {
      return person(ctx, entity, `${mention.form}→entity`, 0.85);
    }
    if (entity.type !== 'person' && (!ROLE_NOUNS.has(headWord) || isCapitalized(head!))) return { name: entity.name, entity: entity.id, how: `${entity.type}→entity`, confidence: 0.9, isPerson: false };
  }
  if (named && head && isCapitalized(head) && !definite) {
    // The phrase's own last word, not the token's: the token may carry markup before the name.
    const surname = (text.split(/\s+/).at(-1) ?? head.text).replace(/[’']s$/, '');
    if (!ctx.peopleBySurname) {
      ctx.peopleBySurname = new Map();
      for (const e of ctx.entities.values()) if (e.type === 'person' && !ctx.peopleBySurname.has(lastWord(e.name))) ctx.peopleBySurname.set(lastWord(e.name), e);
    }
    const entity = ctx.peopleBySurname.get(surname);
    if (entity) return person(ctx, entity, 'surname→entity', 0.9);
    // Without an entity, compromise's tags tell a place or organization ("Brazil said") from a person.
    const isPerson = !words.some((w) => has(w, 'Place') || has(w, 'Organization')) || words.some((w) => has(w, 'Person'));
    return { name: isPerson ? (fullestName(ctx, surname) ?? text) : text, entity: null, how: 'name', confidence: 0.8, isPerson, gender: genderOfWords(words) };
  }
  if (definite && (ROLE_NOUNS.has(headWord) || describesPerson(head!.text))) {
    const same = sameUnnamedSource(past, text);
    if (same) return { ...same, how: 'description→same-unnamed-source', confidence: 0.75 };
    const salient = mostSalient(ctx, phrase, words, headWord);
    if (salient) return person(ctx, salient, 'description→most-salient', 0.7);
    // No entities to count: the named person quoted most so far.
    const quoted = mostQuoted(past, headWord);
    if (quoted) return { ...quoted, how: 'description→most-quoted', confidence: 0.6 };
  }
  // "the club", "the agency", "the trust", "the group": the organization of that kind the article
  // named last before the quote, else the last organization it named.
  if (definite && (organizationDescription(headWord) || ORG_HEADS.has(headWord))) {
    const org = lastOrganization(ctx, phrase.start, organizationDescription(headWord));
    if (org) return { name: org.name, entity: org.id, how: 'description→organization', confidence: 0.65, isPerson: false };
  }
  if (DOCUMENT_NOUNS.has(headWord)) return { name: text, entity: null, how: 'document', confidence: 0.75, isPerson: false, document: true };
  if (!INDEFINITE.has(lower(words[0]!))) {
    const same = sameUnnamedSource(past, text);
    if (same) return { ...same, how: 'description→same-unnamed-source', confidence: 0.75 };
  }
  return { name: text, entity: null, how: 'unnamed-source', confidence: 0.7, isPerson: ROLE_NOUNS.has(headWord), gender: genderOfWords(words) };
}

/** Heads whose possessor is the one speaking: a person's statement, letter or tweet. */
const OWNED_WORDS = new Set(['statement', 'statements', 'letter', 'tweet', 'tweets', 'email', 'e-mail', 'post', 'message', 'speech', 'remarks', 'comments', 'words', 'note', 'memo', 'account', 'website', 'blog', 'book', 'memoir', 'autobiography', 'testimony', 'affidavit', 'diary', 'column', 'op-ed']);

/** Heads of phrases that name a document, not a person: its words are quoted ("the report said", "the email read"). */
export const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'survey', 'poll', 'polls', 'study', 'studies', 'statement', 'email', 'e-mail', 'emails', 'letter', 'ad', 'advert',
  'advertisement', 'filing', 'lawsuit', 'complaint', 'memo', 'document', 'documents', 'release', 'indictment', 'ruling', 'bylaws',
  'review', 'analysis', 'audit', 'cable', 'piece', 'article', 'editorial', 'transcript', 'message', 'notice', 'leaflet', 'guidance',
  'bill', 'passage', 'minutes', 'petition', 'affidavit', 'assessment', 'summary', 'briefing', 'brief', 'proposal', 'manifesto',
  'platform', 'resolution', 'motion', 'agreement', 'contract', 'treaty', 'charter', 'website', 'post', 'tweet', 'video', 'footage',
  'blog', 'column', 'op-ed', 'paper', 'findings', 'research', 'forecast', 'estimate', 'plan', 'policy', 'law', 'order', 'text', 'note',
]);

/** Heads of descriptions of an organization beyond the entities layer's ("the group", "the newspaper"). */
const ORG_HEADS = new Set(['group', 'organisation', 'organization', 'campaign', 'committee', 'government', 'administration', 'authority', 'newspaper', 'network', 'broadcaster', 'magazine', 'station', 'channel', 'council', 'service', 'office', 'institute', 'association', 'federation', 'coalition', 'alliance']);

function lastOrganization(ctx: ResolveContext, at: number, fits: ((e: Entity) => boolean) | undefined): Entity | undefined {
  let any: Entity | undefined;
  const from = mentionFrom(ctx, at) - 1;
  for (let i = from; i >= 0 && from - i < LOOK_BACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > at || m.type !== 'org' || !m.entityId || ctx.quoted(m.start)) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e) continue;
    if (!fits || fits(e)) return e;
    any ??= e;
  }
  return any;
}

/** What kind of source a resolved speaker is: counts of source diversity leave out documents and unnamed sources. */
export function speakerKind(resolved: Resolved, entities: ReadonlyMap<string, Entity>): 'person' | 'organization' | 'document' | 'unnamed' {
  if (resolved.document) return 'document';
  const e = resolved.entity ? entities.get(resolved.entity) : undefined;
  if (e) return e.type === 'person' ? 'person' : 'organization';
  if (/^(name|surname)/.test(resolved.how) && resolved.isPerson) return 'person';
  if (/^(name|surname)/.test(resolved.how)) return 'organization';
  return 'unnamed';
}

const rank = (m: Mention) => (m.type === 'person' ? 0 : m.type === 'org' ? 1 : 2);
const lastWord = (name: string) => name.split(/\s+/).at(-1)!.replace(/[’']s$/, '');
const strip = (s: string) => s.toLowerCase().replace(/^(the|a|an|this|that|one|another)\s+/, '').replace(/[’']s\b/g, '');
/** The noun a description is about: "a spokesperson for the Munich company" → "spokesperson". */
const descriptionHead = (s: string) => (strip(s).split(/\s+(?:for|of|at|with|from|in|on)\s+/)[0] ?? '').split(/\s+/).at(-1) ?? '';
/** "the spokesperson" after "a spokesperson for the Munich company": the same unnamed source. */
const sameDescription = (a: string, b: string) => strip(a) === strip(b) || (descriptionHead(a) !== '' && descriptionHead(a) === descriptionHead(b) && strip(b).split(/\s+/).length <= 2);

function genderOfWords(words: readonly Token[]): 'male' | 'female' | undefined {
  for (const w of words) {
    const g = honorificGender(w.text.replace(/\.$/, ''));
    if (g) return g;
    if (MALE_ROLE.has(lower(w))) return 'male';
    if (FEMALE_ROLE.has(lower(w))) return 'female';
  }
  const first = words.find((w) => has(w, 'FirstName'));
  return first ? (has(first, 'MaleName') ? 'male' : has(first, 'FemaleName') ? 'female' : undefined) : undefined;
}

function person(ctx: ResolveContext, entity: Entity, how: string, confidence: number): Resolved {
  const name = entity.name.includes(' ') ? entity.name : (fullestName(ctx, lastWord(entity.name)) ?? entity.name);
  return { name, entity: entity.id, how, confidence, isPerson: entity.type === 'person', gender: entityGender(ctx, entity) };
}

/**
 * The fullest form of a surname the article uses: capitalized name words before it, a given name in
 * parentheses included ("President (Joe) Biden" → "Joe Biden"), honorifics and titles left out.
 */
export function fullestName(ctx: ResolveContext, surname: string): string | undefined {
  ctx.names ??= new Map();
  if (ctx.names.has(surname)) return ctx.names.get(surname);
  const found = fullestNameUncached(ctx, surname);
  ctx.names.set(surname, found);
  return found;
}

function fullestNameUncached(ctx: ResolveContext, surname: string): string | undefined {
  let best: string[] | undefined;
  const { tokens } = ctx;
  const nameWord = (w: Token, from: Token) =>
    w.sentence === from.sentence &&
    isCapitalized(w) &&
    !has(w, 'Honorific') &&
    !(has(w, 'Verb') && !has(w, 'FirstName')) &&
    (has(w, 'Person') || has(w, 'FirstName') || has(w, 'ProperNoun') || has(w, 'Acronym')) &&
    !has(w, 'Organization') && !has(w, 'Demonym') && !has(w, 'Country') && !has(w, 'City') && !has(w, 'Region') &&
    !/[/\n]/.test(w.text + w.post);
  // Only the tokens that are the surname, found through an index of the article's words built once
  // (a scan of every token per surname made long articles quadratic).
  ctx.wordsAt ??= wordIndex(tokens);
  for (const i of ctx.wordsAt.get(surname) ?? []) {
    const t = tokens[i]!;
    const parts = [t.text.replace(/[’']s$/, '')];
    // Given names before it ("Antony Blinken", "President (Joe) Biden" → "Joe Biden").
    for (let k = i - 1; k >= 0 && parts.length < 4; k--) {
      const w = tokens[k]!;
      if (!nameWord(w, t)) break;
      if (/[,;:.!?]/.test(w.post.replace(/\)/, '')) && !/^\p{Lu}(\.\p{Lu})*\.?$/u.test(w.text)) break;
      if (k > 0 && lower(tokens[k - 1]!) === 'of') break; // "Secretary of State Antony Blinken": a title's end
      parts.unshift(w.text);
    }
    // Family names after it, in name orders that put them last ("Shen" → "Shen Dingli"), when it ends no phrase.
    if (parts.length === 1 && !/[,;:.!?)]/.test(t.post)) {
      for (let k = i + 1; k < tokens.length && parts.length < 3; k++) {
        const w = tokens[k]!;
        if (!nameWord(w, t) || /[’']s$/.test(w.text)) break;
        parts.push(w.text);
        if (/[,;:.!?)]/.test(w.post)) break;
      }
    }
    if (!best || parts.length > best.length) best = parts;
  }
  return best?.join(' ');
}

/** Token indexes by their text without a possessive ("Blinken’s" → "Blinken"), in text order. */
function wordIndex(tokens: readonly Token[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const word = t.text.replace(/[’']s$/, '');
    const list = index.get(word);
    if (list) list.push(i);
    else index.set(word, [i]);
  });
  return index;
}

function resolvePronoun(ctx: ResolveContext, phrase: Span, pronoun: string, past: readonly PastSpeaker[]): Resolved {
  const kind = SUBJECT_PRONOUNS.get(pronoun)!;
  const text = ctx.text.slice(phrase.start, phrase.end);
  const last = past.at(-1);
  if (kind === 'male' || kind === 'female') {
    // The most recent speaker, when no other person is named between their attribution and this one:
    // reporters use a bare pronoun to go on with the same source.
    if (last && last.isPerson && !personBetween(ctx, last, phrase.start)) {
      const fits = !last.gender || last.gender === kind;
      return { ...last, how: `pronoun:${pronoun}→previous-speaker`, confidence: fits ? 0.85 : 0.6 };
    }
    const nearest = nearestPerson(ctx, phrase.start, kind);
    if (nearest) return person(ctx, nearest, `pronoun:${pronoun}→nearest-${kind}`, 0.75);
    return { name: text, entity: null, how: `pronoun:${pronoun}→unresolved`, confidence: 0.4, isPerson: true, gender: kind };
  }
  if (kind === 'group' || kind === 'thing') {
    if (last && (!last.isPerson || kind === 'group')) return { ...last, how: `pronoun:${pronoun}→previous-speaker`, confidence: 0.6 };
    let org: Mention | undefined;
    const from = mentionFrom(ctx, phrase.start) - 1;
    for (let i = from; i >= 0 && from - i < LOOK_BACK && !org; i--) {
      const m = ctx.mentions[i]!;
      if (m.end <= phrase.start && m.type === 'org' && m.entityId && !ctx.quoted(m.start)) org = m;
    }
    if (org) {
      const e = ctx.entities.get(org.entityId!)!;
      return { name: e.name, entity: e.id, how: `pronoun:${pronoun}→nearest-org`, confidence: 0.55, isPerson: false };
    }
  }
  return { name: text, entity: null, how: `pronoun:${pronoun}→unresolved`, confidence: 0.4, isPerson: kind !== 'thing' };
}

function personBetween(ctx: ResolveContext, last: PastSpeaker, at: number): boolean {
  for (let i = mentionFrom(ctx, last.at + 1); i < ctx.mentions.length && ctx.mentions[i]!.start < at; i++) {
    const m = ctx.mentions[i]!;
    if (m.type === 'person' && m.end <= at && !ctx.quoted(m.start) && (m.entityId ?? '') !== (last.entity ?? '-')) return true;
  }
  return false;
}

function nearestPerson(ctx: ResolveContext, at: number, gender: 'male' | 'female'): Entity | undefined {
  let unknown: Entity | undefined;
  const from = mentionFrom(ctx, at) - 1;
  for (let i = from; i >= 0 && from - i < LOOK_BACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > at || m.type !== 'person' || !m.entityId || ctx.quoted(m.start)) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e) continue;
    const g = entityGender(ctx, e);
    if (g === gender) return e;
    if (!g && !unknown) unknown = e;
  }
  return unknown;
}

function mostQuoted(past: readonly PastSpeaker[], head: string): PastSpeaker | undefined {
  const wanted = MALE_ROLE.has(head) ? 'male' : FEMALE_ROLE.has(head) ? 'female' : undefined;
  const counts = new Map<string, { n: number; last: PastSpeaker }>();
  for (const p of past) {
    if (!p.isPerson || !/^(name|surname|pronoun)/.test(p.how) || (wanted && p.gender && p.gender !== wanted)) continue;
    const c = counts.get(p.name) ?? { n: 0, last: p };
    counts.set(p.name, { n: c.n + 1, last: p });
  }
  let best: { n: number; last: PastSpeaker } | undefined;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best?.last;
}

/** The person most mentioned so far whose title, affiliation and gender fit the description. */
function mostSalient(ctx: ResolveContext, phrase: Span, words: readonly Token[], head: string): Entity | undefined {
  const counts = new Map<string, { n: number; last: number }>();
  for (const m of ctx.mentions) {
    if (m.end > phrase.start || m.type !== 'person' || !m.entityId || ctx.quoted(m.start)) continue;
    const c = counts.get(m.entityId) ?? { n: 0, last: 0 };
    counts.set(m.entityId, { n: c.n + 1, last: m.start });
  }
  const wanted = MALE_ROLE.has(head) ? 'male' : FEMALE_ROLE.has(head) ? 'female' : undefined;
  const descriptive = words.map((w) => lower(w)).filter((w) => w.length > 2 && !['the', 'this', 'that', 'top', 'former', 'new'].includes(w));
  let best: { e: Entity; score: number } | undefined;
  for (const [id, c] of counts) {
    const e = ctx.entities.get(id);
    if (!e) continue;
    const g = entityGender(ctx, e);
    if (wanted && g && g !== wanted) continue;
    const about = `${e.title ?? ''} ${e.affiliation ?? ''}`.toLowerCase();
    const initials = (e.affiliation ?? '').split(/\s+/).map((w) => w[0] ?? '').join('').toLowerCase();
    const fits = descriptive.some((w) => about.includes(w) || (w.length >= 2 && w === initials) || (w.length > 4 && about.includes(w.slice(0, 4))));
    const score = c.n + (fits ? 3 : 0) + c.last / (phrase.start + 1);
    if (!best || score > best.score) best = { e, score };
  }
  return best?.e;
}
