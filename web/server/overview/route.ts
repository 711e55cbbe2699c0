import express, {type Router} from 'express';
import type {Storage} from '../storage';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';

/**
 * GET /api/overview — who the admin is talking to and whether Heed can record checkouts. Which
 * database Heed runs on is the operator's business (`/healthz`), not the merchant's.
 */
export function createOverviewRouter({storage}: {storage: Storage}): Router {
  const router = express.Router();
  router.get('/', async (_req, res) => {
    const shop = shopOf(res);
    const record = await storage.shops.get(shop);
    if (!record) throw new HeedError('NOT_FOUND', 'Shop not installed');
    const health = await storage.health();
    res.json({
      shop: {
        domain: record.shop,
        name: record.name ?? record.shop,
        currencyCode: record.currencyCode ?? 'USD',
        // Every time the admin shows or takes is in the shop's zone (Admin API `shop.ianaTimezone`).
        timeZone: record.timeZone,
      },
      storage: {healthy: health.healthy},
    });
  });
  return router;
}
