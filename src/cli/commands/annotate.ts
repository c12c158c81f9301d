import { annotate } from '../../annotate.js';
import type { NewsmarkConfig } from '../../config.js';
import { toOutput } from '../../model/output.js';
import { readInputs, type InputItem } from '../../io/inputs.js';
import { writeJsonl, writePretty, writeYaml, FORMATS, type Format } from '../../writers/index.js';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config.js';
import { EXIT, ExitError, write, type CliIO } from '../io.js';

export function registerAnnotate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('annotate', { isDefault: true })
    .description('annotate articles (files, .jsonl archives, or stdin) — the default command')
    .argument('[paths...]', 'article files, .jsonl files, or - for stdin (default: stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json', 'jsonl', 'pretty']).default('yaml'))
    .addOption(new Option('--input-format <format>', 'how to read stdin').choices(['text', 'jsonl']).default('text'))
    .option('--explain', 'say which rule or model made each decision')
    .option('--include-text', 'include the article text in the output')
    .option('--max-bytes <n>', 'skip articles larger than this many bytes', (v) => positiveInt(v, '--max-bytes'))
    .option('-c, --config <file>', 'config file (default: ./newsmark.config.yaml if present)')
    .action(async (paths: string[], opts) => {
      const config = loadConfig(opts.config, io.cwd);
      setExit(await annotateCommand(paths, { ...opts, config }, io));
    });
}

export function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ExitError(`${name} must be a positive whole number, not '${value}'`);
  return n;
}

export interface AnnotateCommandOptions {
  format: string;
  inputFormat?: string;
  explain?: boolean;
  includeText?: boolean;
  maxBytes?: number;
  quiet?: boolean;
  config: NewsmarkConfig;
}

/** Annotate every input and write it as it comes, so output order follows input order and memory stays flat. */
export async function annotateCommand(paths: string[], options: AnnotateCommandOptions, io: CliIO): Promise<number> {
  const format = options.format as Format;
  if (!FORMATS.includes(format)) throw new ExitError(`unknown --format '${options.format}' (use ${FORMATS.join(', ')})`);
  if (options.inputFormat && !['text', 'jsonl'].includes(options.inputFormat)) throw new ExitError(`unknown --input-format '${options.inputFormat}' (use text or jsonl)`);
  const color = format === 'pretty' && !!io.stdout.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');

  let done = 0;
  let failed = 0;
  // JSON is one object for one article and an array for several: hold back the first object until
  // the second arrives (or input ends) to know which, then stream the rest.
  let pendingJson: string | undefined;
  let jsonItems = 0;

  const inputs = readInputs(paths, { inputFormat: options.inputFormat as 'text' | 'jsonl' | undefined, maxBytes: options.maxBytes, stdin: io.stdin });
  for await (const item of inputs) {
    if (!item.ok) {
      failed++;
      await write(io.stderr, `newsmark: ${item.source}: ${item.error}\n`);
      continue;
    }
    for (const warning of item.warnings) await write(io.stderr, `newsmark: ${item.source}: warning: ${warning}\n`);
    const out = annotateItem(item, options);
    done++;
    switch (format) {
      case 'jsonl':
        await write(io.stdout, writeJsonl(out.output));
        break;
      case 'json': {
        const body = JSON.stringify(out.output, null, 2);
        if (jsonItems === 0) pendingJson = body;
        else {
          if (jsonItems === 1) await write(io.stdout, '[\n' + indent(pendingJson!));
          await write(io.stdout, ',\n' + indent(body));
        }
        jsonItems++;
        break;
      }
      case 'yaml':
        await write(io.stdout, (done > 1 ? '---\n' : '') + writeYaml(out.output));
        break;
      case 'pretty':
        await write(io.stdout, (done > 1 ? '\n' : '') + writePretty(out.doc, out.output, { color }));
        break;
    }
  }
  if (format === 'json') {
    if (jsonItems === 1) await write(io.stdout, pendingJson + '\n');
    else if (jsonItems > 1) await write(io.stdout, '\n]\n');
    else if (failed === 0) await write(io.stdout, '[]\n');
  }
  if (done === 0) return EXIT.fatal;
  return failed ? EXIT.partial : EXIT.ok;
}

const indent = (s: string) => s.replace(/^/gm, '  ');

export function annotateItem(item: Extract<InputItem, { ok: true }>, options: Pick<AnnotateCommandOptions, 'config' | 'explain' | 'includeText'>) {
  const doc = annotate(item.text, { id: item.id, config: options.config, explain: options.explain, meta: item.meta });
  const output = toOutput(doc, { explain: options.explain, includeText: options.includeText });
  return { doc, output };
}
