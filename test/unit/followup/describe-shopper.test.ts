import {englishSayer} from '../../../web/server/sentences/wording';
import {describe, expect, it} from 'vitest';
import {describeShopper} from '../../../web/server/followup/shopper-status';
import type {CustomerFacts, OrderRef, ShopperStatus} from '../../../web/server/followup/types';

const NOW = Date.parse('2026-11-27T17:00:00Z');
const ZONE = 'America/Toronto';

const order = (name: string, sourceName: string | null = 'web'): OrderRef => ({
  id: `gid://shopify/Order/${name.slice(1)}`,
  name,
  createdAt: NOW - 3_600_000,
  sourceName,
  total: {amount: 151.2, currencyCode: 'CAD'},
});

const margaret: CustomerFacts = {
  id: 'gid://shopify/Customer/6001',
  firstName: 'Margaret',
  lastName: 'Holloway',
  createdAt: Date.parse('2019-03-14T15:20:00Z'),
  numberOfOrders: 14,
  amountSpent: {amount: 2310, currencyCode: 'CAD'},
  lastOrder: order('#1041'),
  email: {address: 'margaret@example.com', marketingState: 'SUBSCRIBED'},
  phone: '+14165550147',
  hasPhone: true,
  locale: 'en-CA',
};

const known = (customer: CustomerFacts | null, orderedSince: OrderRef[] = []): ShopperStatus => ({
  state: 'known',
  readAt: NOW,
  customer,
  orderedSince,
});

describe('describeShopper', () => {
  it('when the shopper has bought for years, then the words give the history and the consent', () => {
    expect(describeShopper(known(margaret), englishSayer(ZONE))).toBe(
      'Customer since March 2019 · 14 orders · subscribed to email · has a phone number · CA$2,310.00 spent',
    );
  });

  it('when the checkout was a guest, then the words say there is no account', () => {
    expect(describeShopper(known(null), englishSayer(ZONE))).toBe(
      'Guest checkout · no customer account',
    );
  });

  it('when the shopper ordered since, by phone included, then each order is named with its channel', () => {
    const words = describeShopper(
      known(margaret, [order('#1043', 'shopify_draft_order'), order('#1044')]),
      englishSayer(ZONE),
    );
    expect(words).toContain('Ordered again since: #1043 (draft order), #1044');
  });

  it('when Shopify could not be reached, then the words say the status could not be refreshed and guess nothing', () => {
    const words = describeShopper(
      {state: 'unavailable', readAt: NOW, reason: 'Shopify could not be reached'},
      englishSayer(ZONE),
    );
    expect(words).toBe(
      "Shopify could not be reached, so the shopper's status could not be refreshed",
    );
    expect(words).not.toMatch(/new|guest/i);
  });

  it('when the account was made at the very end of a month in the shop zone, then the month is the shop’s', () => {
    // 2019-04-01T02:00Z is still 31 March in Toronto.
    const lateMarch = {...margaret, createdAt: Date.parse('2019-04-01T02:00:00Z')};
    expect(describeShopper(known(lateMarch), englishSayer(ZONE))).toMatch(
      /^Customer since March 2019/,
    );
  });

  it.each<[string, Partial<CustomerFacts>, OrderRef[]]>([
    ['a customer with orders counted', {numberOfOrders: 3, lastOrder: null}, []],
    ['a customer whose last order is known but the counter says 0', {numberOfOrders: 0}, []],
    [
      'a customer with no order counted who ordered since',
      {numberOfOrders: 0, lastOrder: null},
      [order('#1043')],
    ],
  ])('when it is %s, then the shopper is never called new', (_case, patch, since) => {
    expect(describeShopper(known({...margaret, ...patch}, since), englishSayer(ZONE))).not.toMatch(
      /new/i,
    );
  });

  it('when Shopify counts no order at all, then the customer is called new with the account age', () => {
    const priya = {
      ...margaret,
      numberOfOrders: 0,
      lastOrder: null,
      createdAt: NOW - 2 * 86_400_000,
    };
    expect(describeShopper(known(priya), englishSayer(ZONE))).toMatch(
      /^New customer \(account since November 2026\) · no orders yet/,
    );
  });

  it.each<[string, CustomerFacts['email'], string]>([
    [
      'not subscribed',
      {address: 'a@b.c', marketingState: 'NOT_SUBSCRIBED'},
      'not subscribed to email',
    ],
    ['unsubscribed', {address: 'a@b.c', marketingState: 'UNSUBSCRIBED'}, 'unsubscribed from email'],
    ['of unknown consent', {address: 'a@b.c', marketingState: null}, 'email consent unknown'],
    ['without an email', null, 'no email address'],
  ])(
    'when the shopper is %s, then the words do not claim a subscription',
    (_case, email, words) => {
      const text = describeShopper(known({...margaret, email}), englishSayer(ZONE));
      expect(text).toContain(words);
      expect(text).not.toContain('· subscribed to email');
    },
  );

  it('when nothing was read yet, then the words say so', () => {
    expect(describeShopper(null, englishSayer(ZONE))).toMatch(/not been read/);
  });

  it('when the zone name is unknown, then the words are still given', () => {
    expect(describeShopper(known(margaret), englishSayer('Mars/Olympus'))).toMatch(
      /^Customer since March 2019/,
    );
  });
});
