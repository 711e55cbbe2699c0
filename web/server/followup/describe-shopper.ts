import type {Sayer} from '../sentences/wording';
import {caseWording} from './case-words';
import type {CustomerFacts, OrderRef, ShopperStatus} from './types';

/**
 * The shopper's status in words for the case page: "Customer since March 2019 · 14 orders ·
 * subscribed to email". A customer is called new only when Shopify counts no order at all; when
 * the status could not be read, the words say so and guess nothing. The sayer's reader chooses
 * the words and formats; its clock is the shop's (months are the shop's months).
 */
export function describeShopper(status: ShopperStatus | null, sayer: Sayer): string {
  const say = (key: string, values?: Parameters<typeof caseWording>[1]) =>
    sayer.say(caseWording(`shopper.${key}`, values));
  if (status === null) return say('notRead');
  if (status.state === 'unavailable') {
    return say('unavailable', {reason: status.wording ? {say: status.wording} : status.reason});
  }
  const parts = status.customer
    ? customerParts(status.customer, status.orderedSince, sayer, say)
    : [say('guestCheckout'), say('noAccount')];
  const since = orderedSincePart(status.orderedSince, say);
  return [...parts, ...(since ? [since] : [])].join(' · ');
}

type Say = (key: string, values?: Parameters<typeof caseWording>[1]) => string;

function customerParts(
  c: CustomerFacts,
  orderedSince: OrderRef[],
  sayer: Sayer,
  say: Say,
): string[] {
  const month = monthOf(c.createdAt, sayer);
  const isNew = c.numberOfOrders === 0 && c.lastOrder === null && orderedSince.length === 0;
  const parts = [
    isNew ? say('newSince', {month}) : say('customerSince', {month}),
    c.numberOfOrders === 0 ? say('noOrders') : say('orders', {count: c.numberOfOrders}),
    emailPart(c.email, say),
  ];
  if (c.hasPhone) parts.push(say('hasPhone'));
  if (c.numberOfOrders > 0 && c.amountSpent && c.amountSpent.amount > 0) {
    const {amount, currencyCode} = c.amountSpent;
    parts.push(say('spent', {amount: {money: amount, currency: currencyCode}}));
  }
  return parts;
}

function emailPart(email: CustomerFacts['email'], say: Say): string {
  if (email === null) return say('noEmail');
  return email.marketingState ? say(`marketing.${email.marketingState}`) : say('consentUnknown');
}

const CHANNEL_KEYS: Record<string, string> = {
  shopify_draft_order: 'draftOrder',
  pos: 'pointOfSale',
};

function orderedSincePart(orders: OrderRef[], say: Say): string | null {
  if (orders.length === 0) return null;
  const names = orders.map((o) => {
    const channel = o.sourceName ? CHANNEL_KEYS[o.sourceName] : undefined;
    return channel ? say('orderThrough', {name: o.name, channel: say(channel)}) : o.name;
  });
  return say('orderedAgain', {orders: names.join(', ')});
}

/** "March 2019" in the reader's language, on the shop's calendar. */
function monthOf(ms: number, sayer: Sayer): string {
  const {locale, timeZone} = sayer.format;
  return new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone}).format(ms);
}
