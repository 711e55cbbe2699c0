import express, {type Router} from 'express';
import {shopOf} from '../auth/session-token';
import type {LiveHub} from './live-hub';

/** A comment line this often keeps proxies from closing an idle stream, in milliseconds. */
const HEARTBEAT_EVERY_MS = 15_000;

/**
 * GET /api/live — server-sent events for the admin (session-token authenticated like every /api
 * route, so the admin reads it with fetch and a stream reader rather than EventSource).
 */
export function createLiveRoute(hub: LiveHub): Router {
  const router = express.Router();
  router.get('/', (req, res) => {
    const shop = shopOf(res);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: neither Heed's compression nor a proxy may hold events back to compress them.
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n: connected\n\n');
    let sequence = 0;
    const unsubscribe = hub.subscribe(shop, (message) => {
      sequence += 1;
      res.write(
        `id: ${sequence}\nevent: ${message.kind}\ndata: ${JSON.stringify(message.data)}\n\n`,
      );
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_EVERY_MS);
    heartbeat.unref();
    const release = hub.holdStream(() => res.end());
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      release();
    });
  });
  return router;
}
