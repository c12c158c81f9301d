import { shorten } from './metrics.js';
import type { EvalError, TaskScore } from './result.js';
import { worstDocuments } from './result.js';

const num = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));
const prfLine = (x: { precision: number; recall: number; f1: number }) => `P ${num(x.precision)}  R ${num(x.recall)}  F1 ${num(x.f1)}`;

/** The scores as text for a person: overall, the breakdown, the worst documents. */
export function formatScore(score: TaskScore, options: { worst?: number; gold?: string } = {}): string {
  const lines: string[] = [];
  const d = score.detail as Record<string, any>;
  lines.push(`${score.task}${options.gold ? ` on ${options.gold}` : ''}: ${score.documents} documents`);
  switch (score.task) {
    case 'ner':
      for (const [type, c] of Object.entries(d.perType as Record<string, any>)) {
        lines.push(`  ${type.padEnd(4)} ${prfLine(c)}   (gold ${c.gold}, predicted ${c.predicted}, correct ${c.correct}; gold touched by a same-type prediction ${num(c.touched)}%)`);
      }
      break;
    case 'quotes':
      lines.push(`  overlap >= 50%     ${prfLine(score as any)}   (gold ${d.gold}, predicted ${d.predicted}, matched ${d.matched})`);
      lines.push(`  exact span         ${prfLine(d.exact)}`);
      lines.push(`  speaker accuracy   ${num(d.speakerAccuracy)}% of matched quotes with a gold speaker (${d.speakerCorrect}/${d.withSpeaker})`);
      lines.push(`  quote + speaker    ${prfLine(d.endToEnd)}`);
      for (const [kind, v] of Object.entries(d.recallByKind as Record<string, any>)) lines.push(`  recall, ${kind.padEnd(10)} ${num(v.recall)}% (${v.found}/${v.gold})`);
      break;
    case 'coref':
      lines.push(`  named mentions found ${num(d.mentionRecall)}% (${d.mentionsFound}/${d.goldNamedMentions})`);
      for (const [type, v] of Object.entries(d.mentionRecallByType as Record<string, any>)) lines.push(`    ${type.padEnd(4)} ${num(v.recall)}% (${v.found}/${v.gold})`);
      lines.push(`  links among them   ${prfLine(score as any)}   (gold links ${d.goldLinks}, predicted ${d.predictedLinks})`);
      break;
    case 'keyphrases':
      lines.push(`  @5   ${prfLine(d.at5)}`);
      lines.push(`  @10  ${prfLine(d.at10)}   (macro over documents, Porter-stemmed exact match)`);
      break;
    case 'topics':
      lines.push(`  top-level accuracy ${num(score.accuracy)}% (${d.correct}/${score.documents}); gold among the top 3 ${num(d.top3)}%; no issue ${d.noIssue}`);
      for (const [cls, v] of Object.entries(d.perClass as Record<string, any>)) lines.push(`    ${cls.padEnd(14)} accuracy ${num(v.accuracy)}% (${v.correct}/${v.gold}), precision ${num(v.precision)}%`);
      lines.push('  most frequent (gold -> predicted):');
      for (const { pair, count } of (d.confusion as { pair: string; count: number }[]).slice(0, 10)) lines.push(`    ${String(count).padStart(4)}  ${pair}`);
      break;
  }
  const worst = worstDocuments(score, options.worst ?? 5);
  if (worst.length && score.task !== 'topics') {
    lines.push(`  worst documents (${score.task === 'keyphrases' ? 'F1@10' : score.task === 'coref' ? 'link F1' : 'F1'}):`);
    for (const w of worst) lines.push(`    ${num(w.score).padStart(5)}  ${w.id}  (gold ${w.gold}, predicted ${w.predicted})`);
  }
  lines.push(summaryLine(score));
  return lines.join('\n') + '\n';
}

/** One line, like score.mjs's last line. */
export function summaryLine(score: TaskScore): string {
  if (score.task === 'topics') return `topics accuracy ${num(score.accuracy)} top3 ${num((score.detail as any).top3)}`;
  const d = score.detail as Record<string, any>;
  const extra =
    score.task === 'quotes' ? ` exactF1 ${num(d.exact.f1)} speakerAcc ${num(d.speakerAccuracy)} endToEndF1 ${num(d.endToEnd.f1)}`
    : score.task === 'coref' ? ` mentionRecall ${num(d.mentionRecall)}`
    : score.task === 'keyphrases' ? ` F1@5 ${num(d.at5.f1)}`
    : '';
  return `${score.task} F1 ${num(score.f1)} P ${num(score.precision)} R ${num(score.recall)}${extra}`;
}

/** The errors as JSONL (one object a line) or as text blocks a person reads top to bottom. */
export function formatErrors(errors: EvalError[], as: 'jsonl' | 'text'): string {
  if (as === 'jsonl') return errors.map((e) => JSON.stringify(e)).join('\n') + (errors.length ? '\n' : '');
  return errors
    .map((e) => {
      const where = e.start !== undefined ? ` [${e.start},${e.end})` : '';
      const head = `${e.doc}${where} ${e.kind}${e.type ? ` ${e.type}` : ''}: ${e.text !== undefined ? `'${shorten(e.text.replace(/\s+/g, ' '), 160)}'` : ''}${e.note ? ` — ${shorten(e.note.replace(/\s+/g, ' '), 240)}` : ''}`;
      return e.context ? `${head}\n    ${e.context}` : head;
    })
    .join('\n') + (errors.length ? '\n' : '');
}
