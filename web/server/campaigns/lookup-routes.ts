import express, {type Router} from 'express';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import type {LookupResult, ShopLookups} from './shop-lookups';

/**
 * /api/lookups — what the campaign form offers to pick, read from the Admin API for the session
 * token's shop only: its customer segments and its code discounts.
 */
export function createLookupRoutes(lookups: ShopLookups): Router {
  const router = express.Router();

  router.get('/segments', async (_req, res) => {
    res.json({segments: valueOf(await lookups.segments(shopOf(res)))});
  });

  router.get('/discount-codes', async (_req, res) => {
    res.json({discounts: valueOf(await lookups.codeDiscounts(shopOf(res)))});
  });

  return router;
}

function valueOf<T>(result: LookupResult<T>): T {
  if (!result.ok) throw new HeedError('SHOPIFY_UNAVAILABLE', 'Shopify could not be read');
  return result.value;
}
