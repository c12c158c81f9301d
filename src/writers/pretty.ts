import { Chalk, type ChalkInstance } from 'chalk';
import type { ArticleDoc } from '../model/document.js';
import type { ArticleOutput } from '../model/output.js';
import { issuesToShow } from './summary.js';

export interface PrettyOptions {
  /** Use colors (the CLI turns them off for NO_COLOR or when stdout is not a terminal). */
  color: boolean;
  /** Leave out issues scoring below this (default ISSUE_CUTOFF, as in `summary`). */
  minIssueScore?: number;
}

type Mark = { start: number; end: number; style: (s: string) => string; priority: number };

/**
 * A view for a person in a terminal: the article with people, places, organizations and quotes
 * highlighted, then who is quoted and what the article is about. The only writer that uses chalk.
 */
export function writePretty(doc: ArticleDoc, output: ArticleOutput, options: PrettyOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 2 : 0 });
  const marks: Mark[] = [];
  for (const q of output.quotes) if (q.start !== undefined && q.end !== undefined) marks.push({ start: q.start, end: q.end, style: c.yellow, priority: 0 });
  const add = (list: { mentions: { start: number; end: number }[] }[], style: (s: string) => string) => {
    for (const e of list) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, style, priority: 1 });
  };
  add(output.people, c.bold.cyan);
  add(output.places, c.green);
  add(output.organizations, c.magenta);

  const lines: string[] = [];
  const title = (s: string) => c.bold.underline(s);
  lines.push(c.dim(`── ${output.id} ──`));
  if (output.structure.section) lines.push(c.dim(output.structure.section.text.toUpperCase()));
  if (output.structure.headline) lines.push(c.bold(output.structure.headline.text));
  lines.push('');
  for (const block of doc.layers.blocks ?? []) {
    if (block.kind === 'section' || block.kind === 'headline') continue;
    const body = highlight(doc.text, block.start, block.end, marks, options.color);
    if (block.kind === 'subheading') lines.push(c.bold(body));
    else if (block.kind === 'caption' || block.kind === 'boilerplate' || block.kind === 'byline' || block.kind === 'dateline') lines.push(c.dim.italic(`[${block.kind}] `) + c.dim(body));
    else lines.push(body);
    lines.push('');
  }
  if (!options.color) lines.push('(people, places, organizations and quotes are highlighted when color is on)', '');

  lines.push(title('Who is quoted'));
  if (!output.speakers.length) lines.push('  nobody');
  for (const s of output.speakers) {
    const role = [s.title, s.affiliation].filter(Boolean).join(', ');
    lines.push(`  ${c.cyan(s.name)}${role ? c.dim(` (${role})`) : ''}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'}, ${s.words} words`);
  }
  const unattributed = output.quotes.filter((q) => !q.speaker).length;
  if (unattributed) lines.push(c.dim(`  ${unattributed} quote${unattributed === 1 ? '' : 's'} with no speaker found`));
  lines.push('', title('Issues'));
  const issues = issuesToShow(output.issues, options.minIssueScore);
  if (!issues.shown.length) lines.push('  none found');
  for (const i of issues.shown) lines.push(`  ${i.label} ${c.dim(`— ${i.topic} (${i.iptc}, ${i.score.toFixed(2)})`)}`);
  if (issues.hidden) lines.push(c.dim(`  … ${issues.hidden} more with lower scores (-f yaml lists them all)`));
  lines.push('', title('People'));
  for (const p of output.people) lines.push(`  ${c.cyan(p.name)}${p.title || p.affiliation ? c.dim(` — ${[p.title, p.affiliation].filter(Boolean).join(', ')}`) : ''} ×${p.mentions.length}`);
  lines.push('', title('Places') + '  ' + output.places.map((p) => c.green(p.name) + (p.country ? c.dim(` ${p.country}`) : '')).join(', '));
  lines.push(title('Organizations') + '  ' + output.organizations.map((o) => c.magenta(o.name)).join(', '));
  const problems = output.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length) {
    lines.push('', title('Diagnostics'));
    for (const d of problems) lines.push(`  ${d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity)} ${d.stage}: ${d.message}`);
  }
  return lines.join('\n') + '\n';
}

/** Apply non-overlapping marks inside [start, end); a name inside a quote keeps the quote's color around it. */
function highlight(text: string, start: number, end: number, marks: Mark[], color: boolean): string {
  if (!color) return text.slice(start, end);
  const inside = marks.filter((m) => m.start >= start && m.end <= end && m.end > m.start);
  const quotes = inside.filter((m) => m.priority === 0).sort((a, b) => a.start - b.start);
  const names = inside.filter((m) => m.priority === 1).sort((a, b) => a.start - b.start);
  const quoteAt = (i: number) => quotes.find((q) => q.start <= i && i < q.end);
  let out = '';
  let at = start;
  const plain = (from: number, to: number) => {
    // Split plain stretches at quote boundaries so quoted words are colored.
    let i = from;
    while (i < to) {
      const q = quoteAt(i);
      const next = q ? Math.min(q.end, to) : Math.min(to, ...quotes.filter((x) => x.start > i).map((x) => x.start), to);
      out += q ? q.style(text.slice(i, next)) : text.slice(i, next);
      i = next;
    }
  };
  for (const n of names) {
    if (n.start < at) continue;
    plain(at, n.start);
    out += n.style(text.slice(n.start, n.end));
    at = n.end;
  }
  plain(at, end);
  return out;
}
