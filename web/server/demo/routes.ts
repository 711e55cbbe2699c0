import path from 'node:path';
import {fileURLToPath} from 'node:url';
import express, {type Router} from 'express';
import {getJwt} from '@shopify/shopify-api/test-helpers';

const STAND_IN = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../frontend/demo/app-bridge.js',
);

/**
 * Demo only: the local App Bridge stand-in and session tokens for the demo shop, signed with the
 * demo app secret exactly as Shopify signs them, so the real authentication path runs unchanged.
 */
export function createDemoRouter(options: {
  shop: string;
  apiKey: string;
  apiSecret: string;
}): Router {
  const router = express.Router();
  router.get('/app-bridge.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'no-store').sendFile(STAND_IN);
  });
  router.get('/session-token', async (_req, res) => {
    const now = Math.floor(Date.now() / 1000);
    const store = options.shop.replace(/\.myshopify\.com$/, '');
    const {token} = await getJwt(store, options.apiKey, options.apiSecret, {
      iat: now,
      nbf: now - 5,
      exp: now + 60,
      sub: '1',
      jti: crypto.randomUUID(),
    });
    res.set('Cache-Control', 'no-store').json({token});
  });
  return router;
}
