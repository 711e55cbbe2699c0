import {randomUUID} from 'node:crypto';

/** How often the demo's simulated shoppers take their next step, in milliseconds. */
export const DEMO_TICK_MS = 4_000;

type Scenario = 'smooth' | 'stalls_on_shipping' | 'promo_never_applied' | 'code_rejected';

interface Shopper {
  clientId: string;
  token: string;
  scenario: Scenario;
  step: number;
  seq: number;
}

const STEPS = [
  'checkout_started',
  'checkout_contact_info_submitted',
  'checkout_address_info_submitted',
  'checkout_shipping_info_submitted',
  'payment_info_submitted',
  'checkout_completed',
];
/** Where each scenario stops: a stalled shopper goes quiet, the sweep then notices. */
const LAST_STEP: Record<Scenario, number> = {
  smooth: 5,
  stalls_on_shipping: 2,
  promo_never_applied: 3,
  code_rejected: 4,
};
const SCENARIOS: Scenario[] = [
  'smooth',
  'promo_never_applied',
  'stalls_on_shipping',
  'smooth',
  'code_rejected',
];

/**
 * Simulated shoppers for the demo shop, each advancing one checkout step per tick and sent through
 * the real ingest endpoint, so the Live checkouts page is alive when a newcomer opens it.
 */
export function createShopperStream(send: (events: unknown[]) => Promise<void>) {
  const shoppers: Shopper[] = [];
  let started = 0;

  function checkout(s: Shopper) {
    const promo = s.scenario === 'promo_never_applied';
    return {
      token: s.token,
      currencyCode: 'CAD',
      email: null,
      attributes: promo
        ? [
            {key: '_heed_utm_campaign', value: 'fabulous-furs-20'},
            {key: '_heed_discount_code', value: 'FURS20'},
          ]
        : [],
      discountApplications: [],
      discountsAmount: {amount: 0, currencyCode: 'CAD'},
      lineItems: [
        {
          id: randomUUID(),
          quantity: 1,
          title: 'Sable Faux Fur Throw',
          discountAllocations: [],
          finalLinePrice: {amount: 189, currencyCode: 'CAD'},
          variant: {id: '2001', price: {amount: 189, currencyCode: 'CAD'}, title: 'Sable'},
        },
      ],
      subtotalPrice: {amount: 189, currencyCode: 'CAD'},
      shippingLine: s.step >= 3 ? {price: {amount: 15, currencyCode: 'CAD'}} : null,
      totalPrice: {amount: s.step >= 3 ? 204 : 189, currencyCode: 'CAD'},
      order: s.step === 5 ? {id: `gid://shopify/Order/${Date.now()}`} : null,
    };
  }

  function event(s: Shopper, name: string, data: unknown, type = 'standard') {
    s.seq += 1;
    return {
      id: `sh-${randomUUID()}`,
      name,
      type,
      timestamp: new Date().toISOString(),
      clientId: s.clientId,
      seq: s.seq,
      data,
    };
  }

  function nextEvents(s: Shopper): unknown[] {
    const events = [event(s, STEPS[s.step] ?? 'checkout_started', {checkout: checkout(s)})];
    if (s.scenario === 'code_rejected' && s.step === 1) {
      events.push(
        event(s, 'alert_displayed', {
          alert: {
            target: 'cart.discountCodes',
            type: 'DISCOUNT_ERROR',
            value: 'FURS25',
            message: 'Enter a valid discount code or gift card',
          },
        }),
      );
    }
    return events;
  }

  return {
    async tick(): Promise<void> {
      if (shoppers.length < 3) {
        const scenario = SCENARIOS[started % SCENARIOS.length] ?? 'smooth';
        started += 1;
        shoppers.push({
          clientId: randomUUID(),
          token: `demo-${randomUUID()}`,
          scenario,
          step: 0,
          seq: 0,
        });
      }
      for (const s of [...shoppers]) {
        await send(nextEvents(s));
        if (s.step >= LAST_STEP[s.scenario]) shoppers.splice(shoppers.indexOf(s), 1);
        else s.step += 1;
      }
    },
  };
}
