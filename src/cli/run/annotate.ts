// What `newsmark annotate` does. Loaded only when that command runs (commands/annotate.ts holds its options), so
// a cold start loads only the modules the command it runs needs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewsmarkConfig } from '../../config.js';
import { parseFields, type OutputField } from '../../model/output.js';
import { parseDay } from '../../annotators/dates.js';
import { readInputs, type InputItem } from '../../io/inputs.js';
import { FORMAT_INFO, FORMATS, MACHINE_FORMATS, isFormat, type Format } from '../../writers/formats.js';
import { WRITERS } from '../../writers/registry.js';
import { Framing, frameOne } from '../../writers/writer.js';
import { EXIT, ExitError } from '../../errors.js';
import { write } from '../../io/write.js';
import type { CliIO } from '../io.js';
import { inProcessExecutor, poolExecutor, TimeoutError, type Executor } from '../../batch/executor.js';
import { orderedMap } from '../../batch/ordered.js';
import { ErrorLog } from '../../batch/error-log.js';
import { inShard, parseShard, type Shard } from '../../batch/shard.js';
import { idsInJsonl, resumeFileProblem } from '../../batch/resume.js';
import { removeStaleTempFiles, writeFileAtomic } from '../../batch/atomic-write.js';
import { createProgress, summaryLine, type RunStats } from '../../batch/progress.js';
import type { RenderedArticle, RenderOptions } from '../../batch/render.js';
import { pipelineFor } from '../../annotate.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { isBatchInput } from '../../io/expand-paths.js';
import { canDrawStatus, Messages, sameTerminal } from '../../io/terminal.js';
import { USAGE } from '../usage.js';

export interface AnnotateCommandOptions {
  /** Default: `summary` when stdout is a terminal (and no --out-dir), `yaml` otherwise. */
  format?: string;
  /** `--only`: comma-separated output fields for yaml, json and jsonl. */
  only?: string;
  /** `--date YYYY-MM-DD`: the reference date for relative dates when an article gives none. */
  date?: string;
  inputFormat?: string;
  explain?: boolean;
  includeText?: boolean;
  maxBytes?: number;
  quiet?: boolean;
  config: NewsmarkConfig;
  outDir?: string;
  resume?: boolean | string;
  jobs?: number;
  timeout?: number;
  errors?: string;
  shard?: string;
  summary?: boolean;
  /** Not an option: the worker module the pool runs (default: newsmark's own); tests pass a test-only one. */
  workerFile?: string;
}

type Outcome = { item: InputItem; rendered?: RenderedArticle; error?: string };
type Article = Extract<InputItem, { ok: true }>;

/**
 * Annotate every input and write it in input order, with bounded work in flight so memory stays flat.
 * One article runs in this process (fast start); several run on a worker pool of --jobs threads.
 * In four steps: check the options, select the inputs (shard, resume, --out-dir targets), start
 * the executor, then annotate and write through the format's writer.
 */
export async function annotateCommand(paths: string[], options: AnnotateCommandOptions, io: CliIO): Promise<number> {
  const run = await checkOptions(paths, options, io);
  if (!run) {
    // Bare `newsmark` in a terminal would wait, silently, for an article typed on the keyboard.
    await write(io.stderr, USAGE);
    return EXIT.fatal;
  }
  ({ paths, options } = run);
  const { format, only, shard } = run;
  const batch = isBatchInput(paths, options.inputFormat, io.cwd);
  const color = FORMAT_INFO[format].color && !options.outDir && !!io.stdout.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  const outDir = options.outDir ? path.resolve(io.cwd, options.outDir) : undefined;
  const targets = outDir ? new OutputTargets(outDir, FORMAT_INFO[format].extension, io.cwd) : undefined;
  if (outDir && options.resume) await removeStaleTempFiles(outDir);

  // The progress bar only for a batch, on a terminal, and never between lines of output on that same
  // screen (stdout redirected, or written to --out-dir). Messages go above it, each on its own line.
  const sharedScreen = !outDir && sameTerminal(io.stdout, io.stderr);
  const messages = new Messages(io.stderr, sharedScreen);
  const errors = openErrorLog(io, options.errors, messages);
  const stats: RunStats = { articles: 0, words: 0, failed: 0, skipped: 0, jobs: 1, startedAt: Date.now() };
  const showProgress = batch && !options.quiet && canDrawStatus(io.stderr, io.env) && !sharedScreen;
  const progress = await createProgress(io.stderr, showProgress, paths.length ? paths : ['-'], io.cwd);
  messages.setStatus(progress.status);
  if (!options.quiet && paths.length === 1 && paths[0] === '-' && io.stdin.isTTY && io.stderr.isTTY) await messages.say('newsmark: reading from the terminal; end the text with Ctrl-D');

  // Built before any input is read: a model or lexicon that cannot be used is one ConfigError line
  // (exit 2), not a diagnostic on every article. (The pool's workers build their own, from the config.)
  const pipeline = pipelineFor(options.config);
  const inputs = await selectInputs(paths, options, io, { shard, targets }, stats);
  const renderOptions = { format, explain: options.explain, includeText: options.includeText, color, only, referenceDate: options.date };
  const { executor, items } = await startExecutor(inputs, options, renderOptions, pipeline);
  stats.jobs = executor.jobs;
  const work = async (item: InputItem): Promise<Outcome> => {
    if (!item.ok) return { item };
    try {
      return { item, rendered: await executor.run({ id: item.id, text: item.text, meta: item.meta }) };
    } catch (error) {
      return { item, error: error instanceof TimeoutError ? error.message : `annotation failed (${(error as Error).message.split('\n')[0]})` };
    }
  };

  // The format's writer frames the articles on stdout (JSON: one object for one article, an array for
  // several; YAML: `---` between documents; HTML: one page, with contents for several); with
  // --out-dir each article's file is that article framed alone.
  const writer = WRITERS[format].writer;
  const framing = new Framing(writer());
  const out = (chunk: string) => {
    messages.wroteOutput(chunk);
    return chunk ? write(io.stdout, chunk) : undefined;
  };
  const emit = async (item: Article, body: string) => {
    if (targets) return writeFileAtomic(targets.of(item), frameOne(writer(), body));
    await out(framing.add(body));
  };

  try {
    for await (const outcome of orderedMap(items, executor.jobs * 4, work)) {
      const { item } = outcome;
      if (!item.ok || outcome.error) {
        stats.failed++;
        await errors.report({ source: item.source, id: item.id, error: item.ok ? outcome.error! : item.error });
      } else {
        if (!options.quiet) for (const warning of item.warnings) await messages.say(`newsmark: ${item.source}: warning: ${warning}`);
        stats.articles++;
        stats.words += outcome.rendered!.words;
        await emit(item, outcome.rendered!.body);
      }
      progress.update(stats);
    }
  } finally {
    progress.stop();
    await executor.close();
    await errors.close();
  }
  // A run that wrote no article because every input failed writes nothing (not even JSON's `[]`).
  if (!outDir && (framing.count > 0 || stats.failed === 0)) await out(framing.end());
  // The summary only for a batch: for one article the output (or its one error line) says it all.
  // (Nor when a batch came to one failure and nothing else, such as an empty folder: its line says it.)
  const onlyOneFailure = stats.articles + stats.skipped === 0 && stats.failed <= 1;
  if (options.summary || (!options.quiet && io.stderr.isTTY && batch && !onlyOneFailure)) await messages.say(summaryLine(stats));
  return exitCode(stats);
}

/**
 * Usage errors before anything is read (each an ExitError, exit 2), and the options as the run takes
 * them. Undefined when there is nothing to read but a terminal (bare `newsmark`): print the usage.
 */
async function checkOptions(paths: string[], options: AnnotateCommandOptions, io: CliIO): Promise<{ paths: string[]; options: AnnotateCommandOptions; format: Format; only?: OutputField[]; shard?: Shard } | undefined> {
  // A person at a terminal reads the summary; a pipe or a file gets YAML, as before.
  const format = options.format ?? (io.stdout.isTTY && !options.outDir ? 'summary' : 'yaml');
  if (!isFormat(format)) throw new ExitError(`unknown --format '${options.format}' (use ${FORMATS.join(', ')})`);
  const only = options.only === undefined ? undefined : onlyFields(options.only, format);
  if (options.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.date) && parseDay(options.date))) throw new ExitError(`--date must be a date as YYYY-MM-DD, not '${options.date}'`);
  if (options.inputFormat && !['text', 'jsonl'].includes(options.inputFormat)) throw new ExitError(`unknown --input-format '${options.inputFormat}' (use text or jsonl)`);
  if (options.outDir && typeof options.resume === 'string') {
    // `-o out --resume archive/`: with --out-dir, --resume takes no FILE, so that word is an input.
    paths = [options.resume, ...paths];
    options = { ...options, resume: true };
  }
  if (options.resume === true && !options.outDir) throw new ExitError('--resume needs --out-dir, or a FILE of earlier JSONL output (--resume out.jsonl)');
  if (typeof options.resume === 'string') {
    // `newsmark -f jsonl --resume archive.jsonl`: the output file forgotten, the archive taken for it.
    const problem = await resumeFileProblem(path.resolve(io.cwd, options.resume));
    if (problem) throw new ExitError(`--resume ${options.resume}: ${problem}; --resume takes the earlier output, then the inputs: newsmark -f jsonl --resume out.jsonl ${options.resume} >> out.jsonl`);
  }
  if (!paths.length && io.stdin.isTTY) return undefined;
  const shard = options.shard ? parseShard(options.shard) : undefined;
  return { paths, options, format, only, shard };
}

/**
 * --out-dir's files: each article's name with the format's extension. Two inputs that map to one
 * file (a repeated id in an archive, a.txt and a.html) would silently overwrite each other: the
 * second is reported instead (docs/SCALE.md).
 */
class OutputTargets {
  private readonly written = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly extension: string,
    private readonly cwd: string,
  ) {}

  of(item: InputItem): string {
    return path.join(this.dir, (item.name ?? 'stdin') + this.extension);
  }

  /** The item, or a failure when an earlier input already has its file. */
  claim(item: InputItem): InputItem {
    if (!item.ok) return item;
    const target = this.of(item);
    const first = this.written.get(target);
    if (first === undefined) {
      this.written.set(target, item.source);
      return item;
    }
    const sameArchive = first.replace(/:\d+$/, '') === item.source.replace(/:\d+$/, '') && /:\d+$/.test(first);
    const error = sameArchive ? `duplicate id '${item.id}' (first at ${first}); not written over its output` : `same output file as ${first} (${path.relative(this.cwd, target)}); not written over it`;
    return { ok: false, id: item.id, source: item.source, error };
  }
}

/** The inputs to annotate: --shard and --resume filter before annotation (a skipped article costs a read, not a parse). */
async function selectInputs(paths: string[], options: AnnotateCommandOptions, io: CliIO, { shard, targets }: { shard?: Shard; targets?: OutputTargets }, stats: RunStats): Promise<AsyncGenerator<InputItem>> {
  const doneIds = typeof options.resume === 'string' ? await idsInJsonl(path.resolve(io.cwd, options.resume)) : undefined;
  const done = (item: Article) => (doneIds ? doneIds.has(item.id) : fs.existsSync(targets!.of(item)));
  return (async function* selected() {
    const inputs = readInputs(paths, { inputFormat: options.inputFormat as 'text' | 'jsonl' | undefined, maxBytes: options.maxBytes, stdin: io.stdin, cwd: io.cwd });
    for await (const input of inputs) {
      const item = targets ? targets.claim(input) : input;
      if ((shard && !inShard(item.id, shard)) || (item.ok && options.resume && done(item))) {
        stats.skipped++;
        continue;
      }
      yield item;
    }
  })();
}

/** Look ahead one item: a single article never starts a pool (the journalist's latency path). */
async function startExecutor(inputs: AsyncGenerator<InputItem>, options: AnnotateCommandOptions, renderOptions: RenderOptions, pipeline: Pipeline): Promise<{ executor: Executor; items: AsyncGenerator<InputItem> }> {
  const first = await inputs.next();
  const second = first.done ? first : await inputs.next();
  const several = !second.done;
  const jobs = options.jobs ?? os.availableParallelism();
  const executor = several && jobs > 1 ? await poolExecutor(jobs, renderOptions, options.config, options.timeout, options.workerFile) : inProcessExecutor(renderOptions, pipeline);
  async function* items(): AsyncGenerator<InputItem> {
    if (!first.done) yield first.value;
    if (!second.done) yield second.value;
    yield* inputs;
  }
  return { executor, items: items() };
}

/**
 * 0 when every article wanted is there (annotated now, or done before: --resume, or another --shard's);
 * 1 when some failed; 2 when they all failed and nothing was done, now or before. So a --resume run
 * over a finished archive with one broken line exits 1, as the first run did. An empty JSONL stream on
 * stdin is 0 (nothing asked, nothing failed); every other input yields an article or a failure.
 */
export function exitCode(stats: Pick<RunStats, 'articles' | 'failed' | 'skipped'>): number {
  if (!stats.failed) return EXIT.ok;
  return stats.articles + stats.skipped > 0 ? EXIT.partial : EXIT.fatal;
}

function onlyFields(value: string, format: Format): OutputField[] {
  if (!MACHINE_FORMATS.includes(format)) throw new ExitError(`--only works with -f ${MACHINE_FORMATS.join(', ')}, not ${format}`);
  try {
    return parseFields(value);
  } catch (error) {
    throw new ExitError((error as Error).message);
  }
}

function openErrorLog(io: CliIO, file: string | undefined, messages: Messages): ErrorLog {
  const say = (line: string) => messages.say(line);
  if (!file) return new ErrorLog(say);
  const full = path.resolve(io.cwd, file);
  try {
    fs.writeFileSync(full, '');
  } catch (error) {
    throw new ExitError(`--errors ${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return new ErrorLog(say, full);
}
