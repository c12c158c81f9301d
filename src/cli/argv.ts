/**
 * What the launcher (launch.ts) and `main` know of the command line before commander parses it: which
 * options take a value and which words are commands. Kept apart from both so the launcher, which runs
 * before the start-up snapshot is restored, loads nothing else.
 */

/** `annotate` options that take a value (the next argument, unless written `--opt=value`). */
export const VALUE_OPTIONS = new Set(['-f', '--format', '--only', '--date', '--input-format', '--max-bytes', '-c', '--config', '-o', '--out-dir', '-j', '--jobs', '--timeout', '--errors', '--shard']);

/** The commands the launcher tells from inputs (anything else is taken for a path to annotate). */
export const COMMANDS = new Set(['annotate', 'eval', 'check', 'schema', 'help']);
