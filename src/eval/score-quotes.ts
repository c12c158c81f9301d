import type { GoldSpan } from './gold.js';
import { context, greedyMatch, overlap, percent, percentPrf, prf } from './metrics.js';
import { words, type Pair, type PredictedQuote } from './prediction.js';
import type { DocumentScore, EvalError, TaskScore } from './result.js';

const EDGE = `\\s"'“”‘’«»,.;:!?—–-`;
const LEADING = new RegExp(`^[${EDGE}]+`);
const TRAILING = new RegExp(`[${EDGE}]+$`);

/** A quote span without the quote marks, punctuation and spaces at its edges. */
export function quoteCore(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const s = text.slice(span.start, span.end);
  const lead = s.length - s.replace(LEADING, '').length;
  const body = s.replace(LEADING, '').replace(TRAILING, '');
  return { start: span.start + lead, end: span.start + lead + body.length };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);

/**
 * The speaker is right when the predicted attribution span overlaps the gold source span, or when
 * the head word of the gold source (its last word that is not a pronoun) is among the words of
 * the predicted speaker's name or text ("Shen" in "Shen Dingli"). A pronoun-only gold source needs overlap.
 */
export function speakerCorrect(gold: GoldSpan | null | undefined, predicted: PredictedQuote['speaker']): boolean {
  if (!gold || !predicted) return false;
  if (predicted.start != null && predicted.end != null && overlap(gold, { start: predicted.start, end: predicted.end }) > 0) return true;
  const goldWords = words(gold.text).filter((w) => !PRONOUNS.has(w));
  if (!goldWords.length) return false;
  const predictedWords = new Set([...words(predicted.name), ...words(predicted.text)]);
  return predictedWords.has(goldWords[goldWords.length - 1]!);
}

type Located = PredictedQuote & { start: number; end: number };

/**
 * Direct quotes: a predicted quote (the words inside the marks; indirect quotes have no such span
 * and are not scored here) matches a gold quote when their Jaccard overlap is at least 0.5, one to one,
 * best pairs first. Exact: the matched spans are equal once quote marks, punctuation and spaces are
 * trimmed from both. Speaker accuracy is over matched gold quotes that have a speaker; end to end counts a
 * quote only when it is matched and its speaker is right.
 */
export function scoreQuotes(pairs: Pair[]): TaskScore {
  let gold = 0, predicted = 0, matched = 0, exact = 0, withSpeaker = 0, speakerOk = 0;
  const byKind: Record<string, { gold: number; found: number }> = {};
  const perDocument: DocumentScore[] = [];
  const errors: EvalError[] = [];
  for (const [g, p] of pairs) {
    const golds = g.quotes ?? [];
    const preds = (p.quotes ?? []).filter((q): q is Located => q.start != null && q.end != null);
    gold += golds.length;
    predicted += preds.length;
    const matches = greedyMatch(golds, preds, 0.5);
    matched += matches.length;
    for (const q of golds) (byKind[q.kind ?? 'unknown'] ??= { gold: 0, found: 0 }).gold++;
    for (const [gq, pq] of matches) {
      byKind[gq.kind ?? 'unknown']!.found++;
      const a = quoteCore(g.text, gq);
      const b = quoteCore(g.text, pq);
      if (a.start === b.start && a.end === b.end) exact++;
      else errors.push({ doc: g.id, kind: 'boundary', start: pq.start, end: pq.end, text: g.text.slice(pq.start, pq.end), note: `gold [${gq.start},${gq.end}) '${g.text.slice(gq.start, gq.end)}'`, context: context(g.text, gq) });
      if (gq.speaker) {
        withSpeaker++;
        if (speakerCorrect(gq.speaker, pq.speaker)) speakerOk++;
        else errors.push({ doc: g.id, kind: 'wrong speaker', start: gq.start, end: gq.end, text: g.text.slice(gq.start, gq.end), note: `speaker expected ${gq.speaker.text ?? '?'}, got ${pq.speaker?.name ?? pq.speaker?.text ?? 'none'}`, context: context(g.text, gq.speaker) });
      }
    }
    const matchedGold = new Set(matches.map(([gq]) => gq));
    const matchedPred = new Set(matches.map(([, pq]) => pq));
    for (const gq of golds) if (!matchedGold.has(gq)) errors.push({ doc: g.id, kind: 'miss', type: gq.kind, start: gq.start, end: gq.end, text: g.text.slice(gq.start, gq.end), note: gq.speaker ? `speaker ${gq.speaker.text}` : undefined, context: context(g.text, gq) });
    for (const pq of preds) if (!matchedPred.has(pq)) errors.push({ doc: g.id, kind: 'false positive', type: pq.kind, start: pq.start, end: pq.end, text: g.text.slice(pq.start, pq.end), note: pq.speaker ? `speaker ${pq.speaker.name ?? pq.speaker.text}` : undefined, context: context(g.text, pq) });
    perDocument.push({ id: g.id, score: percent(prf(matches.length, preds.length, golds.length).f1), gold: golds.length, predicted: preds.length });
  }
  const loose = percentPrf(prf(matched, predicted, gold));
  const detail = {
    gold,
    predicted,
    matched,
    exact: { ...percentPrf(prf(exact, predicted, gold)), correct: exact },
    speakerAccuracy: percent(speakerOk / (withSpeaker || 1)),
    speakerCorrect: speakerOk,
    withSpeaker,
    endToEnd: { ...percentPrf(prf(speakerOk, predicted, gold)), correct: speakerOk },
    recallByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { recall: percent(v.found / (v.gold || 1)), gold: v.gold, found: v.found }])),
  };
  return { task: 'quotes', documents: pairs.length, ...loose, headline: { name: 'F1', value: loose.f1 }, detail, perDocument, errors };
}
