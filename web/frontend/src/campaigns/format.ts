import type {TFunction} from 'i18next';
import type {Formatter} from '../../../shared/format';
import type {CampaignPromise} from '../api/campaign-schemas';

/* The promise in words; amounts are written by the shop's formatter (web/shared/format.ts). */

type Words = TFunction<'campaigns'>;

/** "20% off the entire order", the promise as the email would say it. */
export function describePromise(
  promise: CampaignPromise,
  currencyCode: string | undefined,
  format: Pick<Formatter, 'money'>,
  t: Words,
): string {
  const scope = describeScope(promise.scope, t);
  switch (promise.kind) {
    case 'free_shipping':
      return scope === undefined ? t('promise.freeShipping') : t('promise.freeShippingOn', {scope});
    case 'percentage':
      return t('promise.percentOff', {
        value: promise.value ?? 0,
        scope: scope ?? t('promise.entireOrder'),
      });
    case 'fixed_amount':
      return t('promise.amountOff', {
        amount: format.money(promise.value ?? 0, currencyCode),
        scope: scope ?? t('promise.entireOrder'),
      });
  }
}

/** `undefined` for the entire order, which free shipping does not need to say. */
function describeScope(scope: CampaignPromise['scope'], t: Words): string | undefined {
  switch (scope.type) {
    case 'entire_order':
      return undefined;
    case 'products':
      return scope.description || pickedTitles(scope.items, t) || t('promise.selectedProducts');
    case 'collections':
      return scope.description || pickedTitles(scope.items, t) || t('promise.selectedCollections');
  }
}

function pickedTitles(items: Array<{title: string}> | undefined, t: Words): string {
  const titles = (items ?? []).map((item) => item.title);
  return titles.length > 3
    ? t('promise.andMore', {titles: titles.slice(0, 3).join(', '), count: titles.length - 3})
    : titles.join(', ');
}

export function describeAudience(audience: CampaignPromise['audience'], t: Words): string {
  switch (audience.type) {
    case 'everyone':
      return t('promise.everyone');
    case 'email_subscribers':
      return t('promise.subscribers');
    case 'segment':
      return t('promise.segments', {ids: audience.segmentIds.join(', ')});
  }
}

export function describeMinimum(
  minimum: CampaignPromise['minimum'],
  currencyCode: string | undefined,
  format: Pick<Formatter, 'money'>,
  t: Words,
): string {
  if (minimum === null) return t('promise.noMinimum');
  return minimum.type === 'subtotal'
    ? t('promise.minSubtotal', {amount: format.money(minimum.amount, currencyCode)})
    : t('promise.minQuantity', {count: minimum.quantity});
}
