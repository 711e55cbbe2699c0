import type {NextFunction, Request, Response} from 'express';
import {RequestedTokenType, type Session} from '@shopify/shopify-api';
import type {ShopifyApp} from '@shopify/shopify-app-express';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import {HeedError, toClientBody} from '../errors';
import {SHOPIFY_HEADERS} from '../shopify-headers';
import {requestIdOf} from '../http/request-context';
import {sessionTokenOf} from './session-token';
import {readerOf} from '../http/request-reader';

/** A stored offline token this close to its expiry is exchanged again, as Shopify's middleware does. */
const RENEW_WITHIN_MS = 5 * 60_000;

/**
 * Makes sure the shop of a verified session token has a usable offline session before Shopify's
 * middleware runs, answering as Heed answers everywhere else where that middleware would not:
 * storage that is away is a 503 to retry (the middleware sends a bare 500), and a token exchange
 * Shopify refuses (a shop it does not know, an app it does not have) is a 401, not a 500. With a
 * session stored here, Shopify's middleware finds it active and goes on.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange
 */
export function requireOfflineSession(deps: {shopify: ShopifyApp; sessionStorage: SessionStorage}) {
  const {api} = deps.shopify;
  return async (req: Request, res: Response, next: NextFunction) => {
    const verified = sessionTokenOf(res);
    if (!verified) throw new HeedError('UNAUTHENTICATED', 'No verified session token');
    // A storage failure propagates: the error handler answers 503 when storage is away.
    const stored = await deps.sessionStorage.loadSession(api.session.getOfflineId(verified.shop));
    if (stored?.isActive(undefined, RENEW_WITHIN_MS)) {
      next();
      return;
    }
    const exchanged = await exchange(verified.shop, verified.token);
    if (!exchanged.ok) {
      const error = new HeedError(
        'UNAUTHENTICATED',
        `Token exchange refused (${exchanged.status})`,
      );
      if (exchanged.retry) res.set(SHOPIFY_HEADERS.retryInvalidSession, '1');
      res.status(error.httpStatus).json(toClientBody(error, requestIdOf(res), readerOf(req)));
      return;
    }
    await deps.sessionStorage.storeSession(exchanged.session);
    await deps.shopify.config.hooks.afterAuth?.({session: exchanged.session});
    next();
  };

  async function exchange(
    shop: string,
    sessionToken: string,
  ): Promise<{ok: true; session: Session} | {ok: false; status: number; retry: boolean}> {
    try {
      const {session} = await api.auth.tokenExchange({
        shop,
        sessionToken,
        requestedTokenType: RequestedTokenType.OfflineAccessToken,
        expiring: true,
      });
      return {ok: true, session};
    } catch (error) {
      const status = refusedStatus(error);
      if (status === null) {
        throw new HeedError('SHOPIFY_UNAVAILABLE', 'Token exchange failed', {cause: error});
      }
      // Shopify's answer to a token it will not exchange: App Bridge may retry with a fresh one.
      return {ok: false, status, retry: status === 400};
    }
  }
}

/**
 * The status of a token exchange Shopify refused (4xx), or null when Shopify failed or could not
 * be reached. Checked by shape: shopify-app-express runs the CommonJS copy of shopify-api, whose
 * error classes are not the ones this module imports.
 */
function refusedStatus(error: unknown): number | null {
  const code: unknown =
    typeof error === 'object' && error !== null && 'response' in error
      ? (error.response as {code?: unknown} | undefined)?.code
      : undefined;
  if (typeof code === 'number' && code >= 400 && code < 500 && code !== 429) return code;
  return null;
}
