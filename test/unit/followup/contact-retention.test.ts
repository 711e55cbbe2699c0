import {describe, expect, it} from 'vitest';
import {
  forgetContact,
  keptContact,
  statusWithoutContact,
} from '../../../web/server/followup/contact-retention';
import type {ShopperStatus} from '../../../web/server/followup/types';
import {NOW, followupCase} from './fixtures';

const DANA = {
  id: 'gid://shopify/Customer/77',
  firstName: 'Dana',
  lastName: 'Whitfield',
  createdAt: Date.parse('2021-03-14T13:12:44Z'),
  numberOfOrders: 6,
  amountSpent: {amount: 1184.5, currencyCode: 'CAD'},
  lastOrder: null,
  email: {address: 'dana.whitfield@example.com', marketingState: 'SUBSCRIBED' as const},
  phone: '+16135550142',
  hasPhone: true,
  locale: 'en-CA',
};
const KNOWN: ShopperStatus = {state: 'known', readAt: NOW, customer: DANA, orderedSince: []};
const CONTACT = {
  name: 'Dana Whitfield',
  email: 'dana.whitfield@example.com',
  phone: '+16135550142',
  locale: 'en-CA',
  readAt: NOW,
};

describe('contact details on a case', () => {
  it('when a case is forgotten, then the name, email address and phone go and the status words stay', () => {
    const kept = forgetContact(followupCase({contactDetails: CONTACT, shopperStatus: KNOWN}));
    expect(kept.contactDetails).toBeNull();
    expect(kept.shopperStatus).toEqual({
      ...KNOWN,
      customer: {
        ...DANA,
        firstName: null,
        lastName: null,
        email: {address: null, marketingState: 'SUBSCRIBED'},
        phone: null,
      },
    });
    expect(JSON.stringify(kept)).not.toMatch(/Dana|whitfield|6135550142/i);
  });

  it('when a case the shopper asked on is forgotten, then the number they gave goes and what they asked stays', () => {
    const request = {
      at: NOW,
      surface: 'checkout' as const,
      channel: 'phone' as const,
      contact: {email: null, phone: '+16135550142'},
      locale: 'fr',
      told: {kind: 'within' as const, minutes: 30},
      dueAt: NOW + 30 * 60_000,
      sla: {source: 'default' as const, minutes: 30},
    };
    const kept = forgetContact(followupCase({shopperRequest: request}));
    expect(kept.shopperRequest).toEqual({...request, contact: null});
    expect(JSON.stringify(kept)).not.toContain('6135550142');
  });

  it('when a case is open, then it keeps them', () => {
    const open = followupCase({contactDetails: CONTACT, shopperStatus: KNOWN});
    expect(keptContact(open)).toBe(open);
  });

  it('when a case is resolved, then it keeps none', () => {
    const resolved = followupCase({
      status: 'resolved',
      resolvedAt: NOW,
      contactDetails: CONTACT,
      shopperStatus: KNOWN,
    });
    expect(keptContact(resolved)).toMatchObject({contactDetails: null});
  });

  it.each<[string, ShopperStatus | null]>([
    ['no status read yet', null],
    ['Shopify unavailable', {state: 'unavailable', readAt: NOW, reason: 'Shopify timed out'}],
    ['a guest', {state: 'known', readAt: NOW, customer: null, orderedSince: []}],
  ])('when the status holds no customer (%s), then it is kept as it is', (_, status) => {
    expect(statusWithoutContact(status)).toEqual(status);
  });
});
