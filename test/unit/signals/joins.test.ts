import {describe, expect, it} from 'vitest';
import {hashEmail} from '../../../web/server/privacy';
import {applyEvents} from '../../../web/server/signals/apply-event';
import {
  applyCheckoutWebhook,
  applyOrderWebhook,
  applyOutcome,
} from '../../../web/server/signals/apply-webhook';
import {detectSignals} from '../../../web/server/signals/detectors';
import {DEFAULT_THRESHOLDS} from '../../../web/server/signals/thresholds';
import {checkoutPayload, orderPayload} from '../../../web/server/webhooks/payloads';
import {CONTEXT, MINUTE, SHOP, WINTER, events, journeyOf, lastAt} from './fixtures';

const promoToken = () => journeyOf('promo-not-applied').checkoutToken ?? '';

/** Shaped like Shopify's REST `checkouts/update` payload (the fields Heed reads). */
const checkoutWebhook = (overrides: Record<string, unknown> = {}) =>
  checkoutPayload.parse({
    id: 35712289832990,
    token: promoToken(),
    created_at: '2026-11-27T16:21:05-05:00',
    updated_at: '2026-11-27T16:24:10.000Z',
    completed_at: null,
    email: 'Dana.Whitfield@example.com',
    currency: 'USD',
    subtotal_price: '240.00',
    total_price: '265.55',
    total_tax: '15.60',
    total_discounts: '0.00',
    buyer_accepts_marketing: true,
    discount_codes: [],
    note_attributes: [
      {name: '_heed_utm_campaign', value: 'winter-sale'},
      {name: '_heed_discount_code', value: 'WINTER20'},
    ],
    line_items: [
      {
        title: 'Faux Fur Throw',
        quantity: 2,
        price: '120.00',
        total_discount: '0.00',
        variant_id: 44910284324974,
        sku: 'FFT-ARC-5060',
      },
    ],
    shipping_lines: [{price: '9.95', title: 'Standard'}],
    customer: {id: 7788990011, email: 'Dana.Whitfield@example.com'},
    ...overrides,
  });

const orderWebhook = (overrides: Record<string, unknown> = {}) =>
  orderPayload.parse({
    id: 6123456789012,
    checkout_token: promoToken(),
    created_at: new Date(lastAt('promo-not-applied') + 3 * MINUTE).toISOString(),
    updated_at: new Date(lastAt('promo-not-applied') + 3 * MINUTE).toISOString(),
    email: 'dana.whitfield@example.com',
    currency: 'USD',
    subtotal_price: '240.00',
    total_discounts: '0.00',
    discount_codes: [],
    customer: {id: 7788990011},
    ...overrides,
  });

describe('joining webhooks', () => {
  it('when a checkout webhook comes before any pixel event, then it opens the journey with its cart', () => {
    const journey = applyCheckoutWebhook(undefined, checkoutWebhook(), SHOP);
    expect(journey.id).toBe(journeyOf('promo-not-applied').id);
    expect(journey.cart).toMatchObject({
      source: 'webhook',
      subtotal: {amount: 240},
      shipping: {amount: 9.95},
    });
    expect(journey.identity).toMatchObject({
      customerId: 'gid://shopify/Customer/7788990011',
      emailHash: hashEmail(SHOP, 'dana.whitfield@example.com'),
    });
    expect(journey.attribution).toMatchObject({campaignKey: 'winter-sale', code: 'WINTER20'});
    expect(JSON.stringify(journey)).not.toMatch(/dana/i);
  });

  it('when a shopper sends no pixel events, then the checkout webhook alone can tell abandonment', () => {
    const journey = applyCheckoutWebhook(undefined, checkoutWebhook(), SHOP);
    const now = Date.parse('2026-11-27T16:24:10.000Z') + DEFAULT_THRESHOLDS.abandonAfterMs;
    const abandoned = detectSignals(journey, now, DEFAULT_THRESHOLDS, CONTEXT).find(
      (s) => s.type === 'abandoned',
    );
    // The webhook shows a shipping rate chosen: the shopper reached payment.
    expect(abandoned).toMatchObject({type: 'abandoned', severity: 'high', step: 'payment'});
    expect(abandoned?.sentence).toBe(
      'Left checkout at the payment step with a $265.55 cart (2 items); no order 30 minutes after their last activity.',
    );
  });

  it('when a shopper sends no pixel events, then the checkout webhooks alone show the promised discount missing', () => {
    const journey = applyCheckoutWebhook(undefined, checkoutWebhook(), SHOP);
    expect(journey.webhookStep).toMatchObject({step: 'payment'});
    const promo = detectSignals(
      journey,
      Date.parse('2026-11-27T16:25:00.000Z'),
      DEFAULT_THRESHOLDS,
      CONTEXT,
    ).find((s) => s.type === 'promo_not_applied');
    expect(promo).toMatchObject({severity: 'high', step: 'payment'});
    expect(promo?.sentence).toContain('no discount applied (code WINTER20)');
  });

  it('when an older checkout webhook arrives late, then nothing changes', () => {
    const newer = applyCheckoutWebhook(undefined, checkoutWebhook(), SHOP);
    const late = checkoutWebhook({updated_at: '2026-11-27T16:22:00.000Z', subtotal_price: '1.00'});
    expect(applyCheckoutWebhook(newer, late, SHOP)).toEqual(newer);
  });

  it('when the order webhook and the pixel arrive in either order, then the journey is the same', () => {
    const pixelFirst = applyOrderWebhook(journeyOf('promo-not-applied'), orderWebhook(), SHOP);
    const webhookFirst = applyEvents(
      applyOrderWebhook(undefined, orderWebhook(), SHOP) ?? undefined,
      events('promo-not-applied'),
      SHOP,
    );
    expect(pixelFirst?.completion).toEqual(webhookFirst.completion);
    expect(pixelFirst?.completion).toMatchObject({
      orderId: 'gid://shopify/Order/6123456789012',
      source: 'webhook',
    });
    expect(webhookFirst.currentStep).toBe('completed');
  });

  it('when the order was placed without the promised code, then the promo signal is critical', () => {
    const journey = applyOrderWebhook(journeyOf('promo-not-applied'), orderWebhook(), SHOP);
    const promo =
      journey &&
      detectSignals(
        journey,
        lastAt('promo-not-applied') + 5 * MINUTE,
        DEFAULT_THRESHOLDS,
        CONTEXT,
      ).find((s) => s.type === 'promo_not_applied');
    expect(promo).toMatchObject({severity: 'critical', step: 'completed'});
    expect(promo?.sentence).toContain('no discount applied (code WINTER20)');
    expect(promo?.sentence).toMatch(/; placed the order at \d\d:\d\d UTC without it\.$/);
  });

  it('when an order came from no checkout and no journey, then there is nothing to join', () => {
    expect(applyOrderWebhook(undefined, orderWebhook({checkout_token: null}), SHOP)).toBeNull();
  });

  it('when a webhook names another checkout, then it is a programming error', () => {
    const other = checkoutWebhook({token: 'another-token'});
    expect(() => applyCheckoutWebhook(journeyOf('promo-not-applied'), other, SHOP)).toThrow();
  });
});

describe('joining the checkout extension outcome', () => {
  const outcome = {
    campaignId: WINTER.id,
    code: 'WINTER20',
    state: 'could_not_apply' as const,
    reason: 'apply_error' as const,
  };

  it('when the extension reports before any event, then the outcome opens the journey', () => {
    const at = lastAt('promo-not-applied');
    const journey = applyOutcome(
      undefined,
      {...outcome, checkoutToken: promoToken()},
      {shop: SHOP, at},
    );
    expect(journey?.id).toBe(journeyOf('promo-not-applied').id);
    expect(journey?.outcomes).toEqual([
      {
        at,
        source: 'extension',
        eventId: null,
        state: 'could_not_apply',
        reason: 'apply_error',
        campaignId: WINTER.id,
        code: 'WINTER20',
        orderId: null,
      },
    ]);
  });

  it('when the same outcome is reported twice, then it is kept once', () => {
    const at = lastAt('stall');
    const once = applyOutcome(journeyOf('stall'), outcome, {shop: SHOP, at});
    const twice = once && applyOutcome(once, outcome, {shop: SHOP, at: at + 1000});
    expect(twice?.outcomes).toHaveLength(1);
  });

  it('when only the extension ties a shopper to a campaign, then a missing discount is still seen', () => {
    const at = lastAt('stall');
    const journey = applyOutcome(journeyOf('stall'), outcome, {shop: SHOP, at});
    const types = journey
      ? detectSignals(journey, at, DEFAULT_THRESHOLDS, CONTEXT).map((s) => s.type)
      : [];
    expect(types).toContain('promo_not_applied');
  });

  it('when there is neither a journey nor a checkout token, then there is nothing to join', () => {
    expect(
      applyOutcome(undefined, {...outcome, checkoutToken: undefined}, {shop: SHOP, at: 0}),
    ).toBeNull();
  });
});
