import {describe, expect, it} from 'vitest';
import {contactBasis, type ContactBasisInput} from '../../../web/server/followup/contact-basis';

const input = (overrides: Partial<ContactBasisInput>): ContactBasisInput => ({
  signalTypes: ['abandoned'],
  shopperAsked: false,
  marketingState: null,
  acceptsEmailMarketing: null,
  ...overrides,
});

describe('contactBasis: contact only on a recorded basis', () => {
  it('when the shop’s promised discount did not apply, then it is service recovery, even unsubscribed', () => {
    expect(
      contactBasis(
        input({
          signalTypes: ['code_rejected', 'promo_not_applied'],
          marketingState: 'UNSUBSCRIBED',
        }),
      ),
    ).toEqual({
      allowed: true,
      basis: 'service_recovery',
      reason: 'Heed may contact this shopper: the shop’s promised discount did not apply.',
      wording: expect.objectContaining({key: 'cases:basis.may'}),
    });
  });

  it('when an order missed the promise, then the reason says so', () => {
    expect(contactBasis(input({signalTypes: ['promo_missing_on_order']})).reason).toBe(
      'Heed may contact this shopper: the order was placed without the shop’s promised discount.',
    );
  });

  it('when the shopper asked for help, then that is the basis', () => {
    expect(contactBasis(input({shopperAsked: true}))).toMatchObject({
      allowed: true,
      basis: 'shopper_asked',
    });
  });

  it('when the shopper asked for a person on a broken promise, then their asking is the basis recorded', () => {
    expect(
      contactBasis(input({shopperAsked: true, signalTypes: ['promo_missing_on_order']})),
    ).toEqual({
      allowed: true,
      basis: 'shopper_asked',
      reason: 'Heed may contact this shopper: the shopper asked for help.',
      wording: expect.objectContaining({key: 'cases:basis.may'}),
    });
  });

  it('when Shopify says the shopper is subscribed, then email marketing is the basis', () => {
    expect(
      contactBasis(input({marketingState: 'SUBSCRIBED', acceptsEmailMarketing: false})),
    ).toEqual({
      allowed: true,
      basis: 'email_marketing',
      reason: 'Heed may contact this shopper: the shopper is subscribed to email marketing.',
      wording: expect.objectContaining({key: 'cases:basis.may'}),
    });
  });

  it('when no fresh status is known, then the checkout’s consent counts', () => {
    expect(contactBasis(input({acceptsEmailMarketing: true}))).toMatchObject({
      allowed: true,
      basis: 'email_marketing',
    });
  });

  it.each([
    [
      'unsubscribed since checkout',
      {marketingState: 'UNSUBSCRIBED', acceptsEmailMarketing: true},
      'unsubscribed',
    ],
    ['subscription pending', {marketingState: 'PENDING'}, 'not yet confirmed'],
    ['not subscribed', {marketingState: 'NOT_SUBSCRIBED'}, 'not subscribed'],
    ['declined at checkout', {acceptsEmailMarketing: false}, 'did not accept'],
    ['nothing known', {}, 'nothing says'],
    ['a refused code is no broken promise', {signalTypes: ['code_rejected']}, 'nothing says'],
  ] satisfies Array<[string, Partial<ContactBasisInput>, string]>)(
    'when %s, then contact is refused with the reason',
    (_what, overrides, words) => {
      const decision = contactBasis(input(overrides));
      expect(decision.allowed).toBe(false);
      expect(decision.basis).toBeNull();
      expect(decision.reason).toContain(words);
      expect(decision.reason).toMatch(/^Heed may not contact this shopper: /);
    },
  );
});
