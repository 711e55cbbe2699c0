import type {Campaign} from '../campaign';
import type {AutomaticDiscountFacts, DiscountLookup} from '../discount-facts';
import type {ProductCollections} from '../discount-reader';
import type {CheckedFinding} from '../findings';

/** Everything a check may look at. Checks are pure: no I/O, no clock; `now` is given. */
export interface VerificationInput {
  campaign: Campaign;
  discounts: DiscountLookup[];
  automaticDiscounts: AutomaticDiscountFacts[];
  /** The collections of the products the promise names (empty when it names none). */
  productCollections: ProductCollections;
  /** `timeZone`: the shop's IANA zone, the clock findings tell dates on (null: UTC, said so). */
  shop: {domain: string; currencyCode: string; hosts: string[]; timeZone: string | null};
  now: number;
}

export type Check = (input: VerificationInput) => CheckedFinding[];
