import type { ServerResponse } from 'node:http';
import { FORMAT_INFO, frameOne as frameWith, htmlDocument, type Format } from '../writers/index.js';
import { WRITERS } from '../writers/registry.js';

/** Bytes read and written for one request: what its log line reports. */
export interface Meter {
  in: number;
  out: number;
}

/** What every answer carries: nothing cached, nothing sniffed, nothing framed or run. */
export const BASE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
/** For answers that are data, not pages. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const mediaType = (format: Format): string => FORMAT_INFO[format].mediaType;

/**
 * One article's rendered body framed as `newsmark -f FORMAT file` frames a single article on stdout:
 * through the format's own writer (src/writers/registry.ts), which is what makes the answer
 * byte-identical to the CLI's (JSON is the object and a newline, HTML a whole page).
 */
export const frameOne = (format: Format, body: string): string => frameWith(WRITERS[format].writer(), body);

/** The article page's own policy (the writer's, from its meta element), sent as a header too. */
let articlePolicy: string | undefined;
export function htmlPolicy(): string {
  articlePolicy ??= /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(htmlDocument(''))?.[1] ?? "default-src 'none'";
  return articlePolicy;
}

/** A whole answer at once, with its length. */
export function sendWhole(res: ServerResponse, status: number, headers: Record<string, string>, body: string, meter: Meter): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(bytes);
  meter.out += bytes.length;
}

/**
 * Write part of a streamed answer and wait until the connection takes more (backpressure): false once
 * the client is gone, so a stream stops instead of waiting for a `drain` that never comes.
 */
export function writePart(res: ServerResponse, chunk: string, meter: Meter): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return Promise.resolve(false);
  const bytes = Buffer.from(chunk, 'utf8');
  meter.out += bytes.length;
  if (res.write(bytes)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}
