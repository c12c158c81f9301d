import { Chalk } from 'chalk';
import type { CheckCase } from './check.js';

/** A report per article for a person: ✓ or ✗ and each difference in words; colored when `color`. */
export function formatCheckReport(cases: CheckCase[], options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const k of cases) {
    switch (k.status) {
      case 'match':
        lines.push(`${c.green('✓')} ${k.name}`);
        break;
      case 'updated':
        lines.push(`${c.cyan('↻')} ${k.name} ${c.dim(`${k.created ? 'created' : 'updated'} ${k.expected}${k.differences.length ? ` (${plural(k.differences.length, 'difference')})` : ''}`)}`);
        break;
      case 'error':
        lines.push(`${c.yellow('!')} ${k.name}: ${c.yellow(k.error ?? 'error')}`);
        break;
      case 'differ':
        lines.push(`${c.red('✗')} ${k.name} ${c.dim(`— ${plural(k.differences.length, 'difference')} from ${k.expected}`)}`);
        for (const d of k.differences) lines.push(`    ${c.red(d.message)}`);
        break;
    }
  }
  lines.push('', summary(cases, c));
  return lines.join('\n') + '\n';
}

function summary(cases: CheckCase[], c: InstanceType<typeof Chalk>): string {
  const count = (s: CheckCase['status']) => cases.filter((k) => k.status === s).length;
  const parts: string[] = [];
  if (count('match')) parts.push(c.green(`${count('match')} match`));
  if (count('differ')) parts.push(c.red(`${count('differ')} differ`));
  if (count('updated')) parts.push(c.cyan(`${count('updated')} updated`));
  if (count('error')) parts.push(c.yellow(`${plural(count('error'), 'error')}`));
  return `${plural(cases.length, 'article')}: ${parts.join(', ')}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** GitHub Actions workflow-command escaping: a message's `%`, CR and LF; a property's `:` and `,` too. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations (workflow commands on stdout): one `::error` per difference, at its line
 * in the article when it has one (`file=…,line=…,col=…`), one per article that could not be checked;
 * then the text report, so the step log reads as usual.
 */
export function toGithub(cases: CheckCase[]): string {
  const lines: string[] = [];
  for (const k of cases) {
    if (k.status === 'error') lines.push(`::error file=${ghProperty(k.input)},title=${ghProperty(`newsmark check: ${k.name}`)}::${ghData(k.error ?? 'error')}`);
    if (k.status !== 'differ') continue;
    for (const d of k.differences) {
      const place = [`file=${ghProperty(k.input)}`, ...(d.line ? [`line=${d.line}`] : []), ...(d.column ? [`col=${d.column}`] : [])];
      lines.push(`::error ${place.join(',')},title=${ghProperty(`newsmark check: ${d.field}`)}::${ghData(`${d.message} (expected file: ${k.expected})`)}`);
    }
  }
  return (lines.length ? lines.join('\n') + '\n' : '') + formatCheckReport(cases, { color: false });
}
