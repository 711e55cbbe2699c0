import {describe, expect, it} from 'vitest';
import {applyEvents} from '../../../web/server/signals/apply-event';
import type {Journey} from '../../../web/server/signals/journey';
import {journeyDetail} from '../../../web/server/signals/journey-detail';
import {EMPTY_CONTEXT} from '../../../web/server/signals/signal';
import type {Signal} from '../../../web/server/storage/signals-repository';
import {CONTEXT, SHOP, WINTER, events, journeyOf} from './fixtures';

const withIdentity = (journey: Journey, identity: Partial<Journey['identity']>): Journey => ({
  ...journey,
  identity: {...journey.identity, ...identity},
});

function withCart(journey: Journey, cart: Partial<NonNullable<Journey['cart']>>): Journey {
  if (!journey.cart) throw new Error('the fixture has no cart');
  return {...journey, cart: {...journey.cart, ...cart}};
}

const promoSignal: Signal = {
  id: 'sig-1',
  shop: SHOP,
  type: 'promo_not_applied',
  severity: 'high',
  sentence: 'Was promised 20% off the entire order by the “Winter” email but reached payment.',
  evidence: {eventIds: []},
  source: 'pixel',
  campaignId: WINTER.id,
  checkoutToken: null,
  orderId: null,
  customerId: null,
  occurredAt: 5,
  recordedAt: 5,
};

describe('journey detail: the shopper', () => {
  it.each([
    {said: 'it is not their first order', isFirstOrder: false, status: 'returning'},
    {said: 'it is their first order', isFirstOrder: true, status: 'new'},
    {said: 'nothing', isFirstOrder: null, status: 'unknown'},
  ] as const)('when Shopify said $said, then the shopper is $status', ({isFirstOrder, status}) => {
    const journey = withIdentity(journeyOf('smooth-purchase'), {isFirstOrder});
    expect(journeyDetail(journey, [], CONTEXT).shopper.status).toBe(status);
  });

  it('when a returning customer completed, then the detail names them by GID, says why, and holds nothing personal', () => {
    const detail = journeyDetail(journeyOf('smooth-purchase'), [], CONTEXT);
    expect(detail.shopper).toEqual({
      customerId: 'gid://shopify/Customer/7788990011',
      status: 'returning',
      basis: 'Shopify said this order isn’t the customer’s first.',
      acceptsEmailMarketing: true,
    });
    expect(JSON.stringify(detail)).not.toMatch(/@|dana|emailHash|[0-9a-f]{64}/i);
  });

  it('when a signed-in shopper has not ordered yet, then they are unknown, never new', () => {
    const journey = withIdentity(journeyOf('promo-not-applied'), {customerId: '42'});
    expect(journeyDetail(journey, [], CONTEXT).shopper).toMatchObject({
      customerId: 'gid://shopify/Customer/42',
      status: 'unknown',
      basis: expect.stringContaining('once the order is placed'),
    });
  });
});

describe('journey detail: the promise and the codes', () => {
  it('when the promised code took something off, then the promise held and the code is applied', () => {
    const detail = journeyDetail(journeyOf('smooth-purchase'), [], CONTEXT);
    expect(detail.promise).toEqual({
      campaign: {id: WINTER.id, name: 'Winter', key: 'winter-sale'},
      campaignKey: 'winter-sale',
      promised: '20% off the entire order',
      codes: [{code: 'WINTER20', effect: 'applied'}],
      applied: true,
      brokenSignal: null,
    });
    expect(detail.codes.applied.map((c) => c.code)).toEqual(['WINTER20']);
  });

  it('when the promised code never showed up, then the promise did not hold, with the signal that told it', () => {
    const detail = journeyDetail(journeyOf('promo-not-applied'), [promoSignal], CONTEXT);
    expect(detail.promise).toMatchObject({
      codes: [{code: 'WINTER20', effect: 'absent'}],
      applied: false,
      brokenSignal: {type: 'promo_not_applied', sentence: promoSignal.sentence, occurredAt: 5},
    });
    expect(detail.codes.applied).toEqual([]);
  });

  it('when the signal that told the broken promise has ended, then the promise names no broken signal', () => {
    const ended = {...promoSignal, resolvedAt: 9, resolution: 'The code applied at 10:44.'};
    const detail = journeyDetail(journeyOf('promo-not-applied'), [ended], CONTEXT);
    expect(detail.promise?.brokenSignal).toBeNull();
  });

  it.each([
    {what: 'a line code allocates nothing', targetType: 'LINE_ITEM', allocated: 0, applied: false},
    {
      what: 'a shipping code allocates nothing',
      targetType: 'SHIPPING_LINE',
      allocated: 0,
      applied: true,
    },
    {
      what: 'a line code allocates something',
      targetType: 'LINE_ITEM',
      allocated: 12,
      applied: true,
    },
  ] as const)(
    'when $what, then whether the promised code applied is $applied',
    ({targetType, allocated, applied}) => {
      const journey = withCart(journeyOf('promo-not-applied'), {
        discountApplications: [
          {type: 'DISCOUNT_CODE', title: 'winter20', targetType, value: null, allocated},
        ],
      });
      const detail = journeyDetail(journey, [], CONTEXT);
      const effect = applied ? 'applied' : 'no_allocation';
      expect(detail.promise?.codes).toEqual([{code: 'WINTER20', effect}]);
      expect(detail.promise?.applied).toBe(applied);
      expect(detail.codes.applied.length > 0).toBe(applied);
    },
  );

  it('when Heed knows no cart, then whether the promise applied is unknown, not false', () => {
    const journey = {...journeyOf('promo-not-applied'), cart: null};
    const detail = journeyDetail(journey, [], CONTEXT);
    expect(detail.cart).toBeNull();
    expect(detail.promise).toMatchObject({
      codes: [{code: 'WINTER20', effect: null}],
      applied: null,
    });
  });

  it('when Heed does not know the campaign, then the promise names the link’s key and code only', () => {
    const detail = journeyDetail(journeyOf('promo-not-applied'), [], EMPTY_CONTEXT);
    expect(detail.promise).toMatchObject({
      campaign: null,
      campaignKey: 'winter-sale',
      promised: null,
      codes: [{code: 'WINTER20', effect: 'absent'}],
    });
  });

  it('when checkout refused a code in two spellings, then it is one code tried twice, with the message shown', () => {
    const [tried, ...others] = journeyDetail(journeyOf('code-rejected'), [], CONTEXT).codes.tried;
    expect(others).toEqual([]);
    expect(tried).toMatchObject({
      code: 'WINTER20',
      message: 'Enter a valid discount code or gift card',
      times: 2,
      appliedLater: false,
    });
  });
});

describe('journey detail: the cart and progress', () => {
  it('when line variant ids come as numbers or as GIDs, then each is the Admin API GID', () => {
    const journey = journeyOf('smooth-purchase');
    const [first, second] = journey.cart?.lines ?? [];
    if (!first || !second) throw new Error('smooth-purchase has two lines');
    const mixed = withCart(journey, {
      lines: [first, {...second, variantId: 'gid://shopify/ProductVariant/44910284390510'}],
    });
    expect(journeyDetail(mixed, [], CONTEXT).cart?.lines.map((l) => l.variantId)).toEqual([
      'gid://shopify/ProductVariant/44910284324974',
      'gid://shopify/ProductVariant/44910284390510',
    ]);
  });

  it('when a shopper went back after reaching payment, then the detail tells the step they are on and the furthest', () => {
    // Up to the address entered again after the shipping method: back on the shipping step.
    const journey = applyEvents(undefined, events('back-and-forth').slice(0, 8), SHOP);
    expect(journeyDetail(journey, [], CONTEXT).progress).toEqual({
      current: 'shipping',
      furthest: 'payment',
    });
  });

  it('when the order was placed, then the completion names the order by GID', () => {
    const {completion} = journeyDetail(journeyOf('smooth-purchase'), [], CONTEXT);
    expect(completion).toEqual({
      at: expect.any(Number),
      orderId: 'gid://shopify/Order/6123456789012',
    });
  });
});
