import type { QuotedSpan, Unit } from './marks.js';

/**
 * Full or partial: a full quote is a whole utterance — it opens its paragraph or sentence, follows a
 * colon or a comma after the attribution ("he said, “…”"), or, as a clause with its own subject, follows
 * a conjunction right after another quote (“…,” but “we are not …”). A quote woven into the reporter's
 * own sentence ("promised to raise “real concerns”", "said that “…”") is partial.
 */
const SUBJECT_START = /^(I|we|you|they|he|she|it|there|this|that|these|those|my|our|the)\b/i;
const EMBEDDING_BEFORE_COMMA = /\b(that|as|including|such as|because|if|when|while|like)\s*,?\s*$/i;

export function quoteKind(text: string, quote: QuotedSpan, unit: Unit): 'full' | 'partial' {
  if (quote.continues) return 'full';
  const before = text.slice(unit.start, quote.open.start).replace(/[\s“"‘'«„(]+$/, '');
  if (!before) return 'full';
  const last = before.at(-1)!;
  if (/[.!?…:”"»]/.test(last)) {
    // After a closing mark with no words between (“A.” “B.”) or a sentence end: a new utterance.
    if (/[”"»]/.test(last) && !/[.!?,]\s*[”"»]$/.test(before)) return 'partial';
    return 'full';
  }
  if (last === ',' ) return EMBEDDING_BEFORE_COMMA.test(before.slice(0, -1)) ? 'partial' : 'full';
  if (/[”"]\s*,?\s*(but|and)$/i.test(before) && SUBJECT_START.test(text.slice(quote.start, quote.end))) return 'full';
  return 'partial';
}
