import { Option, type Command } from 'commander';
import os from 'node:os';
import { loadConfig } from '../../config.js';
import { DEFAULT_MAX_BYTES } from '../../io/read-input.js';
import { FORMATS, MACHINE_FORMATS } from '../../writers/formats.js';
import type { CliIO } from '../io.js';
import { positiveInt } from '../options.js';

export function registerAnnotate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('annotate', { isDefault: true })
    .description('annotate articles (files, folders, globs, .jsonl/.jsonl.gz archives, .html pages, or stdin) — the default command')
    .argument('[paths...]', 'article files, folders, quoted globs, .jsonl(.gz) archives, .html pages, or - for stdin (default: stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (default: summary on a terminal, yaml when piped or with --out-dir)').choices(FORMATS))
    .option('--only <fields>', `keep only these output fields in ${MACHINE_FORMATS.join('/')}, comma-separated (e.g. quotes,speakers); id and schema stay`)
    .option('--date <YYYY-MM-DD>', 'resolve relative dates ("Wednesday", "last week") against this date when an article has no published date or dated dateline')
    .addOption(new Option('--input-format <format>', 'how to read stdin').choices(['text', 'jsonl']).default('text'))
    .option('--explain', 'say which rule or model made each decision')
    .option('--include-text', 'include the article text in the output')
    .addOption(new Option('--max-bytes <n>', 'skip articles larger than this many bytes').argParser((v) => positiveInt(v, '--max-bytes')).default(DEFAULT_MAX_BYTES, `${DEFAULT_MAX_BYTES / 1024 / 1024} MiB`))
    .option('-c, --config <file>', 'config file (default: ./newsmark.config.yaml if present)')
    .option('-o, --out-dir <dir>', 'write one file per article under DIR, mirroring input names: a/b.txt → DIR/a/b.yaml (default: everything to stdout)')
    .option('--resume [file]', 'skip articles already done: outputs present in --out-dir, or ids in FILE (a JSONL output)')
    .option('-j, --jobs <n>', `worker threads (default: the number of cores, ${os.availableParallelism()} here)`, (v) => positiveInt(v, '--jobs'))
    .option('--timeout <ms>', 'give up on an article after this many milliseconds, in batch runs (default: no limit)', (v) => positiveInt(v, '--timeout'))
    .option('--errors <file>', 'also write every failure to FILE, one JSON object a line (default: stderr only)')
    .option('--shard <k/n>', 'annotate only shard K of N, by a stable hash of the id, K from 1 to N (default: all)')
    .option('-q, --quiet', 'no progress bar, summary or warnings on stderr (failures are still reported)')
    .option('--summary', 'print the end-of-run summary on stderr even when it is not a terminal or for one article')
    .action(async (paths: string[], opts) => {
      const config = loadConfig(opts.config, io.cwd);
      // The implementation (and the batch machinery behind it) loads only when the command runs.
      const { annotateCommand } = await import('../run/annotate.js');
      setExit(await annotateCommand(paths, { ...opts, config }, io));
    });
}
