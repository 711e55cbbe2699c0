import path from 'node:path';
import {fileURLToPath} from 'node:url';
import express, {type Router} from 'express';
import {DEMO_STAFF, demoSessionToken, type DemoApp} from './session-token';
import type {DemoMailbox} from './mailbox';
import {createMailboxRoutes} from './mailbox-routes';

const STAND_IN = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../frontend/demo/app-bridge.js',
);

/**
 * Demo only: the local App Bridge stand-in and session tokens for the demo shop, signed with the
 * demo app secret exactly as Shopify signs them, so the real authentication path runs unchanged;
 * and the demo mailbox, what Heed would have sent (see mailbox-routes.ts).
 */
export function createDemoRouter(
  options: DemoApp & {mailbox: DemoMailbox; now?: () => number},
): Router {
  const router = express.Router();
  router.use(
    createMailboxRoutes({
      mailbox: options.mailbox,
      apiKey: options.apiKey,
      now: options.now ?? Date.now,
    }),
  );
  router.get('/app-bridge.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'no-store').sendFile(STAND_IN);
  });
  router.get('/session-token', async (_req, res) => {
    // The demo's admin is used by the shop's owner, a lead of the follow-up team.
    const token = await demoSessionToken(options, DEMO_STAFF.owner, Date.now());
    res.set('Cache-Control', 'no-store').json({token});
  });
  return router;
}
