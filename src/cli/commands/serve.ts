import type { Command } from 'commander';
import os from 'node:os';
import type { CliIO } from '../io.js';
import { positiveInt } from '../options.js';

export function registerServe(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('a local HTTP service with warm models: POST /annotate, GET /health, GET /schema, and a page at / (docs/SERVE.md)')
    .option('--host <host>', 'interface to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port, printed on stderr)', '8080')
    .option('-j, --jobs <n>', `worker threads, each with its own models (default: the number of cores, ${os.availableParallelism()} here)`, (v) => positiveInt(v, '--jobs'))
    .option('-c, --config <file>', 'config file, read once at start (default: ./newsmark.config.yaml if present)')
    .option('--max-bytes <size>', 'largest request body (a JSONL stream: largest line), such as 10MB or 512KB', '10MB')
    .option('--queue <n>', 'requests accepted beyond those running; more are answered 503 with Retry-After', '128')
    .option('--timeout <ms>', 'stop an article that runs longer than this on its worker (the worker is replaced); answered 504', (v) => positiveInt(v, '--timeout'), 30_000)
    .option('--token <token>', 'require Authorization: Bearer TOKEN (default: $NEWSMARK_TOKEN; prefer it, a command line is visible to other users)')
    .action(async (opts) => {
      const { serveCommand, serveSettings } = await import('../run/serve.js');
      setExit(await serveCommand(serveSettings(opts, io), io));
    });
}
