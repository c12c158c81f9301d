import { Option, type Command } from 'commander';
import type { CliIO } from '../io.js';
import { positiveInt } from '../options.js';

export function registerReport(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('totals over newsmark outputs (.jsonl, .json, .yaml, --out-dir folders, or stdin): who is quoted, by gender; most mentioned; issues; over time')
    .argument('[paths...]', 'newsmark outputs: .jsonl(.gz), .json, .yaml files, folders written by --out-dir, or - for stdin (default: stdin)')
    .addOption(new Option('-f, --format <format>', 'text summary, one CSV table, JSON, or an HTML page (default: told by --output, else text)').choices(['text', 'csv', 'json', 'html']))
    .addOption(new Option('--table <table>', 'the table --format csv writes').choices(['speakers', 'people', 'places', 'organizations', 'issues', 'topics', 'timeline', 'groups']).default('speakers'))
    .option('-o, --output <file>', 'write the report to FILE (report.html: a page with charts and sortable tables)')
    .option('--by <field>', 'also break the totals down by this field of each output (dotted: source, meta.source)')
    .option('--date-field <path>', 'where each output carries its date (default: meta.published, then meta.date, published, date)')
    .addOption(new Option('--interval <interval>', 'the timeline’s period').choices(['day', 'week', 'month', 'year']).default('month'))
    .option('--top <n>', 'rows per table (default: 15 in the text summary, 100 on the page, all kept in CSV and JSON)', (v) => positiveInt(v, '--top'))
    .option('-q, --quiet', 'no progress bar on stderr')
    .action(async (paths: string[], opts) => {
      const { reportCommand } = await import('../run/report.js');
      setExit(await reportCommand(paths, opts, io));
    });
}
