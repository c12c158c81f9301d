import type { ArticleDoc, DocWith, Entity, Mention, Quotation, Quote, SpeakerSummary } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostics.js';
import type { Span } from '../model/span.js';
import { attributionAfter, attributionBefore, colonLeadIn, leadInBefore, possessiveNounCue, previousSentence, sentenceSubjectOf, type Attribution, type AttributionContext } from './attribution.js';
import { functionWithoutAttribution, titleByForm } from './classify.js';
import { quoteKind } from './kind.js';
import { cueLemmas } from './lexicon.js';
import { paragraphUnits, scanQuotes, type QuotedSpan, type Unit } from './marks.js';
import { findIndirect } from './indirect.js';
import { interviewQuotes } from './interview.js';
import { resolveSpeaker, speakerKind, type PastSpeaker, type ResolveContext } from './resolve.js';
import { summarizeSpeakers } from './summary.js';
import { lower, tokenAt, tokensIn } from './words.js';
import { relativeAntecedent, speakerCandidates, type CandidateContext, type SpeakerCandidate } from './speaker-candidates.js';
import { choose, NO_SPEAKER, type RankingProblem, type SpeakerModel } from './speaker-ranker.js';

/**
 * The quote engine: marks → speech or not → attribution (after, before, inside, or carried over from
 * the paragraph's other quotes or the previous paragraph) → who the speaker is → full or partial.
 */

export interface QuoteLayers {
  quotes: Quote[];
  quotations: Quotation[];
  speakers: SpeakerSummary[];
  diagnostics: Diagnostic[];
}

interface Candidate {
  span: QuotedSpan;
  start: number;
  unit: Unit;
  attribution?: Attribution;
  /** The quote whose speaker this one carries on with. */
  from?: Candidate;
  fromRule?: string;
  speech: boolean;
  /** A single-quoted span in a headline of an article that otherwise quotes with double marks: speech only when attributed. */
  headlineSingle?: boolean;
  resolved?: Quote['speaker'] & { how: string; confidence: number };
}

/** "WALLACE: Let’s start…" — a transcript's speaker label opening the quotation. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?):\s+/u;

/** The `quotes` section of newsmark.config.yaml. */
export interface QuoteOptions {
  /** Extra cue verbs (lemmas). */
  cueVerbs?: readonly string[];
  /** Two apostrophes or backquotes are a double mark (archive copy); see ScanOptions. */
  doubledApostrophes?: boolean;
}

/** What findQuotes is given besides the config: the speaker ranker, and (for training it) an observer. */
export interface QuoteResources {
  /** The learned speaker ranker; without it the attribution rules alone choose the speaker phrase. */
  speakerModel?: SpeakerModel | null;
  /** The cue lemmas, built once with the stage (default: the built-in list plus `options.cueVerbs`). */
  cues?: ReadonlySet<string>;
  /** Sees every speaker decision: the quote, its candidates and the features (scripts/train-speakers.mjs). */
  observe?: (quote: Span, candidates: readonly SpeakerCandidate[], problem: RankingProblem) => void;
}

export function findQuotes(doc: DocWith<'blocks' | 'tokens' | 'mentions' | 'entities'>, options: QuoteOptions = {}, resources: QuoteResources = {}): QuoteLayers {
  const text = doc.text;
  const tokens = doc.layers.tokens;
  const mentions = [...doc.layers.mentions].sort((a, b) => a.start - b.start);
  const entities = new Map<string, Entity>(doc.layers.entities.map((e) => [e.id, e]));
  const blocks = doc.layers.blocks.filter((b) => b.kind !== 'boilerplate');
  const units = paragraphUnits(text, blocks);
  const { spans, diagnostics, doubledSkipped } = scanQuotes(text, units, { doubledApostrophes: options.doubledApostrophes === true });

  // Which marks quote speech in this article: double marks when it uses them, single marks otherwise (UK style).
  // Archive copy whose doubled apostrophes are left unread (''…'') quotes with double marks too: its
  // single marks are nested quotations ('This is their lives.'), never speech of their own.
  const top = spans.filter((s) => s.depth === 0);
  const usesDouble = top.some((s) => s.style === 'double') || doubledSkipped >= 2;
  const quotations: Quotation[] = [];
  const quotation = (s: Span, fn: Quotation['function']) => quotations.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), function: fn });

  const quotedTokens = new Uint8Array(tokens.length);
  const inQuote: Span[] = top.map((s) => ({ start: s.open.start, end: s.close?.end ?? s.end }));
  for (const s of inQuote) {
    const [from, to] = tokensIn(tokens, s.start, s.end);
    quotedTokens.fill(1, from, to);
  }
  // Top-level quotations do not overlap and come in text order: the same binary search as for tokens.
  const quoted = (offset: number) => {
    const at = tokenAt(inQuote, offset);
    return at < inQuote.length && inQuote[at]!.start <= offset;
  };
  const personPredicate = (phrase: Span) => personMention(mentions, phrase, text);
  const ctx: AttributionContext = {
    text,
    tokens,
    cues: resources.cues ?? cueLemmas(options.cueVerbs),
    usable: (i) => quotedTokens[i] === 0,
  };

  const candidates: Candidate[] = [];
  for (const span of top) {
    const unit = units[span.unit]!;
    const blockKind = blocks[unit.block]?.kind;
    if (span.style === 'single' && usesDouble && (blockKind === 'headline' || blockKind === 'subheading') && !titleByForm(text, span)) {
      // UK-style headlines quote speech with single marks even when the body uses double ones.
      candidates.push({ span, start: span.start, unit, speech: true, headlineSingle: true });
      continue;
    }
    if (span.style === 'single' && usesDouble) {
      const fn = titleByForm(text, span) ?? functionWithoutAttribution(text, span);
      quotation(span, fn === 'speech' ? 'other' : fn);
      continue;
    }
    const c: Candidate = { span, start: span.start, unit, speech: true };
    const label = TRANSCRIPT_LABEL.exec(text.slice(span.start, span.end));
    if (label && /\p{Lu}{2}/u.test(label[1]!) && label[1] === label[1]!.toUpperCase()) {
      c.start = span.start + label[0].length;
      const colon = span.start + label[1]!.length;
      c.attribution = { speaker: { start: span.start, end: colon }, cue: { start: colon, end: colon + 1 }, rule: 'transcript-label', confidence: 0.9 };
      candidates.push(c);
      continue;
    }
    const fn = titleByForm(text, span);
    if (fn && fn !== 'speech') {
      quotation(span, fn);
      continue;
    }
    candidates.push(c);
  }

  // Attributions in the quote's own sentence.
  candidates.forEach((c, k) => {
    if (c.attribution) return;
    const next = candidates[k + 1];
    const limit = next && next.span.unit === c.span.unit ? next.span.open.start : c.unit.end;
    const inner = text.slice(c.span.start, c.span.end);
    const after = attributionAfter(ctx, c.span, limit);
    const before = attributionBefore(ctx, c.span, c.unit);
    // A closing single mark may follow the comma (“… you called ‘miracles,’” she said).
    const handsOn = /[,?!\u2014\u2013-]['’]?$/.test(inner) || /^\s*,/.test(text.slice(c.span.close?.end ?? c.span.end));
    c.attribution = (after && (handsOn || !before) ? after : before ?? after) ?? undefined;
    // "Caddell continued:" closing the previous paragraph introduces a quote that opens this one.
    if (!c.attribution && c.span.open.start === c.unit.start && c.span.unit > 0) {
      c.attribution = (leadInBefore(ctx, units[c.span.unit - 1]!) ?? colonLeadIn(ctx, c.span, units[c.span.unit - 1])) ?? undefined;
    }
    c.attribution ??= colonLeadIn(ctx, c.span, c.unit) ?? undefined;
  });

  // Headline single quotes with no attribution are quotations after all (Trump Was ‘Mocking’ Clinton Camp).
  for (const c of candidates) {
    if (c.headlineSingle && !c.attribution) {
      c.speech = false;
      const fn = functionWithoutAttribution(text, c.span);
      quotation(c.span, fn === 'speech' ? 'other' : fn);
    }
  }

  // Quotes with no attribution of their own carry on with a neighbour's speaker.
  candidates.forEach((c, k) => {
    if (c.attribution || !c.speech) return;
    const standalone = quoteKind(text, c.span, c.unit) === 'full' || wordCount(text.slice(c.span.start, c.span.end)) >= 4;
    if (!standalone) return;
    const sameUnit = (d: Candidate | undefined) => d && d.unit === c.unit && d.speech && (d.attribution || d.from);
    for (let j = k - 1; j >= 0 && candidates[j]!.unit === c.unit; j--) {
      if (sameUnit(candidates[j])) {
        c.from = candidates[j];
        c.fromRule = 'same-paragraph:previous-quote';
        return;
      }
    }
    const reported = previousSentence(ctx, c.span, c.unit);
    if (reported) {
      c.attribution = reported;
      return;
    }
    for (let j = k + 1; j < candidates.length && candidates[j]!.unit === c.unit; j++) {
      if (candidates[j]!.attribution) {
        c.from = candidates[j];
        c.fromRule = 'same-paragraph:next-quote';
        return;
      }
    }
    // The previous paragraph's speaker, when this paragraph goes on with a quote.
    const opensUnit = c.span.open.start === c.unit.start;
    const unitIndex = c.span.unit;
    // Candidates are in text order: walk back only over this paragraph and the one before.
    let previous: Candidate | undefined;
    for (let j = k - 1; j >= 0 && candidates[j]!.span.unit >= unitIndex - 1 && !previous; j--) {
      const d = candidates[j]!;
      if (d.span.unit === unitIndex - 1 && d.speech && (d.attribution || d.from)) previous = d;
    }
    if (!previous || !(opensUnit || c.span.continues)) {
      // "Sen. Bernie Sanders … identified young voters' exhaustion with bigotry as … “The younger people
      // are …”": a whole-sentence quote right after a sentence about a named person is that person's.
      if (!opensUnit) c.attribution = previousSentence(ctx, c.span, c.unit, personPredicate) ?? undefined;
      return;
    }
    const prevUnit = units[unitIndex - 1]!;
    const endedInQuote = previous.span.runsOn || /^[\s.,;!?”"’»)]*$/.test(text.slice(previous.span.close?.end ?? previous.span.end, prevUnit.end));
    const pureQuote = /^[\s.,;!?”"’»“«„(]*$/.test(stripQuotes(text, c.unit, candidates));
    if (c.span.continues || endedInQuote || pureQuote) {
      c.from = previous;
      c.fromRule = c.span.continues ? 'continuation:quote-runs-on' : 'continuation:previous-paragraph';
    }
  });

  // Quotes that are neither attributed nor carried on: a partial quote is the sentence subject's words
  // when that subject is a name or pronoun; the rest is speech with no known speaker, or a term or title.
  for (const c of candidates) {
    if (c.attribution || c.from || !c.speech) continue;
    let fn = functionWithoutAttribution(text, c.span);
    if ((fn === 'speech' || fn === 'term') && quoteKind(text, c.span, c.unit) === 'partial') {
      // "Trump’s claim that …": the noun of saying is evidence enough that the phrase is someone's words.
      const owned = possessiveNounCue(ctx, c.span, c.unit);
      const subject = owned ?? sentenceSubjectOf(ctx, c.span, c.unit);
      // A short phrase is a person's words only when a person is the sentence's subject.
      if (subject && (fn === 'speech' || owned || personPhrase(tokens, subject.speaker) || personMention(mentions, subject.speaker, text))) {
        c.attribution = subject;
        fn = 'speech';
      }
    }
    if (c.attribution) continue;
    if (fn !== 'speech') {
      c.speech = false;
      quotation(c.span, fn);
    }
  }

  // Who the speakers are, in text order, each looking back at the ones before. The rules' phrase is
  // one candidate among the phrases near the quote; the learned ranker, when there is one, chooses.
  const rctx: ResolveContext = { text, tokens, mentions, entities, quoted };
  const mentionCounts = new Map<string, number>();
  for (const m of mentions) if (m.entityId && !quoted(m.start)) mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + 1);
  const cctx: CandidateContext = { ctx, mentions, entities, mentionCounts };
  const weights = resources.speakerModel ? new Map(Object.entries(resources.speakerModel.weights)) : null;
  const past: PastSpeaker[] = [];
  const quotes: Quote[] = [];
  const quoteAt = new Map<number, Quote>();
  const indexOf = new Map<Candidate, number>(candidates.map((c, k) => [c, k]));
  for (const c of candidates) {
    if (!c.speech) continue;
    const choice = weights || resources.observe ? rankSpeaker(c) : null;
    let ranked = choice && choice.index !== NO_SPEAKER ? choice.candidates[choice.index]! : null;
    // Where the rules found no attribution at all, the ranker (trained on news in which nearly every
    // quote has a speaker) may only name one tied to a verb of saying: a name merely near a quote
    // ("Obama visited Ohio. “…”") is no evidence that the words are that person's.
    // And that verb must be in the quote's own sentence: "“It is over.” The committee … said nothing."
    if (ranked && !c.attribution && !c.from && (!ranked.cue || (ranked.sentenceGap ?? 0) > 0)) ranked = null;
    // The ranker's phrase replaces the rules' only when it is another phrase than theirs.
    const useRule = !choice || (ranked && (ranked.fromRule || (ranked.fromNeighbour && !c.attribution)));
    const noSpeaker = choice && choice.index === NO_SPEAKER && weights;
    let speaker: Quote['speaker'] = null;
    let rule = 'no-attribution';
    let confidence = 0.5;
    let cue: Quote['cue'] = null;
    if (noSpeaker) {
      rule = 'ranker:no-speaker';
    } else if (ranked && !useRule) {
      const who = ['who', 'which'].includes(lower(tokens[ranked.tokens[0]]!)) && ranked.tokens[1] - ranked.tokens[0] === 1 ? relativeAntecedent(ctx, ranked.tokens[0]) : null;
      const resolved = resolveSpeaker(rctx, who ?? ranked.span, past);
      speaker = { name: resolved.name, entity: resolved.entity, kind: speakerKind(resolved, entities), start: ranked.span.start, end: ranked.span.end, text: text.slice(ranked.span.start, ranked.span.end) };
      c.resolved = { ...speaker, how: resolved.how, confidence: resolved.confidence };
      cue = ranked.cue ? { start: ranked.cue.start, end: ranked.cue.end, text: text.slice(ranked.cue.start, ranked.cue.end), lemma: ranked.cue.lemma } : null;
      rule = `ranker:${ranked.features[0]}+${resolved.how}`;
      confidence = (ranked.cue ? 0.8 : 0.6) * resolved.confidence * Math.min(1, 0.5 + choice!.margin / 4);
      rememberSpeaker(resolved, ranked.span.start);
    } else if (c.attribution) {
      const a = c.attribution;
      const resolved = resolveSpeaker(rctx, a.referent ?? a.speaker, past);
      speaker = { name: resolved.name, entity: resolved.entity, kind: speakerKind(resolved, entities), start: a.speaker.start, end: a.speaker.end, text: text.slice(a.speaker.start, a.speaker.end) };
      c.resolved = { ...speaker, how: resolved.how, confidence: resolved.confidence };
      cue = { start: a.cue.start, end: a.cue.end, text: text.slice(a.cue.start, a.cue.end), ...(a.cue.lemma ? { lemma: a.cue.lemma } : {}) };
      rule = `${a.rule}+${resolved.how}`;
      confidence = a.confidence * resolved.confidence;
      rememberSpeaker(resolved, a.speaker.start);
    } else if (c.from?.resolved) {
      const turn = alternateTurn(c);
      const r = turn?.resolved ?? c.from.resolved;
      speaker = { name: r.name, entity: r.entity, kind: r.kind, start: r.start, end: r.end, text: r.text };
      c.resolved = r;
      cue = quoteAt.get((turn ?? c.from).start)?.cue ?? null;
      rule = `${turn ? 'dialogue:alternating-turns' : c.fromRule}+${r.how}`;
      confidence = (turn ? 0.6 : 0.8) * r.confidence;
    }
    const quote: Quote = {
      id: '',
      start: c.start,
      end: c.span.end,
      text: text.slice(c.start, c.span.end),
      kind: c.attribution?.rule === 'transcript-label' ? 'full' : quoteKind(text, c.span, c.unit),
      speaker,
      cue,
      confidence: Math.max(0.05, Math.min(1, confidence)),
      rule,
    };
    quotes.push(quote);
    quoteAt.set(c.start, quote);
  }

  /**
   * Dialogue: "“…,” Ann said. / “…,” Bob replied. / “…”" — when the two paragraphs before a bare
   * quoted paragraph are turns by two different people, each a short paragraph of quotes and their
   * attribution, the bare one is the other person's turn, not a continuation of the last speaker.
   */
  function alternateTurn(c: Candidate): Candidate | undefined {
    const last = c.from!;
    if (c.fromRule !== 'continuation:previous-paragraph' || !last.resolved || !dialogueTurn(last)) return undefined;
    let before: Candidate | undefined;
    for (let j = indexOf.get(last)! - 1; j >= 0 && candidates[j]!.span.unit >= last.span.unit - 1; j--) {
      const d = candidates[j]!;
      if (d.span.unit === last.span.unit - 1 && d.speech && d.resolved) before = d;
    }
    if (!before || !dialogueTurn(before)) return undefined;
    const a = before.resolved!;
    const b = last.resolved;
    const same = (a.entity && a.entity === b.entity) || a.name.toLowerCase() === b.name.toLowerCase();
    return same ? undefined : before;
  }

  /** A turn of dialogue: a paragraph of quotes with little besides them (an attribution, not narration). */
  function dialogueTurn(d: Candidate): boolean {
    return d.unit.end - d.unit.start > 0 && stripQuotes(text, d.unit, candidates).trim().length <= 60;
  }

  function rememberSpeaker(resolved: ReturnType<typeof resolveSpeaker>, at: number): void {
    const last = past.at(-1);
    if (!last || last.name !== resolved.name || last.entity !== resolved.entity || at > last.at) past.push({ ...resolved, at });
  }

  function rankSpeaker(c: Candidate): { index: number; margin: number; candidates: SpeakerCandidate[] } {
    const kind = quoteKind(text, c.span, c.unit);
    const neighbour = c.from?.resolved && c.from.resolved.start !== undefined && c.from.resolved.end !== undefined ? { speaker: { start: c.from.resolved.start, end: c.from.resolved.end }, rule: c.fromRule ?? 'continuation' } : undefined;
    const rule = c.attribution ? { speaker: c.attribution.speaker, rule: c.attribution.rule } : undefined;
    const found = speakerCandidates(cctx, {
      span: c.span,
      unit: c.unit,
      previousUnit: c.span.unit > 0 ? units[c.span.unit - 1] : undefined,
      kind,
      rule,
      neighbour,
      previousSpeakerEntity: quotes.at(-1)?.speaker?.entity ?? null,
    });
    const ruleFamily = rule ? rule.rule : neighbour ? neighbour.rule.split(':')[0]! : 'none';
    const problem: RankingProblem = {
      candidates: found.map((f) => f.features),
      none: ['none', `none|qk:${kind}`, `none|rule:${ruleFamily}`, `none|candidates:${Math.min(found.length, 4)}`],
    };
    resources.observe?.(c.span, found, problem);
    const picked = weights ? choose(weights, problem) : { index: found.findIndex((f) => f.fromRule || f.fromNeighbour), margin: 0 };
    return { ...picked, candidates: found };
  }

  const turns = interviewQuotes({ text, units, blocks, mentions, entities }, quotes);
  const indirect = findIndirect(ctx, rctx, units, inQuote, past);
  const all = [...quotes, ...turns, ...indirect].sort((a, b) => a.start - b.start);
  all.forEach((q, i) => (q.id = `q${i + 1}`));
  quotations.sort((a, b) => a.start - b.start);
  return { quotes: all, quotations, speakers: summarizeSpeakers(all, entities), diagnostics };
}

function personPhrase(tokens: ArticleDoc['layers']['tokens'] & object, phrase: Span): boolean {
  const [from, to] = tokensIn(tokens, phrase.start, phrase.end);
  const head = tokens[to - 1];
  if (!head || to <= from) return false;
  return ['he', 'she', 'i', 'we'].includes(head.normal) || head.tags.includes('Person') || head.tags.includes('LastName');
}

/** The entity stage found a person in the phrase (compromise alone may tag "Trump" as a plain noun). */
/** A person is the phrase, not its possessor: "Clinton’s lawyer Cheryl Mills", not "Finnan's normal position". */
const personMention = (mentions: readonly Mention[], phrase: Span, text: string) =>
  mentions.some((m) => m.type === 'person' && m.start < phrase.end && phrase.start < m.end && (m.end >= phrase.end || !/^['’]s\b/.test(text.slice(m.end, m.end + 3))));

const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The unit's text with its quotations taken out: what is left when a paragraph is a pure quote is punctuation. */
function stripQuotes(text: string, unit: Unit, candidates: readonly Candidate[]): string {
  let out = '';
  let at = unit.start;
  for (const c of candidates) {
    if (c.unit !== unit) continue;
    out += text.slice(at, c.span.open.start);
    at = c.span.close?.end ?? c.span.end;
  }
  return out + text.slice(at, unit.end);
}
