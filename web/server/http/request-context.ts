import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {Response} from 'express';
import {pinoHttp} from 'pino-http';
import type {Logger} from '../logger';

const REQUEST_ID_HEADER = 'X-Request-Id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (a safe incoming one is kept, so a proxy's id follows the request) and
 * logs one line when it finishes, through pino-http. The line carries the method, the path without
 * its query (queries carry signatures and tokens), the status and the time taken — never headers or
 * bodies. A 5xx logs at `error`; errors keep the logger's own scrubbing serializer.
 */
export function requestContext(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers[REQUEST_ID_HEADER.toLowerCase()];
      const requestId =
        typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      return requestId;
    },
    customAttributeKeys: {reqId: 'requestId', responseTime: 'ms'},
    // The request's own logger is not used by handlers; the finish line is what is wanted.
    quietReqLogger: true,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & {originalUrl?: string}) => ({
        method: req.method,
        path: pathOf(req.originalUrl ?? req.url ?? ''),
      }),
      res: (res: ServerResponse) => ({status: res.statusCode}),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
  });
}

function pathOf(url: string): string {
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

export function requestIdOf(res: Response): string {
  const id = (res.req as {id?: unknown} | undefined)?.id;
  return typeof id === 'string' ? id : 'unknown';
}
