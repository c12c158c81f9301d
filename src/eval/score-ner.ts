import type { GoldEntity } from './gold.js';
import { context, overlap, percent, percentPrf, prf } from './metrics.js';
import { predictedMentions, type Pair, type TypedMention } from './prediction.js';
import type { DocumentScore, EvalError, TaskScore } from './result.js';

export const NER_TYPES = ['PER', 'LOC', 'ORG'] as const;

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
  /** Gold names a prediction of the same type touches at all. */
  touched: number;
}

const key = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${m.type}`;

/**
 * Named entities, conlleval-style: a predicted mention counts when its span and type equal a gold
 * PER/LOC/ORG name's. Predictions overlapping a gold MISC name are left out (newsmark has no MISC
 * class: nationalities, events, products). Repeated predictions of one span and type count once.
 */
export function scoreNer(pairs: Pair[]): TaskScore {
  const counts = Object.fromEntries([...NER_TYPES, 'ALL'].map((t) => [t, { tp: 0, predicted: 0, gold: 0, touched: 0 }])) as Record<string, Counts>;
  const perDocument: DocumentScore[] = [];
  const errors: EvalError[] = [];
  for (const [g, p] of pairs) {
    const entities = g.entities ?? [];
    const golds = entities.filter((e) => (NER_TYPES as readonly string[]).includes(e.type));
    const misc = entities.filter((e) => e.type === 'MISC');
    const preds = dedupe(predictedMentions(p)).filter((m) => !misc.some((x) => overlap(x, m) > 0));
    const goldKeys = new Set(golds.map(key));
    const predKeys = new Set(preds.map(key));
    let docTp = 0;
    for (const t of NER_TYPES) {
      const c = counts[t]!;
      c.gold += golds.filter((e) => e.type === t).length;
      c.predicted += preds.filter((m) => m.type === t).length;
      const tp = preds.filter((m) => m.type === t && goldKeys.has(key(m))).length;
      c.tp += tp;
      docTp += tp;
      c.touched += golds.filter((e) => e.type === t && preds.some((m) => m.type === t && overlap(m, e) > 0)).length;
    }
    perDocument.push({ id: g.id, score: percent(prf(docTp, preds.length, golds.length).f1), gold: golds.length, predicted: preds.length });
    for (const m of preds) if (!goldKeys.has(key(m))) errors.push(nerError(g.id, g.text, 'false positive', m, nearest(m, golds)));
    for (const e of golds) if (!predKeys.has(key(e))) errors.push(nerError(g.id, g.text, 'miss', e, nearest(e, preds)));
  }
  const all = counts.ALL!;
  for (const t of NER_TYPES) for (const k of ['tp', 'predicted', 'gold', 'touched'] as const) all[k] += counts[t]![k];
  const overall = percentPrf(prf(all.tp, all.predicted, all.gold));
  const perType = Object.fromEntries(
    [...NER_TYPES, 'ALL'].map((t) => {
      const c = counts[t]!;
      return [t, { ...percentPrf(prf(c.tp, c.predicted, c.gold)), gold: c.gold, predicted: c.predicted, correct: c.tp, touched: percent(c.touched / (c.gold || 1)) }];
    }),
  );
  return { task: 'ner', documents: pairs.length, ...overall, headline: { name: 'F1', value: overall.f1 }, detail: { perType }, perDocument, errors };
}

function dedupe(mentions: TypedMention[]): TypedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const k = key(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The most-overlapping span on the other side, to say why something did not match. */
function nearest<T extends { start: number; end: number }>(span: { start: number; end: number }, others: T[]): T | undefined {
  let best: T | undefined;
  let bestOverlap = 0;
  for (const o of others) {
    const n = overlap(span, o);
    if (n > bestOverlap) {
      best = o;
      bestOverlap = n;
    }
  }
  return best;
}

function nerError(doc: string, text: string, kind: string, span: { start: number; end: number; type: string }, other: (GoldEntity | TypedMention) | undefined): EvalError {
  const otherSide = kind === 'miss' ? 'predicted' : 'gold';
  let note: string | undefined;
  if (other) {
    const sameSpan = other.start === span.start && other.end === span.end;
    note = sameSpan ? `wrong type: ${otherSide} ${other.type}` : `boundary: ${otherSide} ${other.type} [${other.start},${other.end}) '${text.slice(other.start, other.end)}'`;
  }
  return { doc, kind, type: span.type, start: span.start, end: span.end, text: text.slice(span.start, span.end), note, context: context(text, span) };
}
