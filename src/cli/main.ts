import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { ConfigError } from '../config.js';
import { registerAnnotate } from './commands/annotate.js';
import { registerCheck } from './commands/check.js';
import { registerEval } from './commands/eval.js';
import { registerReport } from './commands/report.js';
import { EXIT, ExitError, processIO, write, type CliIO } from './io.js';
import { InputError } from '../io/read-input.js';

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/**
 * The command line: parses arguments, calls the library, writes, and returns an exit code.
 * 0 success; 1 some inputs failed (or `check` found differences); 2 usage error or nothing processed.
 */
export async function main(argv: string[] = process.argv.slice(2), io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('newsmark')
    .description('Annotate English news articles: people, places, organizations, quotes and speakers, issues, structure, dates.')
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

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      // zod is loaded only for this command: annotating never needs it.
      const { outputJsonSchema } = await import('../model/schema.js');
      await write(io.stdout, JSON.stringify(outputJsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    }
    if (error instanceof ExitError || error instanceof ConfigError || error instanceof InputError) {
      io.stderr.write(`newsmark: ${error.message}\n`);
      return error instanceof ExitError ? error.code : EXIT.fatal;
    }
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return exitCode; // `newsmark … | head`
    io.stderr.write(`newsmark: internal error: ${(error as Error).stack ?? String(error)}\nThis is a bug in newsmark; please report it with the input that caused it.\n`);
    return EXIT.fatal;
  }
}
