/**
 * Shopify's app-proxy signature: every query parameter but `signature`, sorted by key, written as
 * `key=value` (several values joined with commas) and concatenated with no separator; then
 * HMAC-SHA256 with the app secret, hex. Sorting matches @shopify/shopify-api's validator.
 * https://shopify.dev/docs/apps/build/online-store/display-dynamic-data#calculate-a-digital-signature
 */
import {createHmac} from 'node:crypto';

export type AppProxyQuery = Record<string, string | string[]>;

export function signAppProxy(query: AppProxyQuery, secret: string): string {
  const message = Object.entries(query)
    .filter(([key]) => key !== 'signature')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : value}`)
    .join('');
  return createHmac('sha256', secret).update(message).digest('hex');
}

/** The query string Shopify would forward to the app, `signature` included. */
export function signedAppProxyQuery(query: AppProxyQuery, secret: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  params.append('signature', signAppProxy(query, secret));
  return params.toString();
}
