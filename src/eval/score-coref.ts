import { context, percent, percentPrf, prf } from './metrics.js';
import { predictedMentions, type Pair } from './prediction.js';
import type { DocumentScore, EvalError, TaskScore } from './result.js';

/**
 * Coreference among named mentions: each gold named mention (GUM's `named: true`) that contains a
 * predicted mention takes the entity of the longest such prediction. Over every pair of those found
 * mentions, a gold link joins two of one gold cluster and a predicted link two of one predicted entity;
 * P/R/F1 compare the links. Mention recall is the share of gold named mentions found at all — the
 * NER-style view of the same data, since GUM's mention spans are whole noun phrases, not names.
 */
export function scoreCoref(pairs: Pair[]): TaskScore {
  let tp = 0, predictedLinks = 0, goldLinks = 0, goldNamed = 0, found = 0;
  const byType: Record<string, { gold: number; found: number }> = {};
  const perDocument: DocumentScore[] = [];
  const errors: EvalError[] = [];
  for (const [g, p] of pairs) {
    const golds = (g.entities ?? []).filter((e) => e.named);
    goldNamed += golds.length;
    const preds = predictedMentions(p);
    const linked: { cluster: string; entity: string; name: string; start: number; end: number }[] = [];
    for (const gm of golds) {
      (byType[gm.type] ??= { gold: 0, found: 0 }).gold++;
      const inside = preds.filter((m) => m.start >= gm.start && m.end <= gm.end);
      if (!inside.length) {
        errors.push({ doc: g.id, kind: 'miss', type: gm.type, start: gm.start, end: gm.end, text: g.text.slice(gm.start, gm.end), note: `cluster ${gm.cluster}`, context: context(g.text, gm) });
        continue;
      }
      byType[gm.type]!.found++;
      // The longest prediction inside; a stable sort keeps the first of equal length, as score.mjs does.
      inside.sort((a, b) => b.end - b.start - (a.end - a.start));
      linked.push({ cluster: String(gm.cluster), entity: inside[0]!.entity, name: inside[0]!.name, start: gm.start, end: gm.end });
    }
    found += linked.length;
    let docTp = 0, docPred = 0, docGold = 0;
    for (let i = 0; i < linked.length; i++) {
      for (let j = i + 1; j < linked.length; j++) {
        const sameGold = linked[i]!.cluster === linked[j]!.cluster;
        const samePred = linked[i]!.entity === linked[j]!.entity;
        if (sameGold) docGold++;
        if (samePred) docPred++;
        if (sameGold && samePred) docTp++;
      }
    }
    tp += docTp;
    predictedLinks += docPred;
    goldLinks += docGold;
    perDocument.push({ id: g.id, score: percent(prf(docTp, docPred, docGold).f1), gold: docGold, predicted: docPred });
    errors.push(...linkErrors(g.id, g.text, linked));
  }
  const overall = percentPrf(prf(tp, predictedLinks, goldLinks));
  const detail = {
    goldLinks,
    predictedLinks,
    correctLinks: tp,
    mentionRecall: percent(found / (goldNamed || 1)),
    mentionsFound: found,
    goldNamedMentions: goldNamed,
    mentionRecallByType: Object.fromEntries(Object.entries(byType).map(([t, v]) => [t, { recall: percent(v.found / (v.gold || 1)), gold: v.gold, found: v.found }])),
  };
  return { task: 'coref', documents: pairs.length, ...overall, headline: { name: 'link F1', value: overall.f1 }, detail, perDocument, errors };
}

/** A gold cluster spread over several predicted entities (split), and a predicted entity joining several gold clusters (merged). */
function linkErrors(doc: string, text: string, linked: { cluster: string; entity: string; name: string; start: number; end: number }[]): EvalError[] {
  const errors: EvalError[] = [];
  const group = (by: (l: (typeof linked)[number]) => string) => {
    const groups = new Map<string, typeof linked>();
    for (const l of linked) groups.set(by(l), [...(groups.get(by(l)) ?? []), l]);
    return groups;
  };
  const describe = (ls: typeof linked) => [...new Set(ls.map((l) => text.slice(l.start, l.end)))].slice(0, 6).join(' | ');
  for (const [cluster, members] of group((l) => l.cluster)) {
    const entities = group((l) => l.entity);
    const parts = [...new Set(members.map((l) => l.entity))];
    if (parts.length > 1) {
      const names = parts.map((e) => `${entities.get(e)![0]!.name || e} (${members.filter((l) => l.entity === e).length})`);
      errors.push({ doc, kind: 'split', text: describe(members), note: `gold cluster ${cluster} spread over ${names.join(', ')}`, start: members[0]!.start, end: members[0]!.end, context: context(text, members[0]!) });
    }
  }
  for (const [entity, members] of group((l) => l.entity)) {
    const clusters = [...new Set(members.map((l) => l.cluster))];
    if (clusters.length > 1) {
      errors.push({ doc, kind: 'merged', text: describe(members), note: `predicted ${members[0]!.name || entity} joins gold clusters ${clusters.join(', ')}`, start: members[0]!.start, end: members[0]!.end, context: context(text, members[0]!) });
    }
  }
  return errors;
}
