/**
 * What the Admin API says about a discount, normalised for the verification checks. The mapping
 * from Shopify's GraphQL shapes lives in read-discounts.ts; the checks only see this.
 */

export type DiscountValue =
  | {type: 'percentage'; percent: number}
  | {type: 'fixed_amount'; amount: number}
  | {type: 'free_shipping'}
  | {type: 'other'; description: string};

export interface CombinesWith {
  orderDiscounts: boolean;
  productDiscounts: boolean;
  shippingDiscounts: boolean;
}

export type DiscountClass = 'order' | 'product' | 'shipping';

/**
 * What a discount applies to. `ids` are the GIDs read (the first page); `complete` is false when
 * Shopify had more than that page, so an id missing from `ids` may still be covered.
 */
export type DiscountItems =
  | {type: 'all'}
  | {type: 'products'; count: number; titles: string[]; ids: string[]; complete: boolean}
  | {type: 'collections'; count: number; titles: string[]; ids: string[]; complete: boolean};

export interface CodeDiscountFacts {
  code: string;
  found: true;
  id: string;
  title: string;
  status: 'ACTIVE' | 'EXPIRED' | 'SCHEDULED';
  discountClass: DiscountClass;
  value: DiscountValue;
  startsAt: number;
  endsAt: number | null;
  usageLimit: number | null;
  usedCount: number;
  appliesOncePerCustomer: boolean;
  items: DiscountItems;
  context:
    | {type: 'all'}
    | {type: 'customers'; count: number}
    | {type: 'segments'; ids: string[]; titles: string[]};
  minimum: null | {type: 'subtotal'; amount: number} | {type: 'quantity'; quantity: number};
  combinesWith: CombinesWith;
}

export type DiscountLookup = CodeDiscountFacts | {code: string; found: false};

export interface AutomaticDiscountFacts {
  id: string;
  title: string;
  discountClass: DiscountClass;
  value: DiscountValue;
  startsAt: number;
  endsAt: number | null;
  combinesWith: CombinesWith;
}
