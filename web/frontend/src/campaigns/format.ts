import type {CampaignPromise} from '../api/campaign-schemas';

const DATE_TIME = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

/** In the merchant's own time zone, the one the form's date fields use too. */
export function formatDateTime(ms: number): string {
  return DATE_TIME.format(ms);
}

/** Without a known currency the number stands alone rather than with a guessed sign. */
export function formatMoney(amount: number, currencyCode: string | undefined): string {
  if (!currencyCode)
    return new Intl.NumberFormat(undefined, {minimumFractionDigits: 2}).format(amount);
  return new Intl.NumberFormat(undefined, {style: 'currency', currency: currencyCode}).format(
    amount,
  );
}

/** "20% off the entire order", the promise as the email would say it. */
export function describePromise(promise: CampaignPromise, currencyCode?: string): string {
  const scope = describeScope(promise.scope);
  switch (promise.kind) {
    case 'free_shipping':
      return scope === undefined ? 'Free shipping' : `Free shipping on ${scope}`;
    case 'percentage':
      return `${promise.value ?? 0}% off ${scope ?? 'the entire order'}`;
    case 'fixed_amount':
      return `${formatMoney(promise.value ?? 0, currencyCode)} off ${scope ?? 'the entire order'}`;
  }
}

/** `undefined` for the entire order, which free shipping does not need to say. */
function describeScope(scope: CampaignPromise['scope']): string | undefined {
  switch (scope.type) {
    case 'entire_order':
      return undefined;
    case 'products':
    case 'collections':
      return scope.description || pickedTitles(scope.items) || `selected ${scope.type}`;
  }
}

function pickedTitles(items: Array<{title: string}> | undefined): string {
  const titles = (items ?? []).map((item) => item.title);
  return titles.length > 3
    ? `${titles.slice(0, 3).join(', ')} and ${titles.length - 3} more`
    : titles.join(', ');
}

export function describeAudience(audience: CampaignPromise['audience']): string {
  switch (audience.type) {
    case 'everyone':
      return 'Everyone';
    case 'email_subscribers':
      return 'Email subscribers';
    case 'segment':
      return `Customer segments: ${audience.segmentIds.join(', ')}`;
  }
}

export function describeMinimum(
  minimum: CampaignPromise['minimum'],
  currencyCode: string | undefined,
): string {
  if (minimum === null) return 'No minimum purchase';
  return minimum.type === 'subtotal'
    ? `Orders of ${formatMoney(minimum.amount, currencyCode)} or more`
    : `${minimum.quantity} or more items`;
}
