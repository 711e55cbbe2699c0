/**
 * The longest a session token Heed accepts may live, in seconds: Shopify's admin tokens live a
 * minute and checkout extensions' five. A signed token without `exp`, or one made to last a year
 * (a leaked secret, a tool that mints its own), is refused even while "unexpired".
 * https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens
 * https://shopify.dev/docs/api/checkout-ui-extensions/latest/apis/session-token
 */
export const MAX_TOKEN_LIFETIME_S = 5 * 60;

/** True when the verified claims say when the token expires, and it lives no longer than allowed. */
export function hasShortLifetime(claims: {exp?: unknown; iat?: unknown; nbf?: unknown}): boolean {
  const {exp} = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return false;
  const starts = [claims.iat, claims.nbf].filter(
    (t): t is number => typeof t === 'number' && Number.isFinite(t),
  );
  if (starts.length === 0) return false;
  return exp - Math.min(...starts) <= MAX_TOKEN_LIFETIME_S;
}
