import {createHash} from 'node:crypto';
import type {IncomingMessage, RequestListener, ServerResponse} from 'node:http';
import type {RequestHandler} from 'express';
import type {Logger} from '../logger';
import {HeedError} from '../errors';
import {MAX_BATCH_BYTES} from '../signals/ingest-batch';
import type {IngestHandler} from '../signals/ingest-handler';
import {INGEST_CORS_HEADERS} from '../signals/ingest-route';
import {errorAnswer} from './error-handler';

export const INGEST_PATH = '/api/pixel/events';

/** A connect-style middleware that uses only node's own request and response (no Express). */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => unknown;

/**
 * Runs an edge middleware on node's own request and response: the connect-style ones the app
 * uses (pino-http, helmet, compression, Shopify's CSP) need nothing Express adds but `req.query`,
 * which Express gives as {} for a path without a query, the only kind this listener takes.
 */
export function onNodeRequest(middleware: RequestHandler | NodeMiddleware): NodeMiddleware {
  const run = middleware as unknown as NodeMiddleware;
  return (req, res, next) => run(Object.assign(req, {query: {}}), res, next);
}

/**
 * The text types the pixel posts, with no charset or UTF-8: the only bodies this listener decodes.
 * Any other (another charset, a malformed type) goes to Express, whose parser handles it.
 */
const PLAIN_TYPE = /^(?:text\/plain|application\/json)\s*(?:;\s*charset="?utf-8"?\s*)?$/i;

/**
 * POST /api/pixel/events before Express: each batch from every shop's checkout comes here, and
 * Express's routing, body parser and response helpers cost about as much CPU as a batch's
 * validation and storage together (README, Performance). The app's own edge middleware still
 * runs (request id and log line, security headers, CSP, compression), and answers are the ones
 * Express gives: the same status, headers and JSON. Anything but a plain batch (a preflight, a
 * query string, another charset, a compressed or bodiless request) goes to `fallback`, the Express
 * app, untouched; test/integration/ingest-listener.test.ts holds the two equal.
 */
export function createIngestListener(options: {
  handle: IngestHandler;
  logger: Logger;
  edge: NodeMiddleware[];
  fallback: RequestListener;
}): RequestListener {
  const {handle, logger, edge, fallback} = options;

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown) {
    // Work after the answer (journeys are queued then) has no answer left to fail: logged only.
    if (res.headersSent) {
      logger.error({err: error, requestId: requestIdOf(req)}, 'ingest failed after its answer');
      return;
    }
    const answer = errorAnswer(error, requestIdOf(req), logger, res.hasHeader('Retry-After'));
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    sendJson(res, answer.status, answer.body);
  }

  async function serve(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(INGEST_CORS_HEADERS)) res.setHeader(name, value);
    const body = await readBody(req);
    if (body === null) {
      fail(req, res, new HeedError('PAYLOAD_TOO_LARGE', 'Body exceeds the limit'));
      return;
    }
    const outcome = await handle(body, clientAddress(req));
    if (!outcome.ok) {
      for (const [name, value] of Object.entries(outcome.headers)) res.setHeader(name, value);
      fail(req, res, outcome.error);
      return;
    }
    sendJson(res, 200, outcome.answer);
    outcome.after();
  }

  return (req, res) => {
    if (!takes(req)) {
      fallback(req, res);
      return;
    }
    const run = (i: number) => {
      const middleware = edge[i];
      if (!middleware) {
        serve(req, res).catch((error: unknown) => fail(req, res, error));
        return;
      }
      middleware(req, res, (error) => (error ? fail(req, res, error) : run(i + 1)));
    };
    run(0);
  };
}

function takes(req: IncomingMessage): boolean {
  const {headers} = req;
  return (
    req.method === 'POST' &&
    req.url === INGEST_PATH &&
    PLAIN_TYPE.test(headers['content-type'] ?? '') &&
    headers['content-encoding'] === undefined &&
    (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined)
  );
}

/**
 * The body as UTF-8 text without a byte-order mark (as Express's text parser decodes it), or null
 * when it is larger than a batch may be. Like that parser, the whole request is read off before
 * the answer, so the connection stays usable.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= MAX_BATCH_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (received > MAX_BATCH_BYTES) return resolve(null);
      const text = Buffer.concat(chunks, received).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    req.on('error', (error) =>
      reject(new HeedError('BAD_REQUEST', 'Body could not be parsed', {cause: error})),
    );
  });
}

/**
 * The client's address as Express's `req.ip` gives it with `trust proxy` set to 1 (app.ts): the
 * last X-Forwarded-For entry, which the one proxy in front wrote, else the socket's peer. Entries
 * are read as proxy-addr reads them: split on commas, spaces around each trimmed.
 */
export function clientAddress(req: IncomingMessage): string {
  const header = req.headers['x-forwarded-for'];
  const forwarded = typeof header === 'string' ? lastEntry(header) : null;
  return forwarded ?? req.socket.remoteAddress ?? 'unknown';
}

function lastEntry(header: string): string | null {
  let end = header.length;
  let start = header.length;
  for (let i = header.length - 1; i >= 0; i -= 1) {
    const code = header.charCodeAt(i);
    if (code === 0x20) {
      if (start === end) start = end = i;
    } else if (code === 0x2c) {
      if (start !== end) return header.substring(start, end);
      start = end = i;
    } else start = i;
  }
  return start !== end ? header.substring(start, end) : null;
}

/** The request id the request-context middleware gave the request (pino-http's `req.id`). */
function requestIdOf(req: IncomingMessage): string {
  const id = (req as {id?: unknown}).id;
  return typeof id === 'string' ? id : 'unknown';
}

/** As Express's `res.json`: UTF-8 JSON with its length and a weak ETag of the body. */
function sendJson(res: ServerResponse, status: number, value: unknown) {
  const body = Buffer.from(JSON.stringify(value));
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', String(body.length));
  res.setHeader('ETag', weakETag(body));
  res.end(body);
}

/** The `etag` package's weak tag, which Express sets on every body it sends. */
function weakETag(body: Buffer): string {
  const hash = createHash('sha1').update(body).digest('base64').substring(0, 27);
  return `W/"${body.length.toString(16)}-${hash}"`;
}
