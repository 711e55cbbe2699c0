import {describe, expect, it} from 'vitest';
import {emailOf} from '../../../web/server/followup/case-contact';
import {suggestionFor} from '../../../web/server/followup/case-suggestion';
import type {ShopperRequest} from '../../../web/server/followup/types';
import {NOW, followupCase} from './fixtures';

const SHOPIFY_CONTACT = {
  name: 'Dana Whitfield',
  email: 'dana.whitfield@example.com',
  phone: null,
  locale: 'en-CA',
  readAt: NOW,
};

function asked(overrides: Partial<ShopperRequest> = {}): ShopperRequest {
  return {
    at: NOW,
    surface: 'checkout',
    channel: 'email',
    contact: {email: 'dana.at.work@example.com', phone: null},
    locale: 'fr',
    told: {kind: 'within', minutes: 30},
    dueAt: NOW + 30 * 60_000,
    sla: {source: 'default', minutes: 30},
    ...overrides,
  };
}

describe('what a shopper said when asking for a person', () => {
  it('when they gave an address, then Heed writes to it rather than the one Shopify holds', () => {
    const followup = followupCase({contactDetails: SHOPIFY_CONTACT, shopperRequest: asked()});
    expect(emailOf(followup)).toBe('dana.at.work@example.com');
  });

  it.each([
    ['they asked by phone', asked({channel: 'phone', contact: {email: null, phone: '+1 613'}})],
    ['what they gave was cleared', asked({contact: null})],
    ['they never asked', null],
  ])('when %s, then Shopify’s address is the one', (_what, request) => {
    const followup = followupCase({contactDetails: SHOPIFY_CONTACT, shopperRequest: request});
    expect(emailOf(followup)).toBe('dana.whitfield@example.com');
  });

  it('when they asked while reading checkout in French, then the suggested message is in French', () => {
    const followup = followupCase({contactDetails: SHOPIFY_CONTACT, shopperRequest: asked()});
    const people = {shopName: 'Fabulous Furs', staffName: 'Omar'};
    expect(suggestionFor(followup, people).language).toBe('fr');
    expect(suggestionFor({...followup, shopperRequest: null}, people).language).toBe('en');
  });
});
