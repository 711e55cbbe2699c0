import type {CampaignPromise} from '../campaigns/campaign';
import {englishSayer, type WordValue, type Wording} from '../sentences/wording';
import type {CheckoutStep, Journey, Money} from './journey';

/** A signal's words: its wording, and the English it reads as on the shop's clock when told. */
export interface Told {
  sentence: string;
  wording: Wording;
}

/** What a signal says, stored both as its wording and as English (for staff mail, Slack, logs). */
export function told(wording: Wording, timeZone: string | null): Told {
  return {sentence: englishSayer(timeZone).say(wording), wording};
}

export function sentenceOf(key: string, values?: Record<string, WordValue>): Wording {
  return values ? {key: `signals:${key}`, values} : {key: `signals:${key}`};
}

/** A clause of a sentence. */
export function clause(key: string, values?: Record<string, WordValue>): WordValue {
  return {say: sentenceOf(key, values)};
}

type Preposition = 'on' | 'at' | 'from' | 'to';

/** "on the payment step", "to the payment step"; "on checkout" when the step is unknown. */
export function place(preposition: Preposition, step: CheckoutStep | null): WordValue {
  return clause(`place.${preposition}.${step ?? 'checkout'}`);
}

/** "10:42" in the shop's time zone (24-hour, as a staff member reads a timeline). */
export function clockAt(ms: number): WordValue {
  return {at: ms, style: 'clock'};
}

export function money(value: Money): WordValue {
  return {money: value.amount, currency: value.currencyCode};
}

/** "4 minutes", "1 hour 5 minutes", "2 days". */
export function durationWording(ms: number): Wording {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return sentenceOf('duration.minutes', {count: Math.max(minutes, 1)});
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    const hours = sentenceOf('duration.hours', {count: Math.floor(minutes / 60)});
    if (rest === 0) return hours;
    return sentenceOf('duration.hoursAndMinutes', {
      hours: {say: hours},
      minutes: clause('duration.minutes', {count: rest}),
    });
  }
  return sentenceOf('duration.days', {count: Math.round(minutes / (24 * 60))});
}

/** "a $240.00 cart (2 items)", or "their cart" when no snapshot told its total. */
export function cartWording(journey: Journey): WordValue {
  const cart = journey.cart;
  const items = cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
  const value = cart?.total ?? cart?.subtotal ?? null;
  if (!value) return clause('cart.unknown');
  return clause('cart.valued', {total: money(value), count: items});
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'reductions',
  'email',
  'phone',
  'firstName',
  'lastName',
  'address1',
  'address2',
  'city',
  'zone',
  'postalCode',
  'countryCode',
]);

/** "postal code" for `postalCode`; other names are split into words, as checkout named them. */
export function fieldWording(field: string): WordValue {
  if (KNOWN_FIELDS.has(field)) return clause(`field.${field}`);
  return field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

/** "20% off the entire order", "free shipping", "$10.00 off “Mink coat”, “Fox stole”". */
export function promiseWording(promise: CampaignPromise, currencyCode: string): Wording {
  const offer =
    promise.kind === 'free_shipping'
      ? sentenceOf('promise.freeShipping')
      : promise.kind === 'percentage'
        ? sentenceOf('promise.percentOff', {percent: promise.value ?? 0})
        : sentenceOf('promise.amountOff', {
            amount: {money: promise.value ?? 0, currency: currencyCode},
          });
  if (promise.scope.type === 'entire_order') {
    return promise.kind === 'free_shipping'
      ? offer
      : sentenceOf('promise.entireOrder', {offer: {say: offer}});
  }
  const titles = (promise.scope.items ?? []).map((item) => item.title);
  const items: WordValue =
    promise.scope.description ??
    (titles.length > 0 ? {titles} : clause(`promise.selected.${promise.scope.type}`));
  return sentenceOf('promise.items', {offer: {say: offer}, items});
}

/**
 * "10:42" in the shop's time zone, in English; UTC, and said so, while the shop's zone is unknown.
 */
export function clockTime(ms: number, timeZone: string | null): string {
  return englishSayer(timeZone).format.clock(ms);
}

/** "4 minutes", in English. */
export function duration(ms: number): string {
  return englishSayer(null).say(durationWording(ms));
}
