import { Command, CommanderError, type Help, type Option } from 'commander';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { registerAnnotate } from './commands/annotate.js';
import { registerCheck } from './commands/check.js';
import { registerEval } from './commands/eval.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { EXIT, ExitError } from '../errors.js';
import { processIO, type CliIO } from './io.js';
import { write } from '../io/write.js';
import { InputError } from '../io/read-input.js';
import { VALUE_OPTIONS } from './argv.js';
import { nearest } from '../suggest.js';

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/**
 * The command line: parses arguments, calls the library, writes, and returns an exit code.
 * 0 success; 1 some inputs failed (or `check` found differences); 2 usage error or nothing processed.
 */
export async function main(argv: string[] = process.argv.slice(2), io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('newsmark')
    .description('Annotate English news articles: people, places, organizations, quotes and speakers, issues, structure, dates.')
    .usage('[annotate options] [paths...]  |  newsmark <command> [options]')
    .version(version)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showSuggestionAfterError();

  // Each command registers itself; `setExit` records the code the run ends with.
  const setExit = (code: number) => {
    exitCode = code;
  };
  registerAnnotate(program, io, setExit);
  registerEval(program, io, setExit);
  registerCheck(program, io, setExit);
  registerReport(program, io, setExit);
  registerServe(program, io, setExit);

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      // zod is loaded only for this command: annotating never needs it.
      const { outputJsonSchema } = await import('../model/schema.js');
      await write(io.stdout, JSON.stringify(outputJsonSchema(), null, 2) + '\n');
    });

  const annotate = program.commands.find((c) => c.name() === 'annotate');
  if (annotate) program.addHelpText('after', () => commonOptions(annotate, io.stdout.columns));

  const commands = [...program.commands.map((c) => c.name()), 'help'];
  const typo = commandTypo(argv, commands, io.cwd);
  if (typo) {
    io.stderr.write(`newsmark: unknown command '${typo.word}', and no file of that name — did you mean ${typo.command}?\n`);
    return EXIT.fatal;
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    }
    if (error instanceof ExitError || error instanceof InputError) {
      io.stderr.write(`newsmark: ${error.message}\n`);
      return error instanceof ExitError ? error.code : EXIT.fatal;
    }
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return exitCode; // `newsmark … | head`
    io.stderr.write(`newsmark: internal error: ${(error as Error).stack ?? String(error)}\nThis is a bug in newsmark; please report it with the input that caused it.\n`);
    return EXIT.fatal;
  }
}

/**
 * `annotate` is the default command, so a misspelt command (`newsmark chek`) would be read as a file
 * to annotate and fail as "no such file". The first word that is not an option is taken for a
 * misspelt command when it is not a command, not an existing path, looks like no path (no `/`, no
 * extension, no glob), and is within two edits of a command.
 */
export function commandTypo(argv: readonly string[], commands: readonly string[], cwd: string): { word: string; command: string } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg.startsWith('-') && arg !== '-') {
      if (VALUE_OPTIONS.has(arg)) i++; // its value is not a command
      continue;
    }
    if (commands.includes(arg) || /[./\\*?[\]{}]/.test(arg) || fs.existsSync(path.resolve(cwd, arg))) return undefined;
    const command = nearest(arg, commands, 2);
    return command ? { word: arg, command } : undefined;
  }
  return undefined;
}

/** For `newsmark --help`: the annotate options people use most, with their defaults, and examples. */
const COMMON_OPTIONS = ['--format', '--out-dir', '--jobs', '--config', '--resume', '--input-format', '--max-bytes', '--quiet'];

function commonOptions(annotate: Command, columns: number | undefined): string {
  const helper = annotate.createHelp() as Help & { helpWidth?: number };
  helper.helpWidth = columns ?? 80;
  const chosen = COMMON_OPTIONS.map((name) => annotate.options.find((o: Option) => o.long === name)).filter((o): o is Option => !!o);
  const width = Math.max(...chosen.map((o) => helper.optionTerm(o).length));
  const lines = chosen.map((o) => helper.formatItem(helper.optionTerm(o), width, helper.optionDescription(o), helper));
  return [
    '',
    'Annotate options people use most (all of them: newsmark annotate --help):',
    ...lines,
    '',
    'Examples:',
    '  newsmark article.txt                    one article: a summary on a terminal, YAML when piped',
    '  pbpaste | newsmark -f pretty            an article from a pipe, to read',
    '  newsmark -f jsonl archive.jsonl.gz      an archive, one JSON line per article',
    '  newsmark -o out/ --resume archive/      a folder, one file per article; rerun to finish',
    '  newsmark check fixtures/                compare with expected files (CI)',
    '',
    'Exit codes: 0 success; 1 some inputs failed, or check found differences;',
    '            2 usage error, or nothing could be processed.',
  ].join('\n');
}
