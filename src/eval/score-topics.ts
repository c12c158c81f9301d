import { percent } from './metrics.js';
import type { Pair } from './prediction.js';
import type { DocumentScore, EvalError, TaskScore } from './result.js';
import { topLevel, type Taxonomy } from './taxonomy.js';

/**
 * Topics: the article's issues ranked by score (ties keep their order); the top-level IPTC ancestor
 * of the first must equal the gold top-level topic (`iptc`). Top-3: the gold topic is among the first
 * three distinct top-level topics of the ranking.
 */
export function scoreTopics(pairs: Pair[], taxonomy: Taxonomy): TaskScore {
  let correct = 0, inTop3 = 0, noIssue = 0;
  const confusion = new Map<string, number>();
  const perClass: Record<string, { code: string | undefined; gold: number; correct: number }> = {};
  const predictedTimes = new Map<string, number>();
  const perDocument: DocumentScore[] = [];
  const errors: EvalError[] = [];
  const name = (code: string | null | undefined) => (code ? (taxonomy.label.get(code) ?? code) : 'none');
  for (const [g, p] of pairs) {
    const ranked = (p.issues ?? []).map((issue, i) => ({ issue, i })).sort((a, b) => (b.issue.score ?? 0) - (a.issue.score ?? 0) || a.i - b.i);
    const tops = ranked.map(({ issue }) => topLevel(taxonomy, issue.iptc)).filter((t): t is string => !!t);
    const best = tops[0];
    if (!best) noIssue++;
    const ok = best === g.iptc;
    if (ok) correct++;
    if ([...new Set(tops)].slice(0, 3).includes(g.iptc!)) inTop3++;
    const goldName = g.label ?? name(g.iptc);
    const k = `${goldName} -> ${name(best)}`;
    confusion.set(k, (confusion.get(k) ?? 0) + 1);
    const cls = (perClass[goldName] ??= { code: g.iptc, gold: 0, correct: 0 });
    if (best) predictedTimes.set(best, (predictedTimes.get(best) ?? 0) + 1);
    cls.gold++;
    if (ok) cls.correct++;
    perDocument.push({ id: g.id, score: ok ? 100 : 0, gold: 1, predicted: best ? 1 : 0 });
    if (!ok) {
      const first = ranked.find(({ issue }) => topLevel(taxonomy, issue.iptc))?.issue;
      const evidence = first?.evidence?.slice(0, 3).map((e) => e.text ?? g.text.slice(e.start, e.end)).join(' | ');
      errors.push({ doc: g.id, kind: 'wrong topic', type: goldName, text: g.text.split('\n')[0]!.slice(0, 100), note: `expected ${name(g.iptc)}, got ${name(best)}${first ? ` (best issue '${first.label}' ${first.iptc}${evidence ? `; evidence ${evidence}` : ''})` : ''}` });
    }
  }
  const n = pairs.length || 1;
  const accuracy = percent(correct / n);
  const detail = {
    correct,
    top3: percent(inTop3 / n),
    noIssue,
    perClass: Object.fromEntries(Object.entries(perClass).map(([cls, v]) => [cls, { accuracy: percent(v.correct / (v.gold || 1)), gold: v.gold, correct: v.correct, precision: percent(v.correct / ((v.code && predictedTimes.get(v.code)) || 1)) }])),
    confusion: [...confusion.entries()].sort((a, b) => b[1] - a[1]).map(([pair, count]) => ({ pair, count })),
    taxonomy: taxonomy.source,
  };
  return { task: 'topics', documents: pairs.length, accuracy, headline: { name: 'accuracy', value: accuracy }, detail, perDocument, errors };
}
