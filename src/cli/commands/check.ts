import { Option, type Command } from 'commander';
import type { CliIO } from '../io.js';

export function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('annotate fixture articles and compare with their X.expected.yaml; exit 1 on any difference')
    .argument('[paths...]', 'articles (.txt, .html, .jsonl) or folders to search (default: fixtures/)')
    .option('--ignore <fields>', 'output fields to leave out, comma-separated or repeated (dotted: keyphrases, quotes.cue, structure.sentences)', (v: string, previous: string[] = []) => [...previous, ...v.split(',').map((f) => f.trim()).filter(Boolean)])
    .option('--overlap [ratio]', 'spans match when they overlap (at least this Jaccard ratio, 0–1; default any overlap)')
    .option('--scores', 'compare scores and confidences too (ignored by default)')
    .option('--update', 'rewrite the expected files to the current output (review the diff)')
    .addOption(new Option('--reporter <reporter>', 'report format').choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('-o, --output <file>', 'write the report there (with junit, json or github, the text report still goes to stdout)')
    .option('-c, --config <file>', 'config file (default: ./newsmark.config.yaml if present)')
    .action(async (paths: string[], opts) => {
      const { checkCommand } = await import('../run/check.js');
      setExit(await checkCommand(paths, opts, io));
    });
}
