/**
 * The errors a person is meant to read, and the exit codes they end a run with. Nothing here imports
 * anything: every layer may throw these (a bad `--shard` value in batch/, a bad config file in
 * config.ts) and only the CLI (or the service) turns them into a line on stderr and an exit code.
 *
 * A bug is not one of these: anything else that reaches `main` is reported as an internal error.
 */

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

/** A config file that cannot be used (missing, not YAML, a misspelt key): a usage error, exit 2, one line naming the file. */
export class ConfigError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.fatal);
    this.name = 'ConfigError';
  }
}
