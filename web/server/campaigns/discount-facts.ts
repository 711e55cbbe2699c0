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
  items:
    | {type: 'all'}
    | {type: 'products'; count: number; titles: string[]}
    | {type: 'collections'; count: number; titles: string[]};
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
