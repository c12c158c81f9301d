import { Chalk, type ChalkInstance } from 'chalk';
import type { ArticleDoc } from '../model/document.js';
import { toOutput, type ArticleOutput } from '../model/output.js';

/**
 * Issues scoring below this are left out of the views for people (`summary`, `pretty`): on the
 * fixture articles the first issues score 0.7–1.1 and the tail of side mentions (a "Holidays" or
 * "Schools" issue from one word) falls under 0.1. Machine formats keep every issue.
 */
export const ISSUE_CUTOFF = 0.1;
/** At most this many issues in a view for people, however many pass the cut-off. */
export const MAX_ISSUES = 10;

export interface SummaryOptions {
  /** Use colors (the CLI turns them off for NO_COLOR or when stdout is not a terminal). */
  color: boolean;
  /** Leave out issues scoring below this (default ISSUE_CUTOFF). */
  minIssueScore?: number;
  /** Terminal width for shortening quotes (default 100). */
  width?: number;
}

/** The issues a view for people shows, and how many it leaves out. */
export function issuesToShow(issues: ArticleOutput['issues'], minScore = ISSUE_CUTOFF): { shown: ArticleOutput['issues']; hidden: number } {
  const shown = issues.filter((i) => i.score >= minScore).slice(0, MAX_ISSUES);
  return { shown, hidden: issues.length - shown.length };
}

/**
 * The article at a glance, for a person in a terminal — the default output there: what it is,
 * who is in it (people with title and affiliation), who said what (one line per quote: speaker,
 * cue, the quote shortened), what it is about (issues above a score cut-off), places,
 * organizations, quantities and dates. `-f yaml` or `-f json` hold everything with offsets.
 */
export function writeSummary(doc: ArticleDoc, options: SummaryOptions): string {
  const output = toOutput(doc);
  const c: ChalkInstance = new Chalk({ level: options.color ? 2 : 0 });
  const width = Math.max(60, options.width ?? 100);
  const lines: string[] = [];
  const heading = (title: string, count?: number) => lines.push('', c.bold(count === undefined ? title : `${title} (${count})`));
  const role = (x: { title?: string; affiliation?: string }) => [x.title, x.affiliation].filter(Boolean).join(', ');

  const headline = output.structure.headline?.text ?? output.meta?.title;
  lines.push(c.bold(headline ?? output.id));
  const facts = [output.id, output.meta?.source, output.meta?.byline ? `by ${output.meta.byline.replace(/^by\s+/i, '')}` : undefined, output.meta?.published, output.structure.datelines[0]?.text.replace(/\s*[-—–]+$/, '')];
  lines.push(c.dim(facts.filter(Boolean).join(' · ')));
  if (output.meta?.url) lines.push(c.dim(output.meta.url));

  heading('People', output.people.length);
  if (!output.people.length) lines.push('  none found');
  const people = [...output.people].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
  for (const p of people.slice(0, 15)) lines.push(`  ${c.cyan(p.name)}${role(p) ? c.dim(` — ${role(p)}`) : ''} ${c.dim(`×${p.mentions.length}`)}`);
  if (people.length > 15) lines.push(c.dim(`  … and ${people.length - 15} more`));

  heading('Who said what', output.quotes.length);
  if (!output.quotes.length) lines.push('  no quotes');
  for (const q of output.quotes) {
    const speaker = q.speaker?.name ?? 'no speaker found';
    const cue = q.cue?.text ?? 'no cue';
    const lead = `  ${q.speaker ? c.cyan(speaker) : c.dim(speaker)} ${c.dim(`(${cue}${q.kind === 'full' ? '' : `, ${q.kind === 'indirect' ? 'reported' : 'partial'}`})`)}: `;
    const room = width - visibleLength(lead);
    const words = q.kind === 'indirect' ? shorten(q.content?.text ?? '', room) : `“${shorten(q.text ?? '', room - 2)}”`;
    lines.push(lead + (q.kind === 'indirect' ? c.italic(words) : c.yellow(words)));
  }

  const { shown, hidden } = issuesToShow(output.issues, options.minIssueScore);
  heading('Issues', shown.length);
  if (!shown.length) lines.push('  none found');
  for (const i of shown) lines.push(`  ${i.label} ${c.dim(`— ${i.topic} (${i.iptc}, ${i.score.toFixed(2)})`)}`);
  if (hidden) lines.push(c.dim(`  … ${hidden} more with lower scores (-f yaml lists them all)`));

  const list = (title: string, items: string[]) => {
    heading(title, items.length);
    lines.push(items.length ? wrap(items, width, '  ') : '  none found');
  };
  list('Places', output.places.map((p) => p.name + (p.country ? c.dim(` ${p.country}`) : '')));
  list('Organizations', output.organizations.map((o) => o.name + (o.kind ? c.dim(` (${o.kind})`) : '')));
  if (output.quantities.length) list('Quantities', output.quantities.map((q) => q.text.replace(/\s+/g, ' ')));
  if (output.dates.length) list('Dates', distinct(output.dates.map((d) => d.text.replace(/\s+/g, ' ') + (d.value && d.value !== d.text ? c.dim(` (${d.value})`) : ''))));

  const problems = output.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length) {
    heading('Diagnostics', problems.length);
    for (const d of problems) lines.push(`  ${d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity)} ${d.stage}: ${d.message}`);
  }
  return lines.join('\n') + '\n';
}

/** One line at most `max` characters: cut at a word, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}

const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (s: string) => s.replace(ANSI, '').length;
const distinct = (items: string[]) => [...new Set(items)];

/** Items joined by commas, wrapped at `width`. */
function wrap(items: string[], width: number, indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const [k, item] of items.entries()) {
    const piece = item + (k < items.length - 1 ? ',' : '');
    if (visibleLength(line) > indent.length && visibleLength(line) + 1 + visibleLength(piece) > width) {
      lines.push(line);
      line = indent;
    }
    line += (visibleLength(line) > indent.length ? ' ' : '') + piece;
  }
  lines.push(line);
  return lines.join('\n');
}
