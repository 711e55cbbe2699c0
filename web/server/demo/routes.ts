import path from 'node:path';
import {fileURLToPath} from 'node:url';
import express, {type Router} from 'express';
import {DEMO_STAFF, demoSessionToken, type DemoApp} from './session-token';
import type {DemoMailbox} from './mailbox';
import {createMailboxRoutes} from './mailbox-routes';

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../frontend/demo');
const STAND_IN = path.join(DEMO_DIR, 'app-bridge.js');
const RESOURCE_PICKER = path.join(DEMO_DIR, 'resource-picker.js');

/** The demo shop's products and collections, as the stand-in resource picker lists them. */
export interface DemoCatalog {
  products: Array<{id: string; title: string}>;
  collections: Array<{id: string; title: string}>;
}

/**
 * Demo only: the local App Bridge stand-in and session tokens for the demo shop, signed with the
 * demo app secret exactly as Shopify signs them, so the real authentication path runs unchanged;
 * and the demo mailbox, what Heed would have sent (see mailbox-routes.ts).
 */
export function createDemoRouter(
  options: DemoApp & {mailbox: DemoMailbox; now?: () => number; catalog?: () => DemoCatalog},
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
  // What the stand-in's resource picker lists: Shopify's picker reads the same from the shop.
  router.get('/resources', (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .json(options.catalog?.() ?? {products: [], collections: []});
  });
  router.get('/resource-picker.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'no-store').sendFile(RESOURCE_PICKER);
  });
  router.get('/session-token', async (_req, res) => {
    // The demo's admin is used by the shop's owner, a lead of the follow-up team.
    const token = await demoSessionToken(options, DEMO_STAFF.owner, Date.now());
    res.set('Cache-Control', 'no-store').json({token});
  });
  return router;
}
