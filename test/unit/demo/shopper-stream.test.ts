import {describe, expect, it} from 'vitest';
import {createShopperStream} from '../../../web/server/demo/shopper-stream';
import {
  LAST_STEP,
  newCheckout,
  stepEvents,
  wholeCheckout,
} from '../../../web/server/demo/demo-checkout';
import {parsePixelEvent} from '../../../web/server/signals/parse-pixel-event';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const LIAM = {
  customerId: 'gid://shopify/Customer/6011',
  email: 'liam.byrne@example.com',
  acceptsEmailMarketing: true,
};
const SOFIA = {
  customerId: 'gid://shopify/Customer/6012',
  email: 'sofia.marchetti@example.com',
  acceptsEmailMarketing: true,
};

interface Sent {
  name: string;
  clientId: string;
  data: {checkout?: {email: string | null; attributes: unknown[]; order: unknown}};
}

async function run(ticks: number) {
  const batches: Sent[][] = [];
  const stream = createShopperStream(
    async (events) => {
      batches.push(events as Sent[]);
    },
    {customers: [LIAM, SOFIA], now: () => NOW},
  );
  for (let n = 0; n < ticks; n += 1) await stream.tick();
  return batches.flat();
}

describe('the demo’s simulated shoppers', () => {
  it('when shoppers come from the campaign’s email, then each is a signed-in customer with their own address', async () => {
    const events = await run(12);
    const fromCampaign = events.filter((e) => (e.data.checkout?.attributes.length ?? 0) > 0);
    const byClient = new Map(fromCampaign.map((e) => [e.clientId, e.data.checkout]));
    expect(byClient.size).toBeGreaterThanOrEqual(2);
    expect([...byClient.values()].map((c) => [c?.email, c?.order])).toEqual(
      expect.arrayContaining([
        [LIAM.email, {id: null, customer: {id: '6011', isFirstOrder: null}}],
        [SOFIA.email, {id: null, customer: {id: '6012', isFirstOrder: null}}],
      ]),
    );
  });

  it('when shoppers come from nowhere in particular, then they check out as guests', async () => {
    const events = await run(12);
    const guests = events.filter(
      (e) => e.data.checkout !== undefined && e.data.checkout.attributes.length === 0,
    );
    expect(guests.length).toBeGreaterThan(0);
    expect(new Set(guests.map((e) => e.data.checkout?.email))).toEqual(new Set([null]));
  });

  it.each([
    'smooth',
    'stalls_on_shipping',
    'promo_never_applied',
    'code_rejected',
    'promise_kept',
  ] as const)(
    'when a %s checkout is sent whole, then every event is one the ingest accepts, in order',
    (scenario) => {
      const checkout = newCheckout(scenario, LIAM);
      const events = wholeCheckout(checkout, NOW, 50_000);
      const parsed = events.map((e) => parsePixelEvent(e, 'fabulous-furs.myshopify.com', NOW));
      expect(parsed.every((p) => p.ok)).toBe(true);
      const times = events.map((e) => Date.parse((e as {timestamp: string}).timestamp));
      expect(times.at(-1)).toBe(NOW);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(events).toHaveLength(LAST_STEP[scenario] + 1 + (scenario === 'code_rejected' ? 1 : 0));
    },
  );

  it('when the code is refused, then the alert names the code the shopper typed and checkout’s words', () => {
    const [, alert] = stepEvents(newCheckout('code_rejected', null), 1, NOW) as Array<{
      name: string;
      data: unknown;
    }>;
    expect(alert).toMatchObject({
      name: 'alert_displayed',
      data: {alert: {type: 'DISCOUNT_ERROR', value: 'FURS25'}},
    });
  });
});
