import type {AutomaticDiscountFacts, DiscountLookup} from './discount-facts';

export type ReadResult<T> =
  | {ok: true; value: T}
  | {
      ok: false;
      reason: 'shopify_unavailable' | 'unauthorized' | 'invalid_response';
      retryable: boolean;
    };

export interface ShopFacts {
  domain: string;
  currencyCode: string;
  /** Hosts shoppers reach the shop on: its myshopify domain and its own domains. */
  hosts: string[];
  /** The shop's IANA zone (`shop.ianaTimezone`); null when Shopify did not say. */
  timeZone: string | null;
}

/**
 * The collections of each promised product, by product GID; a product the shop no longer has is
 * absent. `complete` is false when the product is in more collections than were read.
 */
export type ProductCollections = Record<string, {collectionIds: string[]; complete: boolean}>;

/** What verification needs from Shopify; implemented over the Admin API (read-discounts.ts). */
export interface DiscountReader {
  shop(shop: string): Promise<ReadResult<ShopFacts>>;
  codes(shop: string, codes: string[]): Promise<ReadResult<DiscountLookup[]>>;
  automatic(shop: string, from: number, to: number): Promise<ReadResult<AutomaticDiscountFacts[]>>;
  productCollections(shop: string, productIds: string[]): Promise<ReadResult<ProductCollections>>;
}
