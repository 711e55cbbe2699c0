import type {BadgeProps} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import type {CustomerStatus, PromiseFacts, ShopperFacts} from '../api/journey-schemas';

interface Look {
  label: string;
  tone: BadgeProps['tone'];
}

const CUSTOMER_TONE: Record<CustomerStatus, BadgeProps['tone']> = {
  returning: 'info',
  new: 'success',
  unknown: undefined,
};

/** Returning or new only as Shopify said it: a shopper Heed can't place is never called new. */
export function customerLook(status: CustomerStatus, t: TFunction<'live'>): Look {
  return {label: t(`customer.${status}`), tone: CUSTOMER_TONE[status]};
}

/** Whether the email's offer held in this checkout. */
export function promiseLook(promise: PromiseFacts, t: TFunction<'live'>): Look {
  if (promise.applied === true) return {label: t('codes.promise.kept'), tone: 'success'};
  if (promise.applied === false) return {label: t('codes.promise.notKept'), tone: 'critical'};
  return {label: t('codes.promise.unknown'), tone: undefined};
}

export function emailMarketingWords(shopper: ShopperFacts, t: TFunction<'live'>): string {
  if (shopper.acceptsEmailMarketing === true) return t('emailMarketing.yes');
  if (shopper.acceptsEmailMarketing === false) return t('emailMarketing.no');
  return t('emailMarketing.unknown');
}

/** "WINTER20: applied", "WINTER20: not in the checkout". */
export function promisedCodeWords(
  code: PromiseFacts['codes'][number],
  t: TFunction<'live'>,
): string {
  const effect =
    code.effect === null ? t('codes.effects.notSeen') : t(`codes.effects.${code.effect}`);
  return t('codes.effect', {code: code.code, effect});
}

/** "Entered twice", "Entered 3 times". */
export function timesWords(times: number, t: TFunction<'live'>): string {
  return times === 2 ? t('codes.enteredTwice') : t('codes.entered', {count: times});
}

const DISCOUNT_TYPES = ['AUTOMATIC', 'MANUAL', 'SCRIPT'] as const;

/** How a discount came to be, for all but codes the shopper entered; null for those. */
export function discountTypeWords(type: string, t: TFunction<'live'>): string | null {
  if (type === 'DISCOUNT_CODE') return null;
  const known = DISCOUNT_TYPES.find((k) => k === type);
  return known ? t(`codes.discountType.${known}`) : t('codes.discountType.other');
}
