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

/** What verification needs from Shopify; implemented over the Admin API (read-discounts.ts). */
export interface DiscountReader {
  shop(shop: string): Promise<ReadResult<ShopFacts>>;
  codes(shop: string, codes: string[]): Promise<ReadResult<DiscountLookup[]>>;
  automatic(shop: string, from: number, to: number): Promise<ReadResult<AutomaticDiscountFacts[]>>;
}
