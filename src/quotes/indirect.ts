import type { Quote } from '../model/document.js';
import type { Span } from '../model/span.js';
import { endsSentence, type AttributionContext } from './attribution.js';
import { cueLemma } from './cue.js';
import type { Unit } from './marks.js';
import { resolveSpeaker, speakerKind, type PastSpeaker, type ResolveContext } from './resolve.js';
import { clauseSubject, phraseStartingAt, subjectBefore, type Phrase } from './subject.js';
import { has, lower, tokenAt } from './words.js';

/**
 * Reported speech: "Shen said two things mattered most to China", "a senior official told reporters
 * that …", "…, a source said", "…, according to the State Department". The span is the reported content
 * (writers put it under `content`). A sentence with a quote inside gives reported speech only when the
 * content ends in a colon that introduces the quote.
 */

/** Verbs that report what someone said (a narrower set than the cues of direct quotes: no "call", "praise"). */
const REPORTING = new Set(['say', 'tell', 'add', 'explain', 'argue', 'warn', 'insist', 'note', 'write', 'tweet', 'acknowledge', 'claim', 'state', 'declare', 'announce', 'assert', 'confirm', 'deny', 'admit', 'suggest', 'predict', 'indicate', 'report', 'contend', 'maintain', 'emphasize', 'stress', 'reiterate', 'reveal', 'according to']);
const SKIP_AFTER_CUE = new Set(['that', 'on', 'in', 'earlier', 'later', 'this', 'last', 'week', 'month', 'year', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'recently', 'also']);
const ADDRESSEES = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'cnn', 'the', 'a', 'an']);

export function findIndirect(ctx: AttributionContext, rctx: ResolveContext, units: readonly Unit[], quoted: readonly Span[], past: PastSpeaker[]): Quote[] {
  const { tokens, text } = ctx;
  const out: Quote[] = [];
  const pastSorted = [...past].sort((a, b) => a.at - b.at);
  for (const unit of units) {
    let i = tokenAt(tokens, unit.start);
    while (i < tokens.length && tokens[i]!.end <= unit.end) {
      let e = i;
      while (e < tokens.length && tokens[e]!.end <= unit.end && tokens[e]!.sentence === tokens[i]!.sentence) e++;
      const found = reportedIn(ctx, i, e, quoted);
      if (found) {
        // Earlier speakers only: a binary search, not a filter of all of them per sentence.
        const before = pastSorted.slice(0, lowerBound(pastSorted, found.speaker.start, (p) => p.at));
        const resolved = resolveSpeaker(rctx, found.speaker, before);
        out.push({
          id: '',
          kind: 'indirect',
          start: found.content.start,
          end: found.content.end,
          text: text.slice(found.content.start, found.content.end),
          speaker: { name: resolved.name, entity: resolved.entity, kind: speakerKind(resolved, rctx.entities), start: found.speaker.start, end: found.speaker.end, text: text.slice(found.speaker.start, found.speaker.end) },
          cue: { ...found.cue, text: text.slice(found.cue.start, found.cue.end), lemma: found.lemma },
          confidence: 0.6 * resolved.confidence,
          rule: `${found.rule}+${resolved.how}`,
        });
      }
      i = e > i ? e : i + 1;
    }
  }
  return out;
}

interface Reported {
  speaker: Span;
  cue: Span;
  lemma: string;
  content: Span;
  rule: string;
}

function reportedIn(ctx: AttributionContext, lo: number, hi: number, quoted: readonly Span[]): Reported | null {
  const { tokens, text } = ctx;
  const sentence: Span = { start: tokens[lo]!.start, end: tokens[hi - 1]!.end };
  // The quotations are in text order and do not overlap: the first one ending after the sentence start
  // either straddles it (the sentence is inside a quotation) or is the first one in the sentence.
  const at = lowerBound(quoted, sentence.start + 1, (q) => q.end);
  const next = quoted[at];
  if (next && next.start < sentence.start) return null;
  const firstQuote = next && next.start < sentence.end ? next : undefined;
  const phraseSpan = (p: Phrase): Span => ({ start: tokens[p[0]]!.start, end: tokens[p[1] - 1]!.end });
  for (let i = lo; i < hi; i++) {
    if (!ctx.usable(i)) continue;
    const lemma = cueLemma(ctx, i);
    if (!lemma || !REPORTING.has(lemma)) continue;
    // "did not predict whether …" reports no statement.
    if ([tokens[i - 1], tokens[i - 2]].some((t) => t && (['not', 'never', "n't", 'didn’t', "didn't"].includes(lower(t)) || has(t, 'Negative')))) continue;
    const cue: Span = { start: tokens[i]!.start, end: (lemma === 'according to' ? tokens[i + 1]! : tokens[i]!).end };
    if (lemma === 'according to') {
      // "…, according to X." or "According to X, …"
      const after = phraseStartingAt(ctx, i + 2, hi);
      if (!after) return null;
      const content = i > lo ? trim(text, sentence.start, tokens[i - 1]!.end) : trim(text, tokens[after[1]]?.start ?? sentence.end, sentence.end);
      return words(text, content) >= 3 && !firstQuote ? { speaker: phraseSpan(after), cue, lemma, content, rule: 'indirect:according-to-X' } : null;
    }
    const subject = subjectBefore(ctx, i, lo) ?? (i > lo && /,/.test(tokens[i - 1]!.post) ? null : clauseSubject(ctx, lo, i));
    if (!subject) continue;
    // "…, a source said." — the content comes first.
    if (subject[0] > lo && /,/.test(tokens[subject[0] - 1]!.post) && (i + 1 >= hi || endsSentence(tokens[i]!) || i + 3 >= hi)) {
      const content = trim(text, sentence.start, tokens[subject[0] - 1]!.end);
      if (words(text, content) >= 3 && !firstQuote) return { speaker: phraseSpan(subject), cue, lemma, content, rule: 'indirect:content-X-said' };
      return null;
    }
    // "X said (that) …" — skip "that", an addressee ("told reporters") and time words.
    let k = i + 1;
    if (lemma === 'tell') while (k < hi && ADDRESSEES.has(lower(tokens[k]!)) && k < i + 3) k++;
    while (k < hi && (SKIP_AFTER_CUE.has(lower(tokens[k]!)) || has(tokens[k]!, 'Date') || has(tokens[k]!, 'WeekDay'))) k++;
    if (k >= hi || !ctx.usable(k)) return null;
    let end = sentence.end;
    if (firstQuote) {
      // Only a colon introducing the quote ends reported content there: "Shen said two things mattered most: “…”".
      const lead = text.slice(tokens[k]!.start, firstQuote.start);
      if (!/:\s*$/.test(lead)) return null;
      end = firstQuote.start;
    }
    const content = trim(text, tokens[k]!.start, end);
    return words(text, content) >= 3 ? { speaker: phraseSpan(subject), cue, lemma, content, rule: 'indirect:X-said-that' } : null;
  }
  return null;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

const words = (text: string, s: Span) => text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Index of the first item whose key is at least `value` (items sorted by that key). */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
