/**
 * Shopify names one resource in several shapes: webhooks and the pixel send numbers
 * (`450789469`), the Admin API and checkout extensions send GIDs (`gid://shopify/Order/450789469`),
 * and the Thank you page's order confirmation may name the order as an `OrderIdentity`. Heed stores
 * one shape, the Admin API's GID, so that every join by id finds its rows whichever source spoke
 * first. https://shopify.dev/docs/api/usage/gids
 */
export type GidResource = 'Order' | 'Customer' | 'ProductVariant' | 'DraftOrder';

/** Other names Shopify gives the same resource, with the same number. */
const ALIASES: Readonly<Record<GidResource, readonly string[]>> = {
  Order: ['Order', 'OrderIdentity'],
  Customer: ['Customer'],
  ProductVariant: ['ProductVariant'],
  DraftOrder: ['DraftOrder'],
};

const GID = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/;
const NUMBER = /^\d+$/;

/**
 * The Admin API GID of a resource id given as a number, a numeric string or a GID (of the resource
 * or one of its aliases); null for anything else, so a malformed id never joins anything.
 */
export function toGid(
  resource: GidResource,
  id: string | number | null | undefined,
): string | null {
  if (id === null || id === undefined) return null;
  const text = String(id).trim();
  if (NUMBER.test(text)) return `gid://shopify/${resource}/${BigInt(text).toString()}`;
  const match = GID.exec(text);
  if (!match || !ALIASES[resource].includes(match[1] ?? '')) return null;
  return `gid://shopify/${resource}/${BigInt(match[2] ?? '0').toString()}`;
}

export const orderGid = (id: string | number | null | undefined) => toGid('Order', id);
export const customerGid = (id: string | number | null | undefined) => toGid('Customer', id);
export const variantGid = (id: string | number | null | undefined) => toGid('ProductVariant', id);

/** The number at the end of a GID, for the places Shopify still wants it (REST, GDPR payloads). */
export function legacyIdOf(gid: string): string | null {
  return GID.exec(gid)?.[2] ?? null;
}
