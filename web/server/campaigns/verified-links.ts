/**
 * Links Heed generates for a ready campaign: Shopify's discount link, which applies the code and
 * then redirects, plus the attribution key.
 * https://help.shopify.com/manual/discounts/discount-methods/discount-links
 */
export type RedirectPathCheck = {ok: true; path: string} | {ok: false; reason: string};

const MAX_PATH_LENGTH = 1000;

/**
 * The redirect must stay inside the shop: a path that starts with exactly one `/`, with no scheme,
 * no backslash and no control characters — never `//evil.example` or `https://evil.example`.
 */
export function checkRedirectPath(raw: string): RedirectPathCheck {
  const path = raw.trim() === '' ? '/' : raw.trim();
  if (path.length > MAX_PATH_LENGTH) return {ok: false, reason: 'The path is too long.'};
  if (!path.startsWith('/') || path.startsWith('//'))
    return {ok: false, reason: 'The path must start with a single "/" (a page of this shop).'};
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(path))
    return {ok: false, reason: 'The path contains characters that are not allowed.'};
  const base = 'https://shop.invalid';
  const resolved = new URL(path, base);
  if (resolved.origin !== base) return {ok: false, reason: 'The path must stay on this shop.'};
  return {ok: true, path: resolved.pathname + resolved.search + resolved.hash};
}

export function verifiedLink(
  host: string,
  code: string,
  path: string,
  attributionKey: string,
): string {
  const url = new URL(`https://${host}/discount/${encodeURIComponent(code)}`);
  url.searchParams.set('redirect', path);
  url.searchParams.set('utm_campaign', attributionKey);
  return url.toString();
}
