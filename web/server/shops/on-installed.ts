import type {Session} from '@shopify/shopify-api';
import type {Storage} from '../storage';
import type {Logger} from '../logger';

export interface ShopDetails {
  name: string;
  currencyCode: string;
  /** IANA zone, e.g. `America/Toronto`. */
  timeZone?: string | null;
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
  /** Turns the hesitation pixel on; runs once per install (a shop with an ingest key keeps it). */
  activatePixel?: (session: Session) => Promise<{ok: true} | {ok: false; reason: string}>;
}) {
  return async (session: Session) => {
    const {storage, logger} = deps;
    await storage.shops.markInstalled(session.shop, {scopes: session.scope ?? ''}, deps.now());
    // The install stands even when Shopify is slow: details and the pixel are tried again next time.
    try {
      const details = await deps.fetchShopDetails?.(session);
      if (details) await storage.shops.updateDetails(session.shop, details, deps.now());
    } catch (error) {
      logger.warn({err: error, shop: session.shop}, 'could not read shop details');
    }
    if (deps.activatePixel && !(await storage.shops.ingestKeyHash(session.shop))) {
      const activation = await deps
        .activatePixel(session)
        .catch((error: unknown) => ({ok: false as const, reason: String(error)}));
      if (!activation.ok)
        logger.warn(
          {shop: session.shop, reason: activation.reason},
          'could not activate the web pixel',
        );
    }
  };
}
