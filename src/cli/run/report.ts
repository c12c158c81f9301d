// What `newsmark report` does (commands/report.ts holds its options).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../batch/atomic-write.js';
import { Aggregator, buildReport } from '../../report/aggregate.js';
import { writeReportCsv, type CsvTable } from '../../report/csv.js';
import { writeReportHtml } from '../../report/html.js';
import type { Interval } from '../../report/periods.js';
import { createReportProgress } from '../../report/progress.js';
import { readOutputs } from '../../report/read.js';
import { writeReportText } from '../../report/text.js';
import { asReportInput, notNewsmarkOutput } from '../../report/validate.js';
import { EXIT, ExitError } from '../../errors.js';
import { write } from '../../io/write.js';
import type { CliIO } from '../io.js';

export interface ReportCommandOptions {
  format?: 'text' | 'csv' | 'json' | 'html';
  table?: CsvTable;
  output?: string;
  by?: string;
  dateField?: string;
  interval?: Interval;
  top?: number;
  quiet?: boolean;
}

/** Bad inputs named on stderr one by one, up to this many; the rest are counted. */
const NAMED_BAD = 20;

function formatFor(options: ReportCommandOptions): NonNullable<ReportCommandOptions['format']> {
  if (options.format) return options.format;
  const ext = options.output ? path.extname(options.output).toLowerCase() : '';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  return 'text';
}

async function topicRoots(): Promise<((iptc: string) => { id: string; label: string }) | undefined> {
  try {
    const { topicTree } = await import('../../topics/taxonomy.js');
    const tree = topicTree();
    return (iptc) => {
      const root = tree.root(iptc);
      const node = tree.nodes.get(root);
      return node ? { id: root, label: node.label } : { id: iptc, label: iptc };
    };
  } catch {
    return undefined; // no taxonomy file: each code stands for itself
  }
}

export async function reportCommand(paths: string[], options: ReportCommandOptions, io: CliIO): Promise<number> {
  const format = formatFor(options);
  if (options.table && options.table !== 'speakers' && format !== 'csv') throw new ExitError(`--table is for --format csv (the ${format} report has every table)`);
  if (options.table === 'groups' && !options.by) throw new ExitError('--table groups needs --by FIELD');
  const aggregator = new Aggregator({ dateField: options.dateField, interval: options.interval ?? 'month', by: options.by, topicRoot: await topicRoots() });
  const bad: { count: number; examples: { where: string; reason: string }[] } = { count: 0, examples: [] };
  const progress = await createReportProgress(io.stderr, !options.quiet, paths, io.cwd);
  const fail = async (where: string, reason: string) => {
    bad.count++;
    if (bad.examples.length < NAMED_BAD) {
      bad.examples.push({ where, reason });
      progress.log(`newsmark: report: ${where}: ${reason}\n`);
    }
  };
  try {
    for await (const rec of readOutputs(paths, { cwd: io.cwd, stdin: io.stdin, onBytes: progress.bytes })) {
      if (!rec.ok) await fail(rec.where, rec.reason);
      else {
        const why = notNewsmarkOutput(rec.value);
        if (why) await fail(rec.where, why);
        else aggregator.add(asReportInput(rec.value as Record<string, unknown>));
      }
      progress.update(aggregator.articles, bad.count);
    }
  } finally {
    progress.stop();
  }
  if (bad.count > NAMED_BAD) await write(io.stderr, `newsmark: report: … and ${(bad.count - NAMED_BAD).toLocaleString('en-US')} more inputs that are not newsmark output (${bad.count.toLocaleString('en-US')} in all)\n`);
  const from = paths.length ? paths.join(', ') : 'stdin';
  if (aggregator.articles === 0) {
    await write(io.stderr, bad.count ? `newsmark: report: no newsmark output in ${from}: nothing to report\n` : `newsmark: report: empty input (${from}): no articles to report on\n`);
    return EXIT.fatal;
  }

  // CSV and JSON hold --top rows (all that were kept by default); text and HTML pick theirs per table.
  const report = buildReport(aggregator, { top: format === 'csv' || format === 'json' ? options.top : undefined, byField: options.by, bad });
  let body: string;
  switch (format) {
    case 'text':
      body = writeReportText(report, options.top ?? 15);
      break;
    case 'csv':
      body = writeReportCsv(report, options.table ?? 'speakers');
      break;
    case 'json':
      body = JSON.stringify(report, null, 2) + '\n';
      break;
    case 'html':
      body = writeReportHtml(report, { inputs: paths.length ? paths : ['stdin'], top: options.top ?? 100 });
      break;
  }
  if (options.output) {
    const target = path.resolve(io.cwd, options.output);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, body);
    } catch (error) {
      throw new ExitError(`--output ${options.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (io.stderr.isTTY && !options.quiet) await write(io.stderr, `newsmark: report of ${aggregator.articles.toLocaleString('en-US')} articles written to ${options.output}\n`);
  } else await write(io.stdout, body);
  return bad.count ? EXIT.partial : EXIT.ok;
}
