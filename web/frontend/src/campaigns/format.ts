import type {Formatter} from '../../../shared/format';
import type {CampaignPromise} from '../api/campaign-schemas';

/* The promise in words; amounts are written by the shop's formatter (web/shared/format.ts). */

/** "20% off the entire order", the promise as the email would say it. */
export function describePromise(
  promise: CampaignPromise,
  currencyCode: string | undefined,
  format: Pick<Formatter, 'money'>,
): string {
  const scope = describeScope(promise.scope);
  switch (promise.kind) {
    case 'free_shipping':
      return scope === undefined ? 'Free shipping' : `Free shipping on ${scope}`;
    case 'percentage':
      return `${promise.value ?? 0}% off ${scope ?? 'the entire order'}`;
    case 'fixed_amount':
      return `${format.money(promise.value ?? 0, currencyCode)} off ${scope ?? 'the entire order'}`;
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
  format: Pick<Formatter, 'money'>,
): string {
  if (minimum === null) return 'No minimum purchase';
  return minimum.type === 'subtotal'
    ? `Orders of ${format.money(minimum.amount, currencyCode)} or more`
    : `${minimum.quantity} or more items`;
}
