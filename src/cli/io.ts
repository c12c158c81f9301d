/** The streams and environment a command uses, passed in so tests can run `main()` in-process. */
export interface CliIO {
  /** `fd` (set on process streams) tells whether stdout and stderr are the same terminal (cli/terminal.ts). */
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; fd?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; fd?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });

/** Exit codes: 0 success; 1 some inputs failed or check found differences; 2 usage error or nothing processed. */
export const EXIT = { ok: 0, partial: 1, fatal: 2 } as const;

/** A user-facing failure with its exit code (bad option, missing file); not a bug. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.fatal,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** Write and wait for the stream to accept it, so large outputs keep their order and memory stays flat. */
export function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
