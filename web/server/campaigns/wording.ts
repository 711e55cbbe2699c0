import type {CampaignPromise} from './campaign';
import type {DiscountValue} from './discount-facts';

/** Numbers in findings are written the way a merchant reads them. */
export function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat('en-US', {style: 'currency', currency: currencyCode}).format(amount);
}

export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(ms);
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
