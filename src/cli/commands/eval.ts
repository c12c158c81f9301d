import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config.js';
import { CONLL_SCHEMES, type ConllScheme } from '../../eval/conll.js';
import { GoldError, TASKS, type GoldFormat, type Task } from '../../eval/gold.js';
import { formatErrors, formatScore } from '../../eval/report.js';
import { worstDocuments } from '../../eval/result.js';
import { evaluate } from '../../eval/run.js';
import { TaxonomyError } from '../../eval/taxonomy.js';
import { EXIT, ExitError, write, type CliIO } from '../io.js';
import { positiveInt } from './annotate.js';

export function registerEval(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('annotate the texts of an annotated (gold) file and score the result')
    .argument('<gold>', 'gold file: JSONL as in shared/eval, or (ner) a CoNLL column file')
    .addOption(new Option('-t, --task <task>', 'what to score').choices([...TASKS]).makeOptionMandatory())
    .addOption(new Option('-f, --format <format>', 'how to print the scores').choices(['text', 'json']).default('text'))
    .addOption(new Option('--gold-format <format>', 'read the gold as (default: told by its first character)').choices(['jsonl', 'conll']))
    .addOption(new Option('--scheme <scheme>', 'CoNLL tag scheme (default: detected)').choices([...CONLL_SCHEMES]))
    .option('--limit <n>', 'score only the first n documents', (v) => positiveInt(v, '--limit'))
    .option('--errors <file>', 'write every false positive and miss with its context (.jsonl: one JSON object a line; otherwise text)')
    .option('--worst <n>', 'how many of the lowest-scoring documents to list', (v) => positiveInt(v, '--worst'), 5)
    .option('--taxonomy <file>', 'IPTC Media Topics file for --task topics (default: the shipped one, else shared/eval)')
    .option('--predictions <file>', 'score this JSONL of newsmark outputs instead of annotating')
    .option('--save-predictions <file>', 'write the outputs scored as JSONL')
    .option('-c, --config <file>', 'config file (default: ./newsmark.config.yaml if present)')
    .action(async (gold: string, opts) => {
      setExit(await evalCommand(gold, opts, io));
    });
}

export interface EvalCommandOptions {
  task: Task;
  format: 'text' | 'json';
  goldFormat?: GoldFormat;
  scheme?: ConllScheme;
  limit?: number;
  errors?: string;
  worst: number;
  taxonomy?: string;
  predictions?: string;
  savePredictions?: string;
  config?: string;
}

export async function evalCommand(gold: string, opts: EvalCommandOptions, io: CliIO): Promise<number> {
  const resolve = (p: string | undefined) => (p === undefined ? undefined : path.resolve(io.cwd, p));
  const config = loadConfig(resolve(opts.config), io.cwd);
  const bar = io.stderr.isTTY && !opts.predictions ? progressBar(io.stderr) : undefined;
  let evaluation;
  try {
    evaluation = evaluate({
      task: opts.task,
      gold: resolve(gold)!,
      goldFormat: opts.goldFormat,
      scheme: opts.scheme,
      limit: opts.limit,
      config,
      predictions: resolve(opts.predictions),
      taxonomy: resolve(opts.taxonomy),
      onProgress: bar
        ? (done, total) => {
            if (done === 0) bar.start(total, 0);
            else bar.update(done);
          }
        : undefined,
    });
  } catch (error) {
    if (error instanceof GoldError || error instanceof TaxonomyError) {
      // Name files as the user wrote them, not as resolved against the working directory.
      let message = error.message;
      for (const given of [gold, opts.predictions, opts.taxonomy]) if (given) message = message.split(resolve(given)!).join(given);
      throw new ExitError(message);
    }
    throw error;
  } finally {
    bar?.stop();
  }
  const { score, predictions, missing } = evaluation;
  if (!score.documents) throw new ExitError(`${gold}: no documents to score`);
  if (missing) await write(io.stderr, `newsmark: note: ${missing} of ${score.documents} gold documents have no prediction (scored as empty)\n`);
  if (opts.savePredictions) fs.writeFileSync(resolve(opts.savePredictions)!, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (opts.errors) {
    const file = resolve(opts.errors)!;
    fs.writeFileSync(file, formatErrors(score.errors, /\.jsonl?$/i.test(file) ? 'jsonl' : 'text'));
  }
  if (opts.format === 'json') {
    const { perDocument: _perDocument, errors, headline: _headline, detail, ...overall } = score;
    const body = { gold, ...overall, ...detail, worst: worstDocuments(score, opts.worst), errorCount: errors.length };
    await write(io.stdout, JSON.stringify(body, null, 2) + '\n');
  } else {
    await write(io.stdout, formatScore(score, { worst: opts.worst, gold }));
  }
  return EXIT.ok;
}

function progressBar(stream: NodeJS.WritableStream): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { stream: stream as NodeJS.WriteStream, format: 'annotating {bar} {value}/{total} documents, {eta_formatted} left', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}
