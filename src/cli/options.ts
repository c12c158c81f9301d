import { ExitError } from '../errors.js';

/** Option parsers shared by the commands. */
export function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ExitError(`${name} must be a positive whole number, not '${value}'`);
  return n;
}
