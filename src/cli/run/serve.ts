// What `newsmark serve` does (commands/serve.ts holds its options; the server is src/serve/).
import { loadConfig } from '../../config.js';
import { pipelineFor } from '../../annotate.js';
import { startServer } from '../../serve/server.js';
import { isLoopbackHost, parseSize, SERVE_DEFAULTS, type ServeSettings } from '../../serve/settings.js';
import { EXIT, ExitError } from '../../errors.js';
import type { CliIO } from '../io.js';

export interface ServeCommandOptions {
  host?: string;
  port?: string;
  jobs?: number;
  config?: string;
  maxBytes?: string;
  queue?: string;
  timeout?: number;
  token?: string;
}

/** A token shorter than this is refused: a guessable token guards nothing. */
export const MIN_TOKEN_LENGTH = 16;

/** The options checked and turned into settings; every problem is a usage error (exit 2) before anything listens. */
export function serveSettings(opts: ServeCommandOptions, io: Pick<CliIO, 'env' | 'cwd'>): ServeSettings {
  const host = opts.host ?? SERVE_DEFAULTS.host;
  const port = /^\d{1,5}$/.test(opts.port ?? '') ? Number(opts.port) : opts.port === undefined ? SERVE_DEFAULTS.port : NaN;
  if (!(port >= 0 && port <= 65535)) throw new ExitError(`--port must be a port number from 0 to 65535, not '${opts.port}'`);
  const maxBytes = opts.maxBytes === undefined ? SERVE_DEFAULTS.maxBytes : parseSize(opts.maxBytes);
  if (maxBytes === undefined) throw new ExitError(`--max-bytes must be a size such as 10MB, 512KB or 1048576, not '${opts.maxBytes}'`);
  const queue = opts.queue === undefined ? SERVE_DEFAULTS.queue : /^\d+$/.test(opts.queue) ? Number(opts.queue) : NaN;
  if (!Number.isInteger(queue)) throw new ExitError(`--queue must be a whole number (0 or more), not '${opts.queue}'`);
  const token = opts.token ?? (io.env.NEWSMARK_TOKEN || undefined);
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))) throw new ExitError(`the token must be at least ${MIN_TOKEN_LENGTH} characters without spaces (try: openssl rand -hex 24)`);
  if (!isLoopbackHost(host) && token === undefined) {
    throw new ExitError(`--host ${host} is reachable from other machines: give a token (NEWSMARK_TOKEN=…, or --token) so every request must carry Authorization: Bearer <token>`);
  }
  // Read once, here: no request can load a config, a lexicon or a file of any kind.
  const config = loadConfig(opts.config, io.cwd);
  return { host, port, jobs: opts.jobs ?? SERVE_DEFAULTS.jobs(), queue, maxBytes, timeoutMs: opts.timeout ?? SERVE_DEFAULTS.timeoutMs, token, config };
}

/**
 * Serve until SIGTERM or SIGINT, then stop accepting, answer every request already accepted, and exit
 * 0. A second signal stops at once (exit 1). Workers that cannot start end the server with exit 2.
 */
export async function serveCommand(settings: ServeSettings, io: CliIO): Promise<number> {
  const log = (line: string) => void io.stderr.write(line + '\n');
  // The pipeline built once here, before anything listens: a model or lexicon that cannot be used is
  // a ConfigError (one line, exit 2) now, not a pool that fails to start. Each worker then builds its
  // own from the same config (the main thread never annotates).
  pipelineFor(settings.config);
  let handle;
  try {
    handle = await startServer(settings, log);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'EADDRINUSE' ? 'the port is in use' : e.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : e.code === 'EADDRNOTAVAIL' ? 'no such address on this machine' : e.message;
    throw new ExitError(`cannot listen on ${settings.host}:${settings.port}: ${why}`);
  }
  log(`newsmark: listening on ${handle.url} (${settings.token ? 'token required; ' : ''}loading models: GET /health answers 200 once ready)`);
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  let onSignal: ((signal: NodeJS.Signals) => void) | undefined;
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = resolve;
    for (const s of signals) process.on(s, onSignal);
  });
  const failed = handle.ready.then(
    () => new Promise<never>(() => {}),
    (error: Error) => error,
  );
  const outcome = await Promise.race([signalled, failed]);
  for (const s of signals) process.off(s, onSignal!);
  const now = () => {
    log('newsmark: second signal: stopping now');
    process.exit(EXIT.partial);
  };
  for (const s of signals) process.once(s, now);
  try {
    if (outcome instanceof Error) {
      log(`newsmark: the annotation workers could not start: ${outcome.message.split('\n')[0]}`);
      await handle.stop();
      return EXIT.fatal;
    }
    const { inFlight } = handle.status();
    log(`newsmark: ${outcome}: stopping; answering the ${inFlight} request${inFlight === 1 ? '' : 's'} accepted`);
    await handle.stop();
    log('newsmark: stopped');
    return EXIT.ok;
  } finally {
    for (const s of signals) process.off(s, now);
  }
}
