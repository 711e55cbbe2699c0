import {formatterFor} from '../../shared/format';
import {formatMoney} from '../campaigns/wording';
import type {CheckoutStep, Journey, Money} from './journey';

const STEP_WORDS: Record<CheckoutStep, string> = {
  contact: 'contact',
  delivery: 'delivery address',
  shipping: 'shipping method',
  payment: 'payment',
  completed: 'thank-you',
};

/** "the payment step". */
export function stepPhrase(step: CheckoutStep | null): string {
  return step ? `the ${STEP_WORDS[step]} step` : 'checkout';
}

export function money(value: Money): string {
  return formatMoney(value.amount, value.currencyCode);
}

/** "4 minutes", "1 hour 5 minutes", "2 days". */
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(Math.max(minutes, 1), 'minute');
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    const hours = plural(Math.floor(minutes / 60), 'hour');
    return rest === 0 ? hours : `${hours} ${plural(rest, 'minute')}`;
  }
  return plural(Math.round(minutes / (24 * 60)), 'day');
}

/** "a $240.00 cart (2 items)", or "their cart" when no snapshot told its total. */
export function cartPhrase(journey: Journey): string {
  const cart = journey.cart;
  const items = cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
  const value = cart?.total ?? cart?.subtotal ?? null;
  if (!value) return 'their cart';
  return `a ${money(value)} cart (${items} item${items === 1 ? '' : 's'})`;
}

const FIELD_WORDS: ReadonlyMap<string, string> = new Map([
  ['reductions', 'discount code'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['firstName', 'first name'],
  ['lastName', 'last name'],
  ['address1', 'address'],
  ['address2', 'apartment, suite'],
  ['city', 'city'],
  ['zone', 'state / province'],
  ['postalCode', 'postal code'],
  ['countryCode', 'country'],
]);

/** "postal code" for `postalCode`; other names are split into words. */
export function fieldPhrase(field: string): string {
  return (
    FIELD_WORDS.get(field) ??
    field
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .toLowerCase()
  );
}

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "10:42" in the shop's time zone (24-hour, as a staff member reads a timeline); UTC, and said so,
 * while the shop's zone is unknown.
 */
export function clockTime(ms: number, timeZone: string | null): string {
  return formatterFor({locale: 'en', timeZone}).clock(ms);
}
