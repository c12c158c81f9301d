import { Option, type Command } from 'commander';
import { CONLL_SCHEMES } from '../../eval/conll.js';
import { TASKS } from '../../eval/gold.js';
import { HALVES } from '../../eval/halves.js';
import type { CliIO } from '../io.js';
import { positiveInt } from '../options.js';

export function registerEval(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('annotate the texts of an annotated (gold) file and score the result')
    .argument('<gold>', 'gold file: JSONL as in shared/eval, or (ner) a CoNLL column file')
    .addOption(new Option('-t, --task <task>', 'what to score').choices([...TASKS]).makeOptionMandatory())
    .addOption(new Option('-f, --format <format>', 'how to print the scores').choices(['text', 'json']).default('text'))
    .addOption(new Option('--gold-format <format>', 'read the gold as (default: told by its first character)').choices(['jsonl', 'conll']))
    .addOption(new Option('--scheme <scheme>', 'CoNLL tag scheme (default: detected)').choices([...CONLL_SCHEMES]))
    .addOption(new Option('--half <half>', 'score only one fixed half of the documents, split by a hash of their ids (docs/EVALUATION.md)').choices([...HALVES]))
    .option('--limit <n>', 'score only the first n documents', (v) => positiveInt(v, '--limit'))
    .option('--errors <file>', 'write every false positive and miss with its context (.jsonl: one JSON object a line; otherwise text)')
    .option('--worst <n>', 'how many of the lowest-scoring documents to list', (v) => positiveInt(v, '--worst'), 5)
    .option('--taxonomy <file>', 'IPTC Media Topics file for --task topics (default: the shipped one, else shared/eval)')
    .option('--predictions <file>', 'score this JSONL of newsmark outputs instead of annotating')
    .option('--save-predictions <file>', 'write the outputs scored as JSONL')
    .option('-c, --config <file>', 'config file (default: ./newsmark.config.yaml if present)')
    .action(async (gold: string, opts) => {
      const { evalCommand } = await import('../run/eval.js');
      setExit(await evalCommand(gold, opts, io));
    });
}
