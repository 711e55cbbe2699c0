import type {Session} from '@shopify/shopify-api';
import type {Storage} from '../storage';
import type {Logger} from '../logger';

export interface ShopDetails {
  name: string;
  currencyCode: string;
}

/**
 * Runs after each token exchange (install, re-install, token refresh): the shop is recorded as
 * installed and its name and currency are refreshed from the Admin API when available.
 */
export function createOnInstalled(deps: {
  storage: Storage;
  logger: Logger;
  now: () => number;
  fetchShopDetails?: (session: Session) => Promise<ShopDetails | undefined>;
}) {
  return async (session: Session) => {
    await deps.storage.shops.markInstalled(session.shop, {scopes: session.scope ?? ''}, deps.now());
    if (!deps.fetchShopDetails) return;
    try {
      const details = await deps.fetchShopDetails(session);
      if (details) await deps.storage.shops.updateDetails(session.shop, details, deps.now());
    } catch (error) {
      // The install stands even when Shopify is slow; details are fetched again next time.
      deps.logger.warn({err: error, shop: session.shop}, 'could not read shop details');
    }
  };
}
