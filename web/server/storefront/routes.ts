import express, {type Router} from 'express';
import type {Shopify} from '@shopify/shopify-api';
import {z} from 'zod';
import type {Storage} from '../storage';
import {parseInput} from '../http/validate';
import {notFound} from '../http/error-handler';
import {findOffer, offerCode} from '../checkout/find-offer';
import {requireAppProxy} from './app-proxy';

const CART_BAR_MARK_EVERY_MS = 60 * 60_000;

const offerQuery = z.object({
  campaign: z.string().trim().max(100).optional(),
  code: z.string().trim().max(255).optional(),
});

/**
 * /api/proxy — storefront calls through the app proxy (`/apps/heed/*` on the shop's domain), made
 * by the campaign-attribution theme embed.
 */
export function createStorefrontRoutes(deps: {
  api: Shopify;
  storage: Storage;
  now: () => number;
}): Router {
  const router = express.Router();
  router.use(requireAppProxy(deps.api, deps.storage));
  // Only the theme embed calls the app proxy: a verified call shows the cart bar is on.
  router.use(async (_req, res, next) => {
    const {shop} = res.locals.storefront as {shop: string};
    await deps.storage.shops.markCartBarSeen(shop, deps.now(), CART_BAR_MARK_EVERY_MS);
    next();
  });

  /** The offer of the campaign the shopper landed from: its code and what it promises. */
  router.get('/offer', async (req, res) => {
    const {shop} = res.locals.storefront as {shop: string};
    const query = parseInput(offerQuery, req.query);
    const codes = query.code ? [query.code] : [];
    const campaign =
      query.campaign || codes.length > 0
        ? findOffer(await deps.storage.campaigns.list(shop), {
            campaignKey: query.campaign ?? null,
            codes,
            now: deps.now(),
          })
        : null;
    const record = campaign ? await deps.storage.shops.get(shop) : undefined;
    res.set('Cache-Control', 'no-store').json({
      offer: campaign
        ? {
            code: offerCode(campaign, codes),
            kind: campaign.promise.kind,
            value: campaign.promise.value,
            currencyCode: record?.currencyCode ?? 'USD',
          }
        : null,
    });
  });

  router.use(notFound);
  return router;
}
