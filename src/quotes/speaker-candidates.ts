import type { Entity, Mention, Token } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { AttributionContext } from './attribution.js';
import type { QuotedSpan, Unit } from './marks.js';
import { cueLemma } from './cue.js';
import { phraseEndingAt, phraseStartingAt, subjectBefore } from './subject.js';
import { isCapitalized, lower, tokenAt } from './words.js';

/**
 * Who could be a quote's speaker, and what the text says about each: the phrase the attribution
 * rules chose, every subject and object of a verb of saying near the quote, every pronoun, and every
 * person or organization the entities layer found there. Each candidate carries named features
 * (position, distance, its tie to a cue verb, its form, whether the rules chose it) that the learned
 * ranker (speaker-ranker.ts) weighs. Nothing here decides: it only describes.
 */

export interface SpeakerCandidate {
  span: Span;
  /** Token range [from, to) of the phrase. */
  tokens: [number, number];
  features: string[];
  /** The verb of saying this phrase is the subject or object of, when there is one. */
  cue?: Span & { lemma: string };
  /** That verb's token index. */
  cueToken?: number;
  /** The phrase the attribution rules chose (its cue and referent then come with it). */
  fromRule: boolean;
  /** The speaker of the quote this one carries on from, when the rules carried it over. */
  fromNeighbour: boolean;
  /** The entity of the mention this phrase is, when the entities layer linked it. */
  entity?: string;
  /** Sentence ends between the phrase and the quote (0: the same sentence). */
  sentenceGap?: number;
}

/** A quote as the ranker sees it. */
export interface QuoteForRanking {
  span: QuotedSpan;
  unit: Unit;
  /** The previous paragraph unit, when there is one. */
  previousUnit?: Unit;
  kind: 'full' | 'partial';
  /** What the rules found: an attribution in or near the quote's sentence, or a neighbour's speaker. */
  rule?: { speaker: Span; rule: string };
  neighbour?: { speaker: Span; rule: string };
  /** The entity of the previous quote's speaker, when it had one. */
  previousSpeakerEntity?: string | null;
}

export interface CandidateContext {
  ctx: AttributionContext;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
  /** Mentions per entity in the whole article: how central a person is to it. */
  mentionCounts: ReadonlyMap<string, number>;
}

/** How far, in sentences, the ranker looks for a speaker: two before the quote and one after. */
const SENTENCES_BEFORE = 2;
const SENTENCES_AFTER = 1;
/** And never further than this many words either side, so long paragraphs stay cheap. */
const MAX_WORDS = 70;

/** Personal and relative pronouns that may stand for a speaker ("he said", "the department, which reported"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who', 'which', 'you']);
/** "per" as "according to", except in these ("per cent", "per capita"). */
const NOT_PER = new Set(['cent', 'se', 'capita', 'annum', 'day', 'year', 'hour', 'week', 'month', 'person', 'share', 'game', 'minute', 'mile', 'gallon']);

/** The rule family: "before-quote:X-said-that" → "before-quote:X-said-that", "continuation:…" → "continuation". */
const family = (rule: string) => rule.split('+')[0]!;

export function speakerCandidates(cc: CandidateContext, q: QuoteForRanking): SpeakerCandidate[] {
  const { ctx } = cc;
  const { tokens } = ctx;
  const closeEnd = q.span.close?.end ?? q.span.end;
  const first = tokenAt(tokens, q.span.open.start);
  const after = tokenAt(tokens, closeEnd);
  if (first >= tokens.length) return [];
  const lastInside = Math.max(first, after - 1);
  const sentenceA = tokens[first]!.sentence;
  const sentenceB = tokens[lastInside]!.sentence;
  const opensUnit = q.span.open.start <= q.unit.start + 1;
  const windowStart = opensUnit && q.previousUnit ? q.previousUnit.start : q.unit.start;
  let lo = first;
  while (lo > 0 && first - lo < MAX_WORDS && tokens[lo - 1]!.start >= windowStart && tokens[lo - 1]!.sentence >= sentenceA - SENTENCES_BEFORE) lo--;
  let hi = after;
  while (hi < tokens.length && hi - after < MAX_WORDS && tokens[hi]!.end <= q.unit.end && tokens[hi]!.sentence <= sentenceB + SENTENCES_AFTER) hi++;

  const byKey = new Map<string, SpeakerCandidate>();
  const add = (range: [number, number], kind: string, extra: { cue?: SpeakerCandidate['cue']; cueToken?: number; entity?: string } = {}) => {
    if (range[1] <= range[0]) return;
    const key = `${range[0]}:${range[1]}`;
    let c = byKey.get(key);
    if (!c) {
      const span = { start: tokens[range[0]]!.start, end: tokens[range[1] - 1]!.end };
      c = { span, tokens: range, features: [], fromRule: false, fromNeighbour: false };
      byKey.set(key, c);
    }
    c.features.push(kind);
    if (extra.cue && !c.cue) [c.cue, c.cueToken] = [extra.cue, extra.cueToken];
    if (extra.entity && !c.entity) c.entity = extra.entity;
  };

  // The verbs of saying nearest the quote on either side: the likeliest to govern it.
  let cueBefore = -1;
  let cueAfter = -1;
  for (let i = lo; i < hi; i++) {
    if (!ctx.usable(i)) continue;
    const word = lower(tokens[i]!).replace(/['’](s|re|m|d|ll|ve)$/, '');
    if (PRONOUNS.has(word)) add([i, i + 1], `pronoun:${word}`);
    // "…,” per the party’s bylaws: the source after "per" is the speaker.
    if (word === 'per' && i + 1 < hi && ctx.usable(i + 1) && !NOT_PER.has(lower(tokens[i + 1]!))) {
      const object = phraseStartingAt(ctx, i + 1, hi);
      if (object) add(object, 'according-to', { cue: { start: tokens[i]!.start, end: tokens[i]!.end, lemma: 'according to' }, cueToken: i });
    }
    const lemma = cueLemma(ctx, i);
    if (!lemma) continue;
    const cueEnd = lemma === 'according to' ? i + 2 : i + 1;
    if (i < first) cueBefore = i;
    else if (i >= after && cueAfter < 0) cueAfter = i;
    const cue = { start: tokens[i]!.start, end: tokens[cueEnd - 1]!.end, lemma };
    const subject = lemma === 'according to' ? null : subjectBefore(ctx, i, lo);
    if (subject) add(subject, 'subject-of-cue', { cue, cueToken: i });
    const object = phraseStartingAt(ctx, cueEnd, hi);
    if (object) add(object, lemma === 'according to' ? 'according-to' : 'object-of-cue', { cue, cueToken: i });
  }
  for (const m of cc.mentions) {
    if (m.end <= tokens[lo]!.start) continue;
    if (m.start >= (tokens[hi - 1]?.end ?? 0)) break;
    if (m.type === 'place' || ctx.text.slice(m.start, m.end).length === 0) continue;
    const from = tokenAt(tokens, m.start);
    const to = tokenAt(tokens, m.end - 1) + 1;
    if (from < lo || to > hi || !ctx.usable(from)) continue;
    // A name inside a phrase already found ("Democrat Hillary Clinton said") describes that phrase.
    const holder = [...byKey.values()].find((c) => c.tokens[0] <= from && to <= c.tokens[1]);
    if (holder) {
      holder.features.push(`mention:${m.type}`);
      holder.entity ??= m.entityId;
      continue;
    }
    add([from, to], `mention:${m.type}`, { entity: m.entityId });
  }
  const markRule = (found: Span | undefined, flag: 'fromRule' | 'fromNeighbour') => {
    if (!found) return;
    let hit = false;
    for (const c of byKey.values()) {
      if (c.span.start < found.end && found.start < c.span.end) {
        c[flag] = true;
        hit = true;
      }
    }
    // The rules' phrase may lie outside the window (a speaker carried over from paragraphs back).
    if (!hit) {
      const from = tokenAt(tokens, found.start);
      const to = Math.max(from + 1, tokenAt(tokens, found.end - 1) + 1);
      if (from < tokens.length) {
        add([from, Math.min(to, tokens.length)], 'rule-only');
        byKey.get(`${from}:${Math.min(to, tokens.length)}`)![flag] = true;
      }
    }
  };
  markRule(q.rule?.speaker, 'fromRule');
  markRule(q.neighbour?.speaker, 'fromNeighbour');

  const candidates = [...byKey.values()];
  const before = candidates.filter((c) => c.span.end <= q.span.open.start).sort((a, b) => b.span.start - a.span.start);
  const later = candidates.filter((c) => c.span.start >= closeEnd).sort((a, b) => a.span.start - b.span.start);
  const ruleFamily = q.rule ? family(q.rule.rule) : q.neighbour ? family(q.neighbour.rule).split(':')[0]! : 'none';
  for (const c of candidates) describe(cc, q, c, { first, after, sentenceA, sentenceB, opensUnit, ruleFamily, cueBefore, cueAfter, nearBefore: before.indexOf(c), nearAfter: later.indexOf(c) });
  return candidates;
}

interface Where {
  first: number;
  after: number;
  sentenceA: number;
  sentenceB: number;
  opensUnit: boolean;
  ruleFamily: string;
  cueBefore: number;
  cueAfter: number;
  nearBefore: number;
  nearAfter: number;
}

function describe(cc: CandidateContext, q: QuoteForRanking, c: SpeakerCandidate, w: Where): void {
  const { tokens, text } = cc.ctx;
  const f = c.features;
  const [from, to] = c.tokens;
  const head = tokens[to - 1]!;
  const pos = to <= w.first ? 'before' : from >= w.after ? 'after' : 'inside';
  const sentences = pos === 'before' ? w.sentenceA - head.sentence : pos === 'after' ? tokens[from]!.sentence - w.sentenceB : 0;
  const words = pos === 'before' ? w.first - to : pos === 'after' ? from - w.after : 0;
  const near = pos === 'before' ? w.nearBefore : pos === 'after' ? w.nearAfter : -1;
  const kinds = [...new Set(f)];
  // Sentence ends between the phrase and the quote, counted from the text itself: compromise keeps
  // "… the “same rigged system.” She adds, “…”" in one sentence, a reader does not.
  // After the quote, its own last character counts: “It is over.” The committee … said.
  const gapText = pos === 'before' ? text.slice(c.span.end, q.span.open.start) : pos === 'after' ? text.slice(Math.max(q.span.start, q.span.end - 1), c.span.start) : '';
  const stops = Math.min(3, gapText.match(SENTENCE_END)?.length ?? 0);
  c.sentenceGap = stops;
  f.push(`stops:${pos}:${stops}`);
  for (const k of kinds) f.push(`${k}|stops:${pos}:${stops}`);
  const sd = `sd:${pos}:${Math.min(sentences, 3)}`;
  f.push(`pos:${pos}`, sd, `wd:${pos}:${bucket(words)}`, `near:${pos}:${Math.min(near, 3)}`, `qk:${q.kind}|pos:${pos}`, `opens:${w.opensUnit}|pos:${pos}`);
  for (const k of kinds) f.push(`${k}|pos:${pos}`, `${k}|${sd}`, `${k}|near:${pos}:${Math.min(near, 3)}`);
  if (c.cue) {
    const cueBetween = pos === 'before' ? c.cue.start >= c.span.end && c.cue.end <= q.span.open.start : pos === 'after' ? c.cue.end <= c.span.start && c.cue.start >= (q.span.close?.end ?? q.span.end) : false;
    f.push(`cue:${c.cue.lemma}`, `cue-between:${cueBetween}|pos:${pos}`);
    const cueAt = c.cueToken!;
    const gap = cueAt < w.first ? w.first - cueAt - 1 : cueAt >= w.after ? cueAt - w.after : -1;
    const side = cueAt < w.first ? 'before' : 'after';
    const closest = cueAt === (side === 'before' ? w.cueBefore : w.cueAfter);
    f.push(`cue-gap:${side}:${bucket(gap)}`, `cue-closest:${closest}|cue:${side}`, `cue-closest:${closest}|${kinds[0]}|pos:${pos}`, `cue-gap:${side}:${bucket(gap)}|${kinds[0]}`);
  }
  if (c.fromRule) f.push('rule', `rule:${w.ruleFamily}`, `rule|pos:${pos}`);
  else f.push(`not-rule:${w.ruleFamily}`);
  if (c.fromNeighbour) f.push('neighbour', `neighbour:${w.ruleFamily}`);
  if (c.entity) {
    const entity = cc.entities.get(c.entity);
    f.push(`entity:${entity?.type ?? 'none'}`, `salience:${bucket(cc.mentionCounts.get(c.entity) ?? 0)}`);
    if (q.previousSpeakerEntity && q.previousSpeakerEntity === c.entity) f.push('previous-speaker', `previous-speaker|pos:${pos}`);
  }
  const capital = isCapitalized(head);
  f.push(`head-cap:${capital}`);
  const headWord = lower(head).replace(/['’]s$/, '');
  if (!capital && !kinds.some((k) => k.startsWith('pronoun:'))) f.push(`head:${headWord}`);
  if (to - from > 1 && /^(a|an|one|some|several|another)$/.test(lower(tokens[from]!))) f.push('indefinite');
  if (/['’]s$/.test(head.text) || /^['’]s\b/.test(text.slice(head.end, head.end + 3))) f.push('possessor');
  const prev = tokens[from - 1];
  if (prev && !/[,.;:!?]/.test(prev.post) && /^(of|to|with|by|for|from|at|in|on|about|against)$/.test(lower(prev))) f.push(`after-prep:${lower(prev)}`);
  if (prev && tokens[from]!.sentence !== prev.sentence) f.push('sentence-start');
  if (!prev) f.push('sentence-start');
  if (/\(/.test(tokens[from]!.pre)) f.push('in-parentheses');
  const length = to - from;
  f.push(`len:${Math.min(length, 5)}`);
}

/** A full stop, question or exclamation mark (a closing quote mark may follow) before a space and a capital or opening mark. */
const SENTENCE_END = /[.?!]["”’]?\s+(?=["“‘\p{Lu}])/gu;

/** 0, 1, 2, 3-4, 5-8, 9-16, 17+ */
function bucket(n: number): number {
  if (n <= 2) return n;
  return Math.min(6, Math.ceil(Math.log2(n)) + 1);
}

/** "McConnell, …, who said", "the department which reported": the relative pronoun's antecedent, the phrase right before it. */
export function relativeAntecedent(ctx: AttributionContext, who: number): Span | null {
  const { tokens } = ctx;
  const prev = tokens[who - 1];
  if (!prev || /[.;:!?]/.test(prev.post)) return null;
  const phrase = phraseEndingAt(ctx, who - 1, Math.max(0, who - 12));
  return phrase ? { start: tokens[phrase[0]]!.start, end: tokens[phrase[1] - 1]!.end } : null;
}
