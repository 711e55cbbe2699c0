import {describe, expect, it} from 'vitest';
import {shopperFactsOf} from '../../../web/server/followup/shopper-facts';
import type {CustomerFacts, ShopperStatus} from '../../../web/server/followup/types';
import {NOW, journey} from './fixtures';

const customer = (overrides: Partial<CustomerFacts>): CustomerFacts => ({
  id: 'gid://shopify/Customer/7',
  firstName: 'Dana',
  lastName: null,
  createdAt: Date.parse('2019-03-01T00:00:00Z'),
  numberOfOrders: 14,
  amountSpent: null,
  lastOrder: null,
  email: {address: 'dana@example.com', marketingState: 'SUBSCRIBED'},
  phone: null,
  hasPhone: false,
  locale: 'en',
  ...overrides,
});
const known = (c: CustomerFacts | null): ShopperStatus => ({
  state: 'known',
  readAt: NOW,
  customer: c,
  orderedSince: [],
});
const identity = (isFirstOrder: boolean | null, acceptsEmailMarketing: boolean | null = null) =>
  journey({
    identity: {asOf: NOW, customerId: '7', emailHash: null, isFirstOrder, acceptsEmailMarketing},
  });
const completion = {
  at: NOW,
  orderId: 'gid://shopify/Order/1',
  source: 'pixel' as const,
  eventId: null,
};

describe('shopperFactsOf: what the matcher knows of the shopper', () => {
  it('when Shopify counts 14 orders and a subscription, then the shopper is returning and may be emailed', () => {
    const facts = shopperFactsOf({
      journey: identity(null),
      status: known(customer({})),
      signalTypes: ['abandoned'],
      shopperAsked: false,
    });
    expect(facts).toMatchObject({returning: true, contactBasis: 'email_marketing'});
  });

  it('when the only order Shopify counts is this checkout’s, then the shopper is new', () => {
    const facts = shopperFactsOf({
      journey: {...identity(null), completion},
      status: known(customer({numberOfOrders: 1})),
      signalTypes: [],
      shopperAsked: false,
    });
    expect(facts.returning).toBe(false);
  });

  it('when Shopify could not be reached, then the checkout’s word is used', () => {
    const unavailable: ShopperStatus = {
      state: 'unavailable',
      readAt: NOW,
      reason: 'Shopify could not be reached',
    };
    const facts = shopperFactsOf({
      journey: identity(false, true),
      status: unavailable,
      signalTypes: [],
      shopperAsked: false,
    });
    expect(facts).toMatchObject({returning: true, contactBasis: 'email_marketing'});
  });

  it.each([
    ['nothing is known', null, identity(null)],
    [
      'Shopify could not be reached and checkout said nothing',
      {state: 'unavailable', readAt: NOW, reason: 'down'} as const,
      identity(null),
    ],
    ['a guest with no customer record and no word from checkout', known(null), identity(null)],
  ])('when %s, then the shopper is neither new nor returning', (_what, status, j) => {
    expect(
      shopperFactsOf({journey: j, status, signalTypes: [], shopperAsked: false}).returning,
    ).toBeNull();
  });

  it('when the shopper unsubscribed since checkout, then the fresh state refuses contact', () => {
    const facts = shopperFactsOf({
      journey: identity(false, true),
      status: known(customer({email: {address: 'd@example.com', marketingState: 'UNSUBSCRIBED'}})),
      signalTypes: ['abandoned'],
      shopperAsked: false,
    });
    expect(facts.contactBasis).toBeNull();
    expect(facts.basis.reason).toContain('unsubscribed');
  });
});
