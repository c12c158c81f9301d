import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { RenderOptions } from '../batch/render.js';
import { parseJsonlArticle } from '../io/inputs.js';
import { SCHEMA_VERSION } from '../model/output.js';
import { bearerCheck, foreignRequest } from './auth.js';
import { articleFromJson, checkDeclaredLength, contentType, decodeTextBody, drainAfterAnswer, readBody, utf8 } from './body.js';
import { isTimeout, startEngine, type Engine } from './engine.js';
import { ClientGone, errorBody, HttpError } from './errors.js';
import { jsonlLines, type StreamLine } from './jsonl-stream.js';
import { orderedEager } from './ordered-stream.js';
import { landingPage } from './page.js';
import { parseRequestOptions } from './request-options.js';
import { BASE_HEADERS, DATA_POLICY, frameOne, htmlPolicy, mediaType, sendWhole, writePart, type Meter } from './respond.js';
import { isLoopbackHost, urlHost, type ServeSettings } from './settings.js';

/** What `health` reports, and tests and `stop` wait on. */
export interface ServerStatus {
  status: 'starting' | 'ready' | 'stopping';
  jobs: number;
  queue: number;
  /** Annotation requests accepted and not yet answered (running, queued, or still sending their body). */
  inFlight: number;
  /** Annotation requests accepted since start. */
  accepted: number;
}

export interface ServerHandle {
  /** Where it listens, such as `http://127.0.0.1:8080` (the port chosen, with `--port 0`). */
  url: string;
  port: number;
  /** Resolves when every worker is warm; rejects when the pool cannot start. */
  ready: Promise<void>;
  status(): ServerStatus;
  /** Stop accepting, answer every request already accepted, close the pool. */
  stop(): Promise<void>;
}

/** Builds what the server annotates with; one call, at start (see engine.ts). */
export type EngineFactory = () => Promise<Engine>;

/**
 * `newsmark serve`: Node's own `http` module, no framework — four routes, and the limits (body size,
 * queue, idle bodies, drain on shutdown) need the request and socket events a framework would hide.
 */
export async function startServer(settings: ServeSettings, log: (line: string) => void, build?: EngineFactory): Promise<ServerHandle> {
  const loopback = isLoopbackHost(settings.host);
  const authorized = settings.token ? bearerCheck(settings.token) : undefined;
  const page = landingPage(!!settings.token);
  const capacity = settings.jobs + settings.queue;
  let engine: Engine | undefined;
  let draining = false;
  /** Aborted on stop: JSONL streams read no further lines, and answer those already read. */
  const drain = new AbortController();
  let inFlight = 0;
  let accepted = 0;
  let idleWaiters: (() => void)[] = [];
  const startedAt = performance.now();

  const status = (): ServerStatus => ({ status: draining ? 'stopping' : engine ? 'ready' : 'starting', jobs: settings.jobs, queue: settings.queue, inFlight, accepted });

  // Loaded here, not at the top: the CLI's start-up snapshot bundles this module, and node:http cannot
  // be loaded while a snapshot is built (nor can a dynamic import() be saved in one).
  const http = createRequire(import.meta.url)('node:http') as typeof import('node:http');
  const server = http.createServer({
    // Bodies have their own idle limit (body.ts) instead of a whole-request deadline, which would
    // cut a long JSONL stream short; headers must still come promptly.
    requestTimeout: 0,
    headersTimeout: 30_000,
    keepAliveTimeout: 5_000,
  });
  // The last guard of "never exits on bad input": whatever escapes a handler is logged, and the
  // connection of that request closed.
  const guarded = (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) =>
    handle(req, res, expectsContinue).catch((error: unknown) => {
      log(`newsmark: internal error: ${(error as Error).stack ?? String(error)}`);
      res.destroy();
    });
  server.on('request', (req, res) => void guarded(req, res, false));
  // `Expect: 100-continue` (curl sends it for bodies over 1 MB): the client waits for our go before
  // sending the body, so a 413, 401 or 503 costs it no upload at all.
  server.on('checkContinue', (req, res) => void guarded(req, res, true));

  async function handle(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): Promise<void> {
    const started = performance.now();
    const meter: Meter = { in: 0, out: 0 };
    let path = '/';
    res.once('close', () => {
      // One line per request, on stderr: never the article text, nor the query (it holds the id).
      const code = res.headersSent ? res.statusCode : 499;
      log(`newsmark: ${new Date().toISOString()} ${req.method} ${path} ${code} ${Math.round(performance.now() - started)} ms ${meter.in} B in ${meter.out} B out`);
      if (draining) server.closeIdleConnections();
    });
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    const continued = { sent: false };
    try {
      const url = new URL(req.url ?? '/', 'http://newsmark.invalid');
      path = url.pathname.replace(/[^\x21-\x7e]/g, '?').slice(0, 200);
      if (draining) throw new HttpError(503, 'shutting_down', 'the server is stopping', { 'Retry-After': '5', Connection: 'close' });
      const foreign = foreignRequest(req.headers, loopback);
      if (foreign) throw new HttpError(403, 'forbidden', foreign);
      const get = req.method === 'GET' || req.method === 'HEAD';
      switch (url.pathname) {
        case '/':
          if (!get) throw notAllowed('GET, HEAD');
          sendWhole(res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.policy }, page.html, meter);
          return;
        case '/health': {
          if (!get) throw notAllowed('GET, HEAD');
          const s = status();
          sendWhole(res, s.status === 'ready' ? 200 : 503, jsonHeaders(), JSON.stringify({ ...s, schema: SCHEMA_VERSION }) + '\n', meter);
          return;
        }
        case '/schema':
          if (!get) throw notAllowed('GET, HEAD');
          checkToken(req);
          sendWhole(res, 200, jsonHeaders(), await schemaText(), meter);
          return;
        case '/annotate':
          if (req.method !== 'POST') throw notAllowed('POST');
          checkToken(req);
          await annotate(req, res, url, meter, expectsContinue ? continued : undefined);
          return;
        default:
          throw new HttpError(404, 'not_found', `no such endpoint: ${path} (POST /annotate, GET /health, GET /schema, GET /)`);
      }
    } catch (error) {
      answerError(req, res, error, expectsContinue && !continued.sent, meter);
    }
  }

  function checkToken(req: IncomingMessage): void {
    if (authorized && !authorized(req.headers.authorization)) {
      throw new HttpError(401, 'unauthorized', 'this server needs Authorization: Bearer <token> (the token given to newsmark serve)', { 'WWW-Authenticate': 'Bearer realm="newsmark"' });
    }
  }

  async function annotate(req: IncomingMessage, res: ServerResponse, url: URL, meter: Meter, continued?: { sent: boolean }): Promise<void> {
    const { type, charset } = contentType(req.headers['content-type']);
    const kind = bodyKind(type);
    const options = parseRequestOptions(url.searchParams, kind === 'stream');
    if (kind === 'json' && options.id !== undefined) throw new HttpError(400, 'bad_option', 'id names the article of a text/plain body; a JSON body gives its own "id"');
    if (kind !== 'stream') checkDeclaredLength(req, settings.maxBytes);
    // The bounded queue: requests are counted from the moment they are accepted until they are
    // answered, so what is held (bodies, pending articles) never exceeds jobs + --queue requests.
    if (inFlight >= capacity) throw new HttpError(503, 'queue_full', `busy: ${inFlight} requests in hand (--jobs ${settings.jobs} + --queue ${settings.queue}); retry later`, { 'Retry-After': '1' });
    inFlight++;
    accepted++;
    try {
      if (continued) {
        res.writeContinue();
        continued.sent = true;
      }
      if (kind === 'stream') return await annotateStream(req, res, options.render, meter);
      const bytes = await readBody(req, settings.maxBytes);
      meter.in = bytes.length;
      let task;
      const headers: Record<string, string> = { 'Content-Type': mediaType(options.render.format) };
      if (kind === 'text') {
        const decoded = decodeTextBody(bytes, charset);
        task = { id: options.id ?? '-', text: decoded.text };
        if (decoded.warnings.length) headers['X-Newsmark-Warning'] = decoded.warnings.join('; ');
      } else task = articleFromJson(bytes, charset);
      const ready = await whenReady();
      let rendered;
      try {
        rendered = await ready.render(task, options.render);
      } catch (error) {
        if (isTimeout(error)) throw new HttpError(504, 'timeout', `annotation ${error.message}`);
        throw new HttpError(500, 'annotation_failed', `annotation failed (${(error as Error).message.split('\n')[0]})`);
      }
      if (res.destroyed) return; // the client left while its article was annotated
      headers['Content-Security-Policy'] = options.render.format === 'html' ? htmlPolicy() : DATA_POLICY;
      if (draining) headers.Connection = 'close';
      sendWhole(res, 200, headers, frameOne(options.render.format, rendered.body), meter);
    } finally {
      inFlight--;
      if (inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
    }
  }

  /**
   * JSONL in, JSONL out: one answer line per article line, in order, as `newsmark --input-format jsonl
   * -f jsonl` writes them, and a line `{"id", "error"}` for each line that could not be annotated.
   * At most 2 × jobs articles are in hand; the next line is read only when there is room, and the
   * next answer written only when the client has taken the last (backpressure both ways). Each answer
   * goes out as soon as it and those before it are done. On stop, no further line is read: those in
   * hand are answered, then one last line says where reading stopped.
   */
  async function annotateStream(req: IncomingMessage, res: ServerResponse, options: RenderOptions, meter: Meter): Promise<void> {
    const ready = await whenReady();
    res.writeHead(200, { 'Content-Type': mediaType('jsonl'), 'Content-Security-Policy': DATA_POLICY, ...(draining ? { Connection: 'close' } : {}) });
    const inHand = new Set<Promise<string>>();
    const work = async (line: StreamLine): Promise<string> => {
      const source = `-:${line.number}`;
      meter.in += 'bytes' in line ? line.bytes.length + 1 : 0;
      if ('error' in line) return errorLine(source, line.error);
      let raw: string;
      try {
        raw = utf8(line.bytes, 'the line');
      } catch {
        return errorLine(source, 'not valid UTF-8');
      }
      const item = parseJsonlArticle(raw, source);
      if (!item.ok) return errorLine(item.id, item.error);
      try {
        return (await ready.render(item.meta ? { id: item.id, text: item.text, meta: item.meta } : { id: item.id, text: item.text }, options)).body;
      } catch (error) {
        return errorLine(item.id, isTimeout(error) ? error.message : `annotation failed (${(error as Error).message.split('\n')[0]})`);
      }
    };
    const track = (line: StreamLine): Promise<string> => {
      const p = work(line);
      inHand.add(p);
      void p.finally(() => inHand.delete(p));
      return p;
    };
    let lastLine = 0;
    let inputEnded = false;
    async function* lines(): AsyncGenerator<StreamLine> {
      for await (const line of jsonlLines(req, settings.maxBytes)) {
        lastLine = line.number;
        yield line;
      }
      inputEnded = true;
    }
    try {
      for await (const answer of orderedEager(lines(), ready.jobs * 2, track, drain.signal)) {
        if (!(await writePart(res, answer, meter))) break;
      }
      if (!inputEnded && drain.signal.aborted) {
        await writePart(res, errorLine('-', `the server is stopping: lines after -:${lastLine} were not read; send them again`), meter);
      }
    } catch (error) {
      // A stalled sender ends the stream with a line saying so; a client that left needs nothing.
      if (error instanceof HttpError) await writePart(res, errorLine('-', error.message), meter);
      else if (!req.destroyed && !res.destroyed) throw error;
    } finally {
      // Articles already handed to workers finish before the request counts as done, so a client
      // that disconnects cannot leave work behind that the queue no longer counts.
      await Promise.allSettled([...inHand]);
    }
    if (!res.destroyed) res.end();
  }

  function whenReady(): Promise<Engine> {
    return engine ? Promise.resolve(engine) : engineReady.catch(() => {
      throw new HttpError(503, 'not_ready', 'the annotation workers could not start', { 'Retry-After': '5' });
    });
  }

  function answerError(req: IncomingMessage, res: ServerResponse, error: unknown, continueWithheld: boolean, meter: Meter): void {
    if (error instanceof ClientGone) return;
    let e: HttpError;
    if (error instanceof HttpError) e = error;
    else {
      log(`newsmark: internal error: ${(error as Error).stack ?? String(error)}`);
      e = new HttpError(500, 'internal_error', 'internal error (a bug in newsmark; the server log has the details)');
    }
    if (res.headersSent) {
      // Mid-stream: the status has gone; cutting the connection is the only way left to say so.
      res.destroy();
      return;
    }
    const headers: Record<string, string> = { ...jsonHeaders(), ...e.headers };
    // A client that waits for 100 Continue will not send its body: nothing to drain, close cleanly.
    if (continueWithheld) headers.Connection = 'close';
    else drainAfterAnswer(req, res);
    if (draining) headers.Connection = 'close';
    sendWhole(res, e.status, headers, errorBody(e.code, e.message), meter);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log(`newsmark: server error: ${error.message}`));
  const port = (server.address() as AddressInfo).port;

  // Built once listening, so a port in use leaves no pool behind; /health says 503 until it is warm.
  const engineReady = (build ?? (() => startEngine(settings.config, { jobs: settings.jobs, timeoutMs: settings.timeoutMs })))();
  engineReady.catch(() => {}); // reported through `ready`
  const ready = engineReady.then((e) => {
    engine = e;
    log(`newsmark: ready: ${e.jobs} worker${e.jobs === 1 ? '' : 's'} warm in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  });

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${urlHost(settings.host)}:${port}`,
    port,
    ready,
    status,
    stop() {
      stopping ??= (async () => {
        draining = true;
        drain.abort();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
        server.closeIdleConnections();
        // Every accepted request is answered; connections still open now are idle or half-read.
        const grace = setTimeout(() => server.closeAllConnections(), 1_000);
        await closed;
        clearTimeout(grace);
        idleWaiters = [];
        const e = await engineReady.catch(() => undefined);
        await e?.close();
      })();
      return stopping;
    },
  };
}

type BodyKind = 'text' | 'json' | 'stream';

/** What a `Content-Type` asks for. No type at all is read as plain text (`curl --data-binary` sets a form type instead: refused, with the fix). */
function bodyKind(type: string): BodyKind {
  switch (type) {
    case '':
    case 'text/plain':
      return 'text';
    case 'application/json':
      return 'json';
    case 'application/x-ndjson':
    case 'application/ndjson':
    case 'application/jsonl':
    case 'application/x-jsonlines':
      return 'stream';
    case 'application/x-www-form-urlencoded':
    case 'multipart/form-data':
      throw new HttpError(415, 'unsupported_media_type', `a form (${type}) is not an article: send the text as text/plain (curl -H 'Content-Type: text/plain' --data-binary @article.txt), JSON as application/json, JSONL as application/x-ndjson`);
    default:
      throw new HttpError(415, 'unsupported_media_type', `Content-Type ${type} is not accepted: send text/plain, application/json {"id", "text", "meta"?}, or application/x-ndjson`);
  }
}

const jsonHeaders = (): Record<string, string> => ({ 'Content-Type': mediaType('json'), 'Content-Security-Policy': DATA_POLICY });
const notAllowed = (allow: string) => new HttpError(405, 'method_not_allowed', `use ${allow} here`, { Allow: allow });
const errorLine = (id: string, error: string): string => JSON.stringify({ id, error }) + '\n';

let schema: string | undefined;
/** `newsmark schema`'s output (zod loads only when it is first asked for). */
async function schemaText(): Promise<string> {
  if (schema === undefined) {
    const { outputJsonSchema } = await import('../model/schema.js');
    schema = JSON.stringify(outputJsonSchema(), null, 2) + '\n';
  }
  return schema;
}
