/** The streams and environment a command uses, passed in so tests can run `main()` in-process. */
export interface CliIO {
  /** `fd` (set on process streams) tells whether stdout and stderr are the same terminal (io/terminal.ts). */
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; fd?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; fd?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() });
