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
