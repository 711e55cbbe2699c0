import type {CustomerFacts, MarketingState, OrderRef, ShopperStatus} from './types';

/**
 * The shopper's status in words for the case page: "Customer since March 2019 · 14 orders ·
 * subscribed to email". A customer is called new only when Shopify counts no order at all; when
 * the status could not be read, the words say so and guess nothing. `locale` formats dates and
 * money only; `timeZone` is the shop's (months are the shop's months).
 */
export function describeShopper(
  status: ShopperStatus | null,
  timeZone: string | null,
  locale = 'en',
): string {
  if (status === null) return "The shopper's status has not been read from Shopify yet";
  if (status.state === 'unavailable') {
    return `${status.reason}, so the shopper's status could not be refreshed`;
  }
  const parts = status.customer
    ? customerParts(status.customer, status.orderedSince, timeZone, locale)
    : ['Guest checkout', 'no customer account'];
  const since = orderedSincePart(status.orderedSince);
  return [...parts, ...(since ? [since] : [])].join(' · ');
}

function customerParts(
  c: CustomerFacts,
  orderedSince: OrderRef[],
  timeZone: string | null,
  locale: string,
): string[] {
  const month = monthOf(c.createdAt, timeZone, locale);
  const isNew = c.numberOfOrders === 0 && c.lastOrder === null && orderedSince.length === 0;
  const parts = [
    isNew ? `New customer (account since ${month})` : `Customer since ${month}`,
    ordersPart(c.numberOfOrders),
    emailPart(c.email),
  ];
  if (c.hasPhone) parts.push('has a phone number');
  if (c.numberOfOrders > 0 && c.amountSpent && c.amountSpent.amount > 0) {
    parts.push(`${moneyOf(c.amountSpent, locale)} spent`);
  }
  return parts;
}

function ordersPart(count: number): string {
  if (count === 0) return 'no orders yet';
  return count === 1 ? '1 order' : `${count} orders`;
}

const MARKETING_WORDS: Record<MarketingState, string> = {
  SUBSCRIBED: 'subscribed to email',
  NOT_SUBSCRIBED: 'not subscribed to email',
  PENDING: 'email subscription not yet confirmed',
  UNSUBSCRIBED: 'unsubscribed from email',
  REDACTED: 'email redacted',
  INVALID: 'email address invalid',
};

function emailPart(email: CustomerFacts['email']): string {
  if (email === null) return 'no email address';
  return email.marketingState ? MARKETING_WORDS[email.marketingState] : 'email consent unknown';
}

const CHANNEL_WORDS: Record<string, string> = {
  shopify_draft_order: 'draft order',
  pos: 'point of sale',
};

function orderedSincePart(orders: OrderRef[]): string | null {
  if (orders.length === 0) return null;
  const names = orders.map((o) => {
    const channel = o.sourceName ? CHANNEL_WORDS[o.sourceName] : undefined;
    return channel ? `${o.name} (${channel})` : o.name;
  });
  return `Ordered again since: ${names.join(', ')}`;
}

function monthOf(ms: number, timeZone: string | null, locale: string): string {
  const format = (zone: string | undefined) =>
    new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: zone}).format(ms);
  try {
    return format(timeZone ?? 'UTC');
  } catch {
    // An unknown zone or locale name must not cost the page its words.
    return new Intl.DateTimeFormat('en', {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
      ms,
    );
  }
}

function moneyOf(money: {amount: number; currencyCode: string}, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, {style: 'currency', currency: money.currencyCode}).format(
      money.amount,
    );
  } catch {
    return `${money.amount.toFixed(2)} ${money.currencyCode}`;
  }
}
