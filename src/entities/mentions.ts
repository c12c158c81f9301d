import type { EntityType, Token } from '../model/document.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import type { NerType, TokenSpan } from '../ner/tags.js';
import { EVENT_WORDS, HOLIDAY_WORDS, HOLIDAYS, ORG_SUFFIXES, orgKind, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';

// Mentions inside other names live in nested.ts; re-exported so the stage keeps one import.
export { nestedOrgs, nestedPersons, nestedPlaces } from './nested.js';
import { splitPossessive } from './possessive.js';
import { joinHyphenatedNames, joinParticles, PARTICLES } from './particles.js';
import { joinDanglingConnector, greaterPlaces, placeOrganizations } from './compounds.js';
import { splitAtTitle, withoutTitle } from './titlewords.js';

/** A name the tagger found, in characters, before linking. */
export type { NameMention } from './name-mention.js';
import type { NameMention } from './name-mention.js';

const TYPE: Record<Exclude<NerType, 'MISC'>, EntityType> = { PER: 'person', LOC: 'place', ORG: 'org' };

/**
 * Tagger spans (token indices within one sentence) → character mentions:
 * - the possessive is left out ("Blinken’s" → "Blinken");
 * - parentheses are balanced, so "(Joe) Biden" never becomes "Joe) Biden";
 * - an acronym in parentheses after a name is its own mention ("… Cooperation (APEC)");
 * - "US-China" (listed countries joined by a hyphen) is two places, whatever the tagger said;
 * - MISC is never output.
 */
export function toMentions(text: string, sentence: readonly Token[], offset: number, spans: readonly TokenSpan[]): NameMention[] {
  const out: NameMention[] = [];
  // A span that a rule already took into the mention before it ("Indonesian" + "Navy").
  let takenUntil = 0;
  for (const span of joinParenthesized(sentence, joinParticles(sentence, joinHyphenatedNames(sentence, placeOrganizations(sentence, greaterPlaces(sentence, completePlaces(sentence, withGivenNames(sentence, joinDanglingConnector(sentence, splitAtTitle(sentence, spans))))))))).flatMap((sp) => splitAtPunctuation(sentence, sp)).flatMap((sp) => splitPossessive(sentence, sp)).map((sp) => withoutModifiedArticle(sentence, sp)).flatMap((sp) => withoutTitle(sentence, sp) ?? [])) {
    if (span.start < takenUntil) continue;
    const hyphenParts = splitListedCountries(sentence, span);
    if (hyphenParts) {
      for (const p of hyphenParts) push(out, text, sentence, offset, p.start, p.end, 'place', `${span.source ?? 'tagger'}+gazetteer:hyphen`);
      continue;
    }
    const national = span.type === 'MISC' ? nationalOrganization(sentence, span) : null;
    if (national) {
      push(out, text, sentence, offset, national.start, national.end, 'org', 'tagger+rule:national-org');
      takenUntil = national.end;
      continue;
    }
    if (span.type !== 'MISC' && namesEvent(sentence, span)) {
      const organizer = eventOrganizer(sentence, span);
      if (organizer !== null) push(out, text, sentence, offset, span.start, organizer, 'org', `${span.source ?? 'tagger'}+rule:event-organizer`);
      continue;
    }
    if (span.type === 'MISC' || isTitlePart(sentence, span)) continue;
    let type = TYPE[span.type] === 'place' && endsLikeOrganization(sentence, span) ? 'org' : TYPE[span.type];
    let source = span.source;
    if (type !== 'place' && isDateline(sentence, span)) {
      type = 'place';
      source = 'rule:dateline';
    } else if (type === 'person' && afterCompanyNoun(sentence, span)) {
      type = 'org';
      source = 'tagger+rule:descriptor';
    }
    // "Asia-Pacific Economic Cooperation (APEC)": the acronym is a second mention of the same name.
    const paren = acronymInParens(sentence, span);
    if (paren !== null) {
      push(out, text, sentence, offset, span.start, paren, type, source ?? 'tagger');
      push(out, text, sentence, offset, paren, span.end, type, source ?? 'tagger');
      continue;
    }
    push(out, text, sentence, offset, span.start, span.end, type, source ?? 'tagger');
  }
  return out;
}

/**
 * Names compromise cuts at a hyphen, where the tagger then stops: a hyphenated given name whose
 * second part is in lower case ("Yau Wai-ching", "Leung Kwok-hung"), and a surname with a
 * hyphenated particle ("Bashar al-Assad", "Abdel Fattah el-Sisi": the span ends at "al", and
 * "Assad" may be a span of its own). Only for people ("Hong Kong-based" is no longer a place), and
 * not two names joined by a hyphen ("the Obama-Biden ticket": "Obama" is no particle).
 */
export function withGivenNames(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans as TokenSpan[];
  const dropped = new Set<number>();
  spans.forEach((s, k) => {
    if (s.type !== 'PER' || dropped.has(k)) return;
    let end = s.end;
    for (;;) {
      const last = sentence[end - 1]!;
      const next = sentence[end];
      if (!next || last.post !== '-') break;
      const startsSpan = spans.findIndex((o) => o.start === end);
      if (/^\p{Ll}+$/u.test(next.text) && startsSpan < 0) end++;
      else if (PARTICLES.has(last.text.toLowerCase()) && /^\p{Lu}/u.test(next.text) && (startsSpan < 0 || spans[startsSpan]!.type === 'PER')) {
        end = startsSpan < 0 ? end + 1 : spans[startsSpan]!.end;
        if (startsSpan >= 0) dropped.add(startsSpan);
      } else break;
    }
    if (end === s.end) return;
    if (out === spans) out = spans.map((x) => ({ ...x }));
    out[k]!.end = end;
  });
  return dropped.size ? out.filter((_, k) => !dropped.has(k)) : out;
}

/**
 * "The Home Office letter": a name used as a modifier leaves the sentence's "The" to the noun it
 * modifies, so the mention is "Home Office"; "The Huffington Post reported" keeps it.
 */
export function withoutModifiedArticle(sentence: readonly Token[], span: TokenSpan): TokenSpan {
  const next = sentence[span.end];
  // Places keep it: "The Netherlands drew 2-2" (compromise may read "drew" as a noun).
  if (span.end - span.start < 2 || span.type === 'LOC' || sentence[span.start]!.text !== 'The' || !next) return span;
  const noun = /^\p{Ll}/u.test(next.text) && next.tags.includes('Noun') && !next.tags.includes('Verb') && !/[,;:.]/.test(sentence[span.end - 1]!.post);
  return noun ? { ...span, start: span.start + 1 } : span;
}

function push(out: NameMention[], text: string, sentence: readonly Token[], offset: number, from: number, to: number, type: EntityType, source: string): void {
  const first = sentence[from]!;
  const last = sentence[to - 1]!;
  let start = first.start;
  let end = last.end;
  // Possessive: "Blinken’s", "Reuters'" stays (a name ending in s), "Jones'" → "Jones".
  // "U.S." at a sentence end: compromise leaves the last period outside the word.
  if (/^(\p{L}\.)+\p{L}$/u.test(last.text) && text[end] === '.') end++;
  // "NationsBank Corp. could", "Barnett Banks Inc. in", "St. Petersburg, Fla., for": an
  // abbreviation's period belongs to the name — not at the end of a line, where it ends the sentence.
  else if (ABBREVIATION.test(last.text) && text[end] === '.' && end + 1 < text.length && !/[\r\n]/.test(text[end + 1]!)) end++;
  const possessive = /['’][sS]$/.exec(text.slice(start, end));
  if (possessive && end - 2 > start) end -= 2;
  else if (/s['’]$/.test(text.slice(start, end)) && end - 1 > start) end -= 1;
  // Balance parentheses: compromise keeps "(" and ")" outside the word, so a span starting at "Joe"
  // in "(Joe) Biden" would read "Joe) Biden".
  let slice = text.slice(start, end);
  const opens = (slice.match(/\(/g) ?? []).length;
  const closes = (slice.match(/\)/g) ?? []).length;
  if (closes > opens && text[start - 1] === '(') start--;
  else if (opens > closes && text[end] === ')') end++;
  while (end > start && /[\s,;:(]/.test(text[end - 1]!)) end--;
  slice = text.slice(start, end);
  if (end <= start || !/\p{L}/u.test(slice)) return;
  // Words of the name; hyphenated words stay whole ("Asia-Pacific"), as the name is written.
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    // Only the name's own possessive goes ("Blinken’s"); inside it stays ("Nationwide Children’s Hospital").
    const raw = k === to - 1 ? sentence[k]!.text.replace(/['’][sS]$/, '') : sentence[k]!.text;
    const w = raw.replace(/^\(|\)$/g, '');
    if (k > from && sentence[k - 1]!.post === '-' && words.length) words[words.length - 1] += `-${w}`;
    else words.push(w);
  }
  const mention: NameMention = { start, end, type, firstToken: offset + from, lastToken: offset + to - 1, words, source };
  out.push(...splitCredit(text, mention));
}

/** Abbreviations that end names: corporate forms, US states (AP style), Jr/Sr. */
const ABBREVIATION = /^(Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Plc|Pty|Assn|Dept|Univ|Fla|Calif|Mass|Conn|Ariz|Colo|Ill|Ind|Mich|Minn|Wis|Tenn|Pa|Va|Wash|Ore|Okla|Kan|Neb|Nev|Ga|Ala|Md|Mo|Miss|Ky|Del|Ark|Tex|Wyo|Mont|Vt|Wash)$/;

/**
 * Photo credits write "Millis/Reuters": the word after the slash is the agency, the one before the
 * photographer. A slashed name splits into its parts; a news agency part is an organization, other
 * parts stay only when the tagger called the whole a person.
 */
function splitCredit(text: string, m: NameMention): NameMention[] {
  const slice = text.slice(m.start, m.end);
  if (!/^[^/\s]+\/[^/\s]+$/.test(slice)) return [m];
  const cut = m.start + slice.indexOf('/');
  const parts = [
    { start: m.start, end: cut },
    { start: cut + 1, end: m.end },
  ];
  const out: NameMention[] = [];
  for (const p of parts) {
    const word = text.slice(p.start, p.end);
    if (!/^\p{Lu}/u.test(word)) continue;
    if (orgKind([word]) === 'news agency') out.push({ ...m, ...p, type: 'org', words: [word], source: 'rule:credit' });
    else if (m.type === 'person') out.push({ ...m, ...p, words: [word] });
  }
  return out;
}

const isAcronym = (w: string): boolean => /^[\p{Lu}&]{2,8}$/u.test(w.replace(/\./g, ''));

/** The token index where "(ACRONYM)" starts inside a span, when the span ends with one. */
function acronymInParens(sentence: readonly Token[], span: TokenSpan): number | null {
  if (span.end - span.start < 2) return null;
  const last = sentence[span.end - 1]!;
  if (!last.pre.includes('(') || !isAcronym(last.text)) return null;
  return span.end - 1;
}

/** "US-China", "Israeli-Palestinian" no (nationalities), "India-Pakistan" yes: split at hyphens when every part is a listed country. */
function splitListedCountries(sentence: readonly Token[], span: TokenSpan): { start: number; end: number }[] | null {
  if (span.end - span.start < 2) return null;
  const parts: { start: number; end: number }[] = [];
  let at = span.start;
  for (let i = span.start; i < span.end; i++) {
    const t = sentence[i]!;
    if (i === span.end - 1 || t.post === '-') {
      parts.push({ start: at, end: i + 1 });
      at = i + 1;
    }
  }
  if (parts.length < 2) return null;
  const listed = parts.every((p) => {
    const words = sentence.slice(p.start, p.end).flatMap((t) => phraseWords(t.text));
    return bestPlace(lookup(words))?.kind === 'country';
  });
  return listed ? parts : null;
}

/**
 * Punctuation after a word that ends a name: lists ("Zeus, Hera"), credits ("Image: Twitter / NASA"),
 * dashes, and a sentence end compromise did not split at (`Scientology." Anonymous`). A bare period
 * does not: it follows initials ("P. Simmons").
 */
const BREAK_AFTER = /[,;:/|—–!?]|\s-\s|\.["”’]/;

/** A company's legal form, alone or closing a word ("KeyCorp"): a name ends there, and an "and" after it starts another. */
const LEGAL_FORM = /(^(inc|corp|co|cos|ltd|plc|llc|ag|sa|nv|gmbh|spa|bv|ab|asa|oyj|pty|lp|llp)$)|corp$|bancorp$/i;

/**
 * Cut a span where the text between two of its words is a list comma, colon, slash or dash, and at
 * an "and" after a company's legal form ("First Bank System Inc. and Norwest Corp", "KeyCorp and
 * Banc One Corp"; not "Securities and Exchange Commission" or "Johnson and Johnson").
 */
export function splitAtPunctuation(sentence: readonly Token[], span: TokenSpan): TokenSpan[] {
  const out: TokenSpan[] = [];
  let at = span.start;
  for (let i = span.start; i < span.end - 1; i++) {
    if (span.type === 'ORG' && i > at && i < span.end - 1 && /^(and|&)$/.test(sentence[i]!.text) && LEGAL_FORM.test(sentence[i - 1]!.text.replace(/\.$/, '')) && /^\p{Lu}/u.test(sentence[i + 1]!.text)) {
      out.push({ ...span, start: at, end: i });
      at = i + 1;
      continue;
    }
    const post = sentence[i]!.post;
    const next = sentence[i + 1]!;
    // Before a parenthesis holding a listed place ("The Oval (London)", "Jansher Khan (Pakistan)") or
    // several words; not before a given name ("Xi (Jinping)") or a club's letter ("Mladost (BJ)").
    const paren = /\(/.test(next.pre) && (!!lookup(phraseWords(next.text)) || (!isAcronym(next.text) && !/\)/.test(next.post)));
    // "the U.S. The President": a sentence compromise did not end after an abbreviation; the
    // capitalized article opens the next sentence and belongs to no name.
    const opensSentence = /\p{L}\.$/u.test(sentence[i]!.text) && /^(The|A|An)$/.test(next.text);
    if (BREAK_AFTER.test(post) || paren || opensSentence) {
      if (at <= i) out.push({ ...span, start: at, end: i + 1 });
      at = opensSentence ? i + 2 : i + 1;
    }
  }
  if (at < span.end) out.push({ ...span, start: at, end: span.end });
  return out;
}

/**
 * "President Xi (Jinping)", "President (Joe) Biden": a one- or two-word name in parentheses right
 * before or after a person's name is part of it, whatever the tagger made of it.
 */
export function joinParenthesized(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = spans.map((s) => ({ ...s }));
  const parenWord = (i: number) => {
    const t = sentence[i];
    // "Jansher Khan (Pakistan)" is a player and his country, not a longer name.
    return !!t && /\($/.test(t.pre.trim()) && /^\)/.test(t.post.trim()) && /^\p{Lu}\p{Ll}/u.test(t.text) && !lookup(phraseWords(t.text));
  };
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (s.type !== 'PER') continue;
    // "Xi (Jinping)": a parenthesized capitalized word right after.
    if (parenWord(s.end)) {
      const next = out[k + 1];
      if (next && next.start === s.end && next.end === s.end + 1) out.splice(k + 1, 1);
      s.end++;
    }
    // "(Joe) Biden": the person span starts inside or right after the parentheses.
    if (s.start > 0 && parenWord(s.start - 1) && !(out[k - 1] && out[k - 1]!.end === s.start && out[k - 1]!.type !== 'PER')) {
      const prev = out[k - 1];
      if (prev && prev.start === s.start - 1) {
        out.splice(k - 1, 1);
        k--;
      }
      s.start--;
    }
  }
  return out;
}

const norm = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** "National Security" in "US National Security Adviser": words of a job title, not an organization. */
function isTitlePart(sentence: readonly Token[], span: TokenSpan): boolean {
  const next = sentence[span.end];
  if (!next || !TITLE_HEADS.has(norm(next.text))) return false;
  return sentence.slice(span.start, span.end).every((t) => TITLE_MODIFIERS.has(norm(t.text)));
}

/**
 * Holidays and events are no organizations, places or people: "Christmas Eve", "Ramadan", "New
 * Year's Eve", "the World Cup", "the Monaco Grand Prix" (whatever the tagger typed them, also when
 * it cut the event in two: "Monaco Grand" + "Prix"). An event's name is a run of capitalized words
 * ending in an event word (EVENT_WORDS); not "Christmas Island" (the span goes on to a place word),
 * "Jane Christmas", or "School of Open" (no "of" inside an event's run).
 */
function namesEvent(sentence: readonly Token[], span: TokenSpan): boolean {
  // Most spans hold no holiday or event word, nor stand next to one: nothing to build.
  let near = false;
  for (let k = Math.max(0, span.start - 2); k <= Math.min(sentence.length - 1, span.end) && !near; k++) {
    const w = sentence[k]!.normal;
    near = HOLIDAY_WORDS.has(w) || EVENT_WORDS.has(w);
  }
  if (!near) return false;
  const low = (k: number) => sentence[k]?.text.toLowerCase().replace(/’/g, "'");
  const words = sentence.slice(span.start, span.end).map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const name = words.join(' ').replace(/^the /, '');
  if (HOLIDAYS.has(name) || HOLIDAYS.has(name.replace(/'s$/, ''))) return true;
  const next = low(span.end);
  if (next && HOLIDAYS.has(`${name} ${next}`)) return true;
  // "Eve" of "New Year's Eve" (a name found elsewhere, propagated here).
  const prev = [low(span.start - 2), low(span.start - 1)];
  if (prev[1] && (HOLIDAYS.has(`${prev[1]} ${name}`) || (prev[0] && HOLIDAYS.has(`${prev[0]} ${prev[1]} ${name}`)))) return true;
  // The span's words and at most one more word after it make a run of capitalized words, joined by
  // spaces only, that ends in an event word ("Monaco Grand" + "Prix"; not "Federal Open Market
  // Committee", not "Taipei City" + "Lantern Festival").
  const capital = (k: number) => k < sentence.length && /^\p{Lu}/u.test(sentence[k]!.text);
  const joined = (k: number) => /^\s+$/.test(sentence[k]!.post);
  for (let k = span.start; k < span.end; k++) if (!capital(k) || (k < span.end - 1 && !joined(k))) return false;
  // "Prix" of "Grand Prix" cut off on its own.
  const eventWord = (k: number) => EVENT_WORDS.has(sentence[k]!.text.toLowerCase().replace(/['’]s$/, ''));
  if (span.end - span.start === 1 && span.start > 0 && capital(span.start - 1) && joined(span.start - 1) && eventWord(span.start)) return true;
  let end = span.end;
  while (capital(end) && joined(end - 1)) end++;
  if (end - span.start < 2 || end > span.end + 1) return false;
  return eventWord(end - 1);
}

/** "FIFA World Cup", "UEFA Europa League final": the organizer's initials opening an event's name are the organizer. */
function eventOrganizer(sentence: readonly Token[], span: TokenSpan): number | null {
  const first = sentence[span.start]!.text;
  // Not in a line of capitals ("HONG KONG OPEN"), where every word looks like initials.
  return span.end - span.start >= 2 && /^\p{Lu}{2,6}$/u.test(first) && /\p{Ll}/u.test(sentence[span.start + 1]!.text) && !lookup(phraseWords(first)) ? span.start + 1 : null;
}

/** Organization words the tagger's MISC readings of a nationality's body end with, beyond ORG_SUFFIXES. */
const NATIONAL_ORG_HEADS = new Set(['cross', 'gazette', 'herald', 'tribune', 'conference', 'forces', 'guard']);
const isOrgHead = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && (ORG_SUFFIXES.has(norm(t.text)) || NATIONAL_ORG_HEADS.has(norm(t.text)));

/**
 * "the Indonesian Navy", "the British Red Cross", "the Saudi Gazette", "Italian Episcopal
 * Conference": the tagger reads a nationality and what follows as MISC (like "British Open"); a
 * nationality followed by capitalized words ending in an organization word is an organization.
 * The word right after the span counts too ("Italian Episcopal" + "Conference").
 */
function nationalOrganization(sentence: readonly Token[], span: TokenSpan): { start: number; end: number } | null {
  const first = sentence[span.start]!;
  if (!/^\p{Lu}/u.test(first.text) || !lookup([first.text])?.some((e) => e.kind === 'nationality')) return null;
  if (span.end - span.start >= 2 && isOrgHead(sentence[span.end - 1])) return { start: span.start, end: span.end };
  if (isOrgHead(sentence[span.end]) && !/[,;:(]/.test(sentence[span.end - 1]!.post)) return { start: span.start, end: span.end + 1 };
  return null;
}

/** Head words no place name ends with: "Asia-Pacific Economic Cooperation", "Pacific Affairs". */
const ORGANIZATION_HEADS = new Set(
  `cooperation council commission committee department ministry agency institute institution university college
  association federation foundation party corporation organization organisation affairs bureau company inc corp
  hospital museum school`.split(/\s+/),
);

function endsLikeOrganization(sentence: readonly Token[], span: TokenSpan): boolean {
  return span.end - span.start >= 2 && ORGANIZATION_HEADS.has(norm(sentence[span.end - 1]!.text));
}

/** "WASHINGTON —", "BEIJING (Reuters) -": a listed place in capitals opening a sentence, before a dash or parenthesis. */
function isDateline(sentence: readonly Token[], span: TokenSpan): boolean {
  if (span.start !== 0) return false;
  const words = sentence.slice(span.start, span.end);
  if (!words.every((t) => !/\p{Ll}/u.test(t.text))) return false;
  const after = words[words.length - 1]!.post + (sentence[span.end]?.pre ?? '');
  if (!/^\s*(,\s*\p{Lu}|[-—–(])/u.test(after) && !/[-—–(]/.test(after)) return false;
  const place = bestPlace(lookup(words.flatMap((t) => phraseWords(t.text))));
  return !!place;
}

/**
 * "South America" tagged as two places, or "New" left out of "New Zealand": a listed place of
 * several words that covers a tagged place and otherwise only untagged words becomes one span.
 */
export function completePlaces(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  let out = spans.map((s) => ({ ...s }));
  for (const span of spans) {
    if (span.type !== 'LOC') continue;
    let best: { start: number; end: number } | null = null;
    for (let a = Math.max(0, span.start - 3); a <= span.start; a++) {
      for (let b = span.end; b <= Math.min(sentence.length, span.end + 3); b++) {
        if (b - a < 2 || (best && b - a <= best.end - best.start)) continue;
        const covered = sentence.slice(a, b);
        if (!covered.every((t) => /^\p{Lu}/u.test(t.text))) continue;
        if (covered.slice(0, -1).some((t) => /[,;:()]/.test(t.post))) continue;
        const place = bestPlace(lookup(covered.flatMap((t) => phraseWords(t.text.replace(/['’][sS]$/, '')))));
        if (!place) continue;
        const others = out.filter((o) => o.start < b && a < o.end);
        if (others.some((o) => o.type !== 'LOC' || o.start < a || o.end > b)) continue;
        best = { start: a, end: b };
      }
    }
    if (!best || (best.start === span.start && best.end === span.end)) continue;
    const { start, end } = best;
    out = out.filter((o) => !(o.start < end && start < o.end));
    out.push({ start, end, type: 'LOC', source: 'tagger+gazetteer:complete' });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Nouns that say the next name is a company: "the shipping line Maersk", "the carmaker Stellantis". */
const COMPANY_NOUNS = new Set(
  `company firm carrier airline line group bank lender insurer retailer carmaker automaker maker manufacturer
  giant startup start-up conglomerate operator chain brand publisher broadcaster network supplier producer
  developer distributor miner refiner`.split(/\s+/),
);

function afterCompanyNoun(sentence: readonly Token[], span: TokenSpan): boolean {
  const prev = sentence[span.start - 1];
  if (!prev || span.end - span.start !== 1 || /[,;:(]/.test(prev.post)) return false;
  const t = sentence[span.start]!;
  return COMPANY_NOUNS.has(norm(prev.text)) && !t.tags.includes('FirstName') && !t.tags.includes('Honorific');
}
