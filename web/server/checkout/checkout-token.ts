import type {Shopify} from '@shopify/shopify-api';
import {hasShortLifetime} from '../auth/token-lifetime';

export type CheckoutTokenCheck =
  | {ok: true; shop: string; customerId: string | null}
  | {ok: false; reason: 'missing' | 'invalid'};

/**
 * Checks the session token a checkout UI extension sends. Its audience is the extension, not the
 * app's admin, so the audience check is off; the signature, expiry and a lifetime of at most
 * Shopify's five minutes still are checked. The shop comes only from `dest`.
 * https://shopify.dev/docs/api/checkout-ui-extensions/latest/apis/session-token
 */
export async function checkCheckoutToken(
  api: Shopify,
  authorization: string | undefined,
): Promise<CheckoutTokenCheck> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return {ok: false, reason: 'missing'};
  try {
    const payload = await api.session.decodeSessionToken(token, {checkAudience: false});
    if (!hasShortLifetime(payload)) return {ok: false, reason: 'invalid'};
    const shop = payload.dest.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const sub = typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub : null;
    return {
      ok: true,
      shop,
      customerId: sub ? sub.replace(/^gid:\/\/shopify\/Customer\//, '') : null,
    };
  } catch {
    return {ok: false, reason: 'invalid'};
  }
}
