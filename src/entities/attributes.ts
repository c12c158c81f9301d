import type { Entity, Token } from '../model/document.js';
import { bestPlace, countryName, lookup, phraseWords } from '../data/gazetteer.js';
import type { NameMention } from './mentions.js';
import type { LinkResult } from './link.js';
import { HONORIFICS } from './link.js';
import { TITLE_HEADS, TITLE_MODIFIERS, orgKind } from './lexicon.js';

/**
 * Entity attributes read from the words around the mentions:
 * - person `title`/`affiliation` from pre-modifiers ("US Secretary of State Antony Blinken",
 *   "Chinese Defense Minister Li Shangfu") and appositives ("Patricia Kim, a fellow at the Brookings
 *   Institution"; "the foreign minister of Singapore, Vivian Balakrishnan");
 * - person `gender` from Mr/Mrs/Ms or compromise's MaleName/FemaleName on the first name;
 * - place `kind` and ISO `country` from the gazetteer; organization `kind` from its name's words.
 */
export function describeEntities(text: string, tokens: readonly Token[], found: readonly NameMention[], linked: LinkResult, entities: Entity[]): void {
  const byMention = new Map<number, NameMention[]>();
  linked.cluster.forEach((c, i) => {
    const list = byMention.get(c);
    if (list) list.push(found[i]!);
    else byMention.set(c, [found[i]!]);
  });
  const mentionAt = new Map<number, { m: NameMention; cluster: number }>();
  found.forEach((m, i) => {
    for (let k = m.firstToken; k <= m.lastToken; k++) mentionAt.set(k, { m, cluster: linked.cluster[i]! });
  });
  const ctx: Ctx = { text, tokens, mentionAt, linked, entities };
  entities.forEach((e, id) => {
    const ms = byMention.get(id) ?? [];
    const cluster = linked.clusters[id]!;
    if (e.type === 'person') describePerson(ctx, e, ms);
    else if (e.type === 'place') {
      const place = bestPlace(lookup(cluster.words.flatMap((w) => phraseWords(w))));
      if (place) {
        e.kind = place.kind;
        if (place.country) e.country = place.country;
      }
    } else {
      const kind = orgKind(cluster.words);
      if (kind) e.kind = kind;
    }
  });
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  mentionAt: Map<number, { m: NameMention; cluster: number }>;
  linked: LinkResult;
  entities: Entity[];
}

const norm = (w: string): string => w.toLowerCase().replace(/[.’']+$/, '').replace(/['’]s$/, '');
const DETERMINERS = new Set(['a', 'an', 'the']);

function describePerson(ctx: Ctx, e: Entity, ms: readonly NameMention[]): void {
  for (const m of ms) {
    const gender = genderOf(ctx, m);
    if (gender && !e.gender) e.gender = gender;
  }
  for (const m of ms) {
    const found = preModifier(ctx, m) ?? appositiveAfter(ctx, m) ?? appositiveBefore(ctx, m) ?? honorificTitle(m);
    if (!found) continue;
    if (found.title && !e.title) e.title = found.title;
    if (found.affiliation && !e.affiliation) e.affiliation = found.affiliation;
    if (e.title && e.affiliation) break;
  }
}

function genderOf(ctx: Ctx, m: NameMention): 'male' | 'female' | undefined {
  const before = ctx.tokens[m.firstToken - 1];
  const honorific = [before?.text, m.words[0]].map((w) => (w ? norm(w) : ''));
  if (honorific.some((w) => w === 'mr' || w === 'sir' || w === 'lord')) return 'male';
  if (honorific.some((w) => w === 'mrs' || w === 'ms' || w === 'miss' || w === 'dame' || w === 'lady')) return 'female';
  if (m.lastToken === m.firstToken) return undefined;
  for (let k = m.firstToken; k < m.lastToken; k++) {
    const t = ctx.tokens[k]!;
    if (HONORIFICS.has(norm(t.text))) continue;
    if (t.tags.includes('MaleName') && !t.tags.includes('FemaleName')) return 'male';
    if (t.tags.includes('FemaleName') && !t.tags.includes('MaleName')) return 'female';
    return undefined;
  }
  return undefined;
}

interface Found {
  title?: string;
  affiliation?: string;
}

/** The affiliation a word or mention stands for: a country (from a place or a nationality word) or an organization. */
function affiliationAt(ctx: Ctx, k: number): { name: string; last: number } | null {
  const hit = ctx.mentionAt.get(k);
  if (hit) {
    const entity = ctx.entities[hit.cluster]!;
    if (entity.type === 'org') return { name: entity.name, last: hit.m.lastToken };
    if (entity.type === 'place') {
      const place = bestPlace(lookup(ctx.linked.clusters[hit.cluster]!.words.flatMap((w) => phraseWords(w))));
      return { name: place?.kind === 'country' && place.country ? (countryName(place.country) ?? entity.name) : entity.name, last: hit.m.lastToken };
    }
    return null;
  }
  const t = ctx.tokens[k];
  if (!t) return null;
  const entries = lookup([t.text]);
  const nationality = entries?.find((x) => x.kind === 'nationality' || x.kind === 'country');
  if (nationality?.country && /^\p{Lu}/u.test(t.text)) return { name: countryName(nationality.country) ?? nationality.name, last: k };
  return null;
}

const isTitleWord = (t: Token): boolean => {
  const w = norm(t.text);
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || (HONORIFICS.has(w) && /^\p{Lu}/u.test(t.text));
};
const isHead = (t: Token): boolean => TITLE_HEADS.has(norm(t.text)) || HONORIFICS.has(norm(t.text));
const sameSentence = (ctx: Ctx, a: number, b: number): boolean => ctx.tokens[a]?.sentence === ctx.tokens[b]?.sentence;
const breaksAfter = (t: Token): boolean => /[,;:()"“”—–]|[.!?]\s/.test(t.post) || /[—–]/.test(t.post);

/** "US Secretary of State Antony Blinken", "Chinese Defense Minister Li Shangfu", "the top Chinese diplomat Wang Yi". */
function preModifier(ctx: Ctx, m: NameMention): Found | null {
  const first = m.firstToken;
  const prev = ctx.tokens[first - 1];
  if (!prev || !sameSentence(ctx, first - 1, first) || (breaksAfter(prev) && !/^\($/.test(prev.post.trim()))) return null;
  if (!isHead(prev) && !/^\p{Lu}/u.test(prev.text)) return null;
  let k = first - 1;
  let affiliation: string | undefined;
  let titleStart = -1;
  let titleEnd = -1;
  for (; k >= 0 && sameSentence(ctx, k, first) && first - k <= 8; k--) {
    const t = ctx.tokens[k]!;
    if (k < first - 1 && breaksAfter(t)) break;
    const w = norm(t.text);
    // A country word the tagger left untagged still names the affiliation, not part of the title:
    // "US Secretary of State", "UK Prime Minister", "Chinese Defense Minister".
    if (ctx.mentionAt.has(k) || (lookup([t.text])?.some((x) => x.kind === 'nationality' || x.kind === 'country') && /^\p{Lu}/u.test(t.text))) {
      const aff = affiliationAt(ctx, k);
      if (!aff) break;
      affiliation ??= aff.name;
      const start = ctx.mentionAt.get(k)?.m.firstToken ?? k;
      if (titleStart >= 0 && start > 0 && isTitleWord(ctx.tokens[start - 1]!) && !DETERMINERS.has(norm(ctx.tokens[start - 1]!.text))) {
        // A country inside the title ("top Chinese diplomat"): keep it in the title text.
        k = start;
        titleStart = start;
        continue;
      }
      break;
    }
    const connector = (w === 'of' || w === 'for' || w === 'and') && titleStart >= 0;
    if (!isTitleWord(t) && !connector && !(/^\p{Lu}/u.test(t.text) && titleStart >= 0 && !t.tags.includes('Verb'))) break;
    if (titleEnd < 0) titleEnd = k;
    titleStart = k;
  }
  if (titleStart < 0) return affiliation ? { affiliation } : null;
  while (titleStart < titleEnd && /^(of|for|and)$/i.test(ctx.tokens[titleStart]!.text)) titleStart++;
  if (!ctx.tokens.slice(titleStart, titleEnd + 1).some(isHead)) return affiliation ? { affiliation } : null;
  const title = ctx.text.slice(ctx.tokens[titleStart]!.start, ctx.tokens[titleEnd]!.end);
  // "Mrs Pryce", "Dr. Lee": a courtesy title says gender or degree, not a job.
  if (/^(mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady)\.?$/i.test(title)) return affiliation ? { affiliation } : null;
  return { title, ...(affiliation ? { affiliation } : {}) };
}

/** "Patricia Kim, a fellow at the Brookings Institution", "Daniel Kritenbrink, assistant secretary of state for …". */
function appositiveAfter(ctx: Ctx, m: NameMention): Found | null {
  const last = ctx.tokens[m.lastToken]!;
  if (!/^[’']?s?,\s*$/.test(last.post) && !/^,/.test(last.post)) return null;
  let k = m.lastToken + 1;
  const startAt = k;
  if (!ctx.tokens[k] || !sameSentence(ctx, k, m.lastToken)) return null;
  const firstWord = norm(ctx.tokens[k]!.text);
  if (DETERMINERS.has(firstWord)) k++;
  else if (!isTitleWord(ctx.tokens[k]!)) return null;
  const titleStart = k;
  let titleEnd = -1;
  let affiliation: string | undefined;
  for (; k < ctx.tokens.length && sameSentence(ctx, k, startAt) && k - startAt < 14; k++) {
    const t = ctx.tokens[k]!;
    const w = norm(t.text);
    if (['at', 'with', 'from', 'in', 'of', 'for'].includes(w) && titleEnd >= 0) {
      // "at the Brookings Institution": an organization after the title is the affiliation.
      let j = k + 1;
      if (ctx.tokens[j] && DETERMINERS.has(norm(ctx.tokens[j]!.text))) j++;
      const aff = ctx.mentionAt.has(j) ? affiliationAt(ctx, j) : null;
      const hit = ctx.mentionAt.get(j);
      if (aff && hit && (ctx.entities[hit.cluster]!.type === 'org' || w === 'of')) {
        affiliation = aff.name;
        break;
      }
      if (w === 'in' || w === 'from' || w === 'with' || w === 'at') break;
    }
    if (t.tags.includes('Verb') && !t.tags.includes('Noun')) break;
    if (ctx.mentionAt.has(k) && ctx.entities[ctx.mentionAt.get(k)!.cluster]!.type === 'person') return null;
    titleEnd = k;
    if (breaksAfter(t)) break;
  }
  if (titleEnd < titleStart) return null;
  const words = ctx.tokens.slice(titleStart, titleEnd + 1);
  if (!words.some(isHead)) return null;
  return { title: ctx.text.slice(words[0]!.start, words[words.length - 1]!.end), ...(affiliation ? { affiliation } : {}) };
}

/** "the foreign minister of Singapore, Vivian Balakrishnan". */
function appositiveBefore(ctx: Ctx, m: NameMention): Found | null {
  const prev = ctx.tokens[m.firstToken - 1];
  if (!prev || !/^,\s*$/.test(prev.post) || !sameSentence(ctx, m.firstToken - 1, m.firstToken)) return null;
  let k = m.firstToken - 1;
  let affiliation: string | undefined;
  let end = k;
  while (k >= 0 && m.firstToken - k <= 10 && sameSentence(ctx, k, m.firstToken)) {
    const t = ctx.tokens[k]!;
    if (k < m.firstToken - 1 && breaksAfter(t)) return null;
    const w = norm(t.text);
    if (DETERMINERS.has(w)) break;
    if (ctx.mentionAt.has(k)) {
      const hit = ctx.mentionAt.get(k)!;
      const before = ctx.tokens[hit.m.firstToken - 1];
      if (ctx.entities[hit.cluster]!.type === 'person' || !before || !['of', 'at', 'for'].includes(norm(before.text))) return null;
      affiliation = affiliationAt(ctx, k)?.name;
      k = hit.m.firstToken - 2;
      end = k;
      continue;
    }
    if (t.tags.includes('Verb') && !t.tags.includes('Noun')) return null;
    k--;
  }
  if (k < 0 || !DETERMINERS.has(norm(ctx.tokens[k]!.text)) || end <= k) return null;
  const words = ctx.tokens.slice(k + 1, end + 1);
  if (!words.length || !isHead(words[words.length - 1]!)) return null;
  return { title: ctx.text.slice(words[0]!.start, words[words.length - 1]!.end), ...(affiliation ? { affiliation } : {}) };
}

/** "President (Joe) Biden", "Gov. Cuomo": a title inside the mention. */
function honorificTitle(m: NameMention): Found | null {
  const w = m.words[0];
  if (!w || m.words.length < 2) return null;
  const n = norm(w);
  if (!HONORIFICS.has(n) || ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady'].includes(n)) return null;
  return { title: w };
}
