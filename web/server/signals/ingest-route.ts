import express, {type Request, type Response, type Router} from 'express';
import {MAX_BATCH_BYTES} from './ingest-batch';
import type {IngestHandler} from './ingest-handler';

/** CORS for the pixel's sandbox; it reads Retry-After to resend a batch once after a 429 or 503. */
export const INGEST_CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
} as const;

/**
 * POST /api/pixel/events on Express — batches from the web pixel. The pixel sends text/plain (no
 * CORS preflight from the sandbox) with `keepalive`; the body is parsed in the handler, after its
 * size is checked here. Most batches never reach this router: http/ingest-listener.ts takes the
 * plain ones before Express, and leaves it preflights and anything unusual (another charset, a
 * compressed body, a query string).
 */
export function createIngestRoute(handle: IngestHandler): Router {
  const router = express.Router();
  router.use((req, res, next) => {
    res.set(INGEST_CORS_HEADERS);
    if (req.method === 'OPTIONS') {
      res
        .set({
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
        })
        .status(204)
        .end();
      return;
    }
    next();
  });
  router.post(
    '/',
    express.text({type: '*/*', limit: MAX_BATCH_BYTES}),
    async (req: Request, res: Response) => {
      // The source is the client IP as Express sees it behind one proxy (`trust proxy` in app.ts).
      const outcome = await handle(req.body, req.ip ?? 'unknown');
      if (!outcome.ok) {
        res.set(outcome.headers);
        throw outcome.error;
      }
      res.status(200).json(outcome.answer);
      outcome.after();
    },
  );
  return router;
}
