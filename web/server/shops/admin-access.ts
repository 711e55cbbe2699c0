import {z} from 'zod';
import type {Session} from '@shopify/shopify-api';
import type {AdminApiClient} from '../admin-api/client';
import {SHOP_OVERVIEW_QUERY} from '../admin-api/documents';
import type {AdminQuery} from '../campaigns/read-discounts';
import type {ShopDetails} from './on-installed';

const shopOverview = z.object({
  shop: z.object({name: z.string(), currencyCode: z.string(), ianaTimezone: z.string().nullish()}),
});

/**
 * Admin GraphQL on behalf of a shop: loads its offline session (refreshing an expiring token when
 * needed) and sends the document through the throttle-aware client.
 */
export function createAdminQuery(deps: {
  client: AdminApiClient;
  offlineSession: (shop: string) => Promise<Session | undefined>;
}): AdminQuery {
  return async (shop, document, variables, schema) => {
    const session = await deps.offlineSession(shop);
    if (!session?.accessToken) return {ok: false, reason: 'unauthorized', retryable: false};
    return deps.client.request(
      {shop, accessToken: session.accessToken},
      document,
      variables,
      schema,
    );
  };
}

/** The shop's name, currency and time zone, read right after a token exchange. */
export function createShopDetailsReader(client: AdminApiClient) {
  return async (session: Session): Promise<ShopDetails | undefined> => {
    if (!session.accessToken) return undefined;
    const result = await client.request(
      {shop: session.shop, accessToken: session.accessToken},
      SHOP_OVERVIEW_QUERY,
      {},
      shopOverview,
    );
    return result.ok
      ? {
          name: result.data.shop.name,
          currencyCode: result.data.shop.currencyCode,
          timeZone: result.data.shop.ianaTimezone ?? null,
        }
      : undefined;
  };
}
