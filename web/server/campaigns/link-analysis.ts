/** What an email link does for the offer: carries the code, carries the attribution key, or neither. */
export type LinkVerdict =
  | {url: string; status: 'carries_code'; code: string}
  | {url: string; status: 'carries_attribution'}
  | {url: string; status: 'missing_code'; foreignCode: string | null}
  | {url: string; status: 'wrong_domain'; host: string | null}
  | {url: string; status: 'not_a_shop_link'};

/** Links that are about the email itself, not the offer (mail, phone, anchors, unsubscribe pages). */
function isUtilityLink(raw: string, url: URL | null): boolean {
  if (/^(mailto|tel|sms):/i.test(raw) || raw.startsWith('#')) return true;
  return (
    url !== null &&
    /unsubscribe|email-preferences|manage-preferences/i.test(url.pathname + url.search)
  );
}

export function analyseLink(
  raw: string,
  shopHosts: string[],
  codes: string[],
  attributionKey: string,
): LinkVerdict {
  const url = parse(raw);
  if (isUtilityLink(raw, url)) return {url: raw, status: 'not_a_shop_link'};
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return {url: raw, status: 'wrong_domain', host: null};
  }
  if (!isShopHost(url.hostname, shopHosts))
    return {url: raw, status: 'wrong_domain', host: url.hostname};

  const wanted = new Set(codes.map((c) => c.toUpperCase()));
  const carried = codesIn(url);
  const match = carried.find((c) => wanted.has(c.toUpperCase()));
  if (match) return {url: raw, status: 'carries_code', code: match};
  const utm = url.searchParams.get('utm_campaign');
  if (utm !== null && utm.toLowerCase() === attributionKey.toLowerCase())
    return {url: raw, status: 'carries_attribution'};
  return {url: raw, status: 'missing_code', foreignCode: carried[0] ?? null};
}

/** Shopify's discount links: `/discount/CODE` and the `discount` query parameter (comma-separated). */
function codesIn(url: URL): string[] {
  const codes: string[] = [];
  const path = url.pathname.match(/^\/discount\/([^/]+)/i)?.[1];
  if (path) codes.push(safeDecode(path));
  const param = url.searchParams.get('discount');
  if (param)
    codes.push(
      ...param
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    );
  return codes;
}

function isShopHost(host: string, shopHosts: string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return shopHosts.some((s) => s.toLowerCase().replace(/^www\./, '') === h);
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
