import type {NextFunction, Request, Response} from 'express';
import type {Shopify} from '@shopify/shopify-api';
import {HeedError} from '../errors';
import type {Storage} from '../storage';

export type AppProxyCheck =
  | {ok: true; shop: string; customerId: string | null}
  | {ok: false; reason: 'unsigned' | 'invalid' | 'stale'};

/**
 * Storefront requests reach Heed through Shopify's app proxy, which signs the query string with the
 * app secret and a timestamp. The shop comes only from a query whose signature checks out.
 * https://shopify.dev/docs/apps/build/online-store/display-dynamic-data
 */
export async function checkAppProxy(api: Shopify, query: URLSearchParams): Promise<AppProxyCheck> {
  if (!query.get('signature')) return {ok: false, reason: 'unsigned'};
  try {
    if (!(await api.utils.validateHmac(query, {signator: 'appProxy'})))
      return {ok: false, reason: 'invalid'};
  } catch {
    return {ok: false, reason: 'stale'};
  }
  const shop = api.utils.sanitizeShop(query.get('shop') ?? '');
  if (!shop) return {ok: false, reason: 'invalid'};
  return {ok: true, shop, customerId: query.get('logged_in_customer_id') || null};
}

/** Refuses unsigned or forged proxy requests and shops without Heed, all alike. */
export function requireAppProxy(api: Shopify, storage: Storage) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const query = new URL(req.originalUrl, 'http://proxy.invalid').searchParams;
    const check = await checkAppProxy(api, query);
    if (!check.ok) throw new HeedError('UNAUTHENTICATED', `App proxy request ${check.reason}`);
    if (!(await storage.shops.isInstalled(check.shop)))
      throw new HeedError('FORBIDDEN', 'Shop has not installed Heed');
    res.locals.storefront = {shop: check.shop, customerId: check.customerId};
    next();
  };
}
