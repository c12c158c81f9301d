/**
 * A request the server answers with an error: the HTTP status and a JSON body `{"error", "message"}`.
 * `error` is a stable code a program can branch on; `message` is a sentence for a person. Problems
 * with a request are answered, never thrown further: the server never exits on bad input.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The JSON body of an error answer (one line, ending in a newline like every newsmark output). */
export const errorBody = (code: string, message: string): string => JSON.stringify({ error: code, message }) + '\n';

/** The client went away before its request was read: nothing to answer. */
export class ClientGone extends Error {
  constructor() {
    super('client disconnected');
    this.name = 'ClientGone';
  }
}
