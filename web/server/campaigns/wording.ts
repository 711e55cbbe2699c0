import {formatterFor} from '../../shared/format';
import type {CampaignPromise} from './campaign';
import type {DiscountValue} from './discount-facts';

/**
 * Findings are read in the admin, in American English as Shopify's admin writes it; the
 * translated admin (later) passes its own language to the same formatter.
 */
const SENTENCE_LOCALE = 'en-US';

/** Numbers in findings are written the way a merchant reads them. */
export function formatMoney(amount: number, currencyCode: string): string {
  return formatterFor({locale: SENTENCE_LOCALE, timeZone: null}).money(amount, currencyCode);
}

/** "Sep 1, 2026, 9:00 AM" on the shop's clock; UTC, and said so, while its zone is unknown. */
export function formatDate(ms: number, timeZone: string | null): string {
  return formatterFor({locale: SENTENCE_LOCALE, timeZone}).dateTime(ms);
}

/** "20%" or "$10.00": the size of a promised discount. */
export function promisedAmount(promise: CampaignPromise, currencyCode: string): string {
  return promise.kind === 'percentage'
    ? `${promise.value ?? 0}%`
    : formatMoney(promise.value ?? 0, currencyCode);
}

export function describePromise(promise: CampaignPromise, currencyCode: string): string {
  const what =
    promise.kind === 'free_shipping'
      ? 'free shipping'
      : `${promisedAmount(promise, currencyCode)} off`;
  const scope =
    promise.scope.type === 'entire_order'
      ? promise.kind === 'free_shipping'
        ? ''
        : ' the entire order'
      : ` ${promise.scope.description ?? (listTitles((promise.scope.items ?? []).map((i) => i.title)) || `selected ${promise.scope.type}`)}`;
  return `${what}${scope}`;
}

export function describeValue(value: DiscountValue, currencyCode: string): string {
  switch (value.type) {
    case 'percentage':
      return `${value.percent}% off`;
    case 'fixed_amount':
      return `${formatMoney(value.amount, currencyCode)} off`;
    case 'free_shipping':
      return 'free shipping';
    case 'other':
      return value.description;
  }
}

/** “A”, “B” and 2 more: the names a finding quotes, three at most. */
export function listTitles(titles: string[]): string {
  const quoted = titles.slice(0, 3).map((t) => `“${t}”`);
  const more = titles.length - quoted.length;
  return more > 0 ? `${quoted.join(', ')} and ${more} more` : quoted.join(', ');
}
