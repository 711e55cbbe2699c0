import {formatterFor} from '../../shared/format';
import type {CampaignPromise} from './campaign';

/**
 * The promise and its money in American English, as Shopify's admin writes it, for the sentences
 * that quote them in English. Findings word theirs for each reader (finding-phrases.ts).
 */
const SENTENCE_LOCALE = 'en-US';

/** Money written the way a merchant reads it. */
export function formatMoney(amount: number, currencyCode: string): string {
  return formatterFor({locale: SENTENCE_LOCALE, timeZone: null}).money(amount, currencyCode);
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

/** “A”, “B” and 2 more: the names a finding quotes, three at most. */
export function listTitles(titles: string[]): string {
  const quoted = titles.slice(0, 3).map((t) => `“${t}”`);
  const more = titles.length - quoted.length;
  return more > 0 ? `${quoted.join(', ')} and ${more} more` : quoted.join(', ');
}
