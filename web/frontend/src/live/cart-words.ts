import type {BadgeProps} from '@shopify/polaris';
import type {CustomerStatus, PromiseFacts, ShopperFacts} from '../api/journey-schemas';

interface Look {
  label: string;
  tone: BadgeProps['tone'];
}

/** Returning or new only as Shopify said it: a shopper Heed can't place is never called new. */
export const CUSTOMER_LOOK: Record<CustomerStatus, Look> = {
  returning: {label: 'Returning customer', tone: 'info'},
  new: {label: 'New customer', tone: 'success'},
  unknown: {label: 'New or returning: not known yet', tone: undefined},
};

/** Whether the email's offer held in this checkout. */
export function promiseLook(promise: PromiseFacts): Look {
  if (promise.applied === true) return {label: 'Promise kept', tone: 'success'};
  if (promise.applied === false) return {label: 'Promise not kept', tone: 'critical'};
  return {label: 'Not known yet', tone: undefined};
}

export function emailMarketingWords(shopper: ShopperFacts): string {
  if (shopper.acceptsEmailMarketing === true) return 'Accepts email marketing';
  if (shopper.acceptsEmailMarketing === false) return 'Doesn’t accept email marketing';
  return 'Email marketing consent not known';
}

const EFFECT_WORDS = {
  applied: 'applied',
  no_allocation: 'in the checkout, taking nothing off',
  absent: 'not in the checkout',
} as const;

/** "WINTER20: applied", "WINTER20: not in the checkout". */
export function promisedCodeWords(code: PromiseFacts['codes'][number]): string {
  return `${code.code}: ${code.effect === null ? 'no cart seen yet' : EFFECT_WORDS[code.effect]}`;
}

/** "Entered twice", "Entered 3 times". */
export function timesWords(times: number): string {
  if (times === 1) return 'Entered once';
  if (times === 2) return 'Entered twice';
  return `Entered ${times} times`;
}

const DISCOUNT_TYPE_WORDS: Readonly<Record<string, string>> = {
  AUTOMATIC: 'automatic discount',
  MANUAL: 'added by staff',
  SCRIPT: 'from a script',
};

/** How a discount came to be, for all but codes the shopper entered; null for those. */
export function discountTypeWords(type: string): string | null {
  if (type === 'DISCOUNT_CODE') return null;
  return DISCOUNT_TYPE_WORDS[type] ?? 'other discount';
}
