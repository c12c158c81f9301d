// What `newsmark eval` does. Loaded only when that command runs (commands/eval.ts holds its options), so
// a cold start loads only the modules the command it runs needs.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import type { ConllScheme } from '../../eval/conll.js';
import { GoldError, type GoldFormat, type Task } from '../../eval/gold.js';
import { formatErrors, formatScore } from '../../eval/report.js';
import { worstDocuments } from '../../eval/result.js';
import type { Half } from '../../eval/halves.js';
import { evaluate } from '../../eval/run.js';
import { TaxonomyError } from '../../eval/taxonomy.js';
import { EXIT, ExitError } from '../../errors.js';
import { write } from '../../io/write.js';
import type { CliIO } from '../io.js';
import { canDrawStatus, StatusLine } from '../../io/terminal.js';
import { formatSeconds } from '../../batch/progress.js';

export interface EvalCommandOptions {
  task: Task;
  format: 'text' | 'json';
  goldFormat?: GoldFormat;
  scheme?: ConllScheme;
  limit?: number;
  half?: Half;
  errors?: string;
  worst: number;
  taxonomy?: string;
  predictions?: string;
  savePredictions?: string;
  config?: string;
}

export async function evalCommand(gold: string, opts: EvalCommandOptions, io: CliIO): Promise<number> {
  const resolve = (p: string | undefined) => (p === undefined ? undefined : path.resolve(io.cwd, p));
  const config = loadConfig(opts.config, io.cwd);
  // A status line while documents are annotated (nothing else is written meanwhile); erased after.
  let progress = { done: 0, total: 0 };
  const started = Date.now();
  const left = () => (progress.done ? `, ${formatSeconds(((Date.now() - started) / 1000 / progress.done) * (progress.total - progress.done))} left` : '');
  const bar = canDrawStatus(io.stderr, io.env) && !opts.predictions ? new StatusLine(io.stderr, () => `annotating ${progress.done}/${progress.total} documents${left()}`) : undefined;
  let evaluation;
  try {
    evaluation = evaluate({
      task: opts.task,
      gold: resolve(gold)!,
      goldFormat: opts.goldFormat,
      scheme: opts.scheme,
      limit: opts.limit,
      half: opts.half,
      config,
      predictions: resolve(opts.predictions),
      taxonomy: resolve(opts.taxonomy),
      onProgress: bar
        ? (done, total) => {
            progress = { done, total };
            if (done === 0) bar.start();
            else bar.refresh();
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
