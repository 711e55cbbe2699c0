import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import type {Knex} from 'knex';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines, type EngineName} from '../support/databases';
import {signWebhook, type SignWebhookOptions} from '../support/webhooks';
import {STALE_CLAIM_AFTER_MS} from '../../web/server/webhooks/processor';

const SHOP = 'fabulous-furs.myshopify.com';
const TIMES = 5;

const order = (id: number) => ({
  id,
  admin_graphql_api_id: `gid://shopify/Order/${id}`,
  updated_at: '2026-11-01T10:00:00Z',
  created_at: '2026-11-01T10:00:00Z',
  checkout_token: `chk-${id}`,
  customer: {id: 7001},
  total_price: '120.00',
});

/** Makes the database refuse new commerce records, as a storage fault after the ack would. */
async function refuseCommerceRecords(db: Knex, engine: EngineName): Promise<() => Promise<void>> {
  if (engine === 'postgres') {
    await db.raw('alter table commerce_records add constraint refuse_new check (false) not valid');
    return async () => {
      await db.raw('alter table commerce_records drop constraint refuse_new');
    };
  }
  await db.raw(
    "create trigger refuse_new before insert on commerce_records begin select raise(abort, 'refused'); end",
  );
  return async () => {
    await db.raw('drop trigger refuse_new');
  };
}

/**
 * Webhooks as Shopify delivers them, and as it does not: retried deliveries have one effect,
 * deliveries not signed over their exact bytes by the app's secret store nothing, and a delivery
 * whose handler fails after its durable insert is processed again from storage.
 */
describe.each(batteryEngines())('webhook deliveries, on %s', (engine) => {
  let t: TestHeed;
  let clock = Date.now();

  const sign = (eventId: string, options: Partial<SignWebhookOptions> = {}) =>
    signWebhook({
      topic: 'orders/create',
      shop: SHOP,
      payload: order(Number(eventId.replace(/\D/g, '')) || 1),
      secret: t.heed.config.apiSecret,
      eventId,
      ...options,
    });
  const post = (webhook: {headers: Record<string, string>; body: string}) =>
    t.http.post('/api/webhooks').set(webhook.headers).send(webhook.body);
  const deliveries = (eventId: string) =>
    t.heed.storage.db('webhook_deliveries').where({shop: SHOP, event_id: eventId});
  const orderRecord = (id: number) =>
    t.heed.storage.commerceRecords.get(SHOP, 'order', `gid://shopify/Order/${id}`);

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
    await t.install(SHOP);
  });
  afterAll(() => t.close());

  it.each([
    ['five times in a row', false],
    ['five times at once', true],
  ])(
    'when the same delivery arrives %s, then it is stored once and has one effect',
    async (_how, atOnce) => {
      const id = atOnce ? 402 : 401;
      const eventId = `evt-repeat-${id}`;
      const webhook = sign(eventId, {payload: order(id)});
      const effects = vi.spyOn(t.heed.storage.commerceRecords, 'upsertIfNewer');
      try {
        const responses = [];
        if (atOnce) {
          responses.push(...(await Promise.all(Array.from({length: TIMES}, () => post(webhook)))));
        } else {
          for (let n = 0; n < TIMES; n++) responses.push(await post(webhook));
        }
        await t.heed.webhookProcessor.drain();
        expect(responses.map((r) => r.status)).toEqual(Array(TIMES).fill(200));
        expect(responses.filter((r) => r.body.duplicate === false)).toHaveLength(1);
        const rows = await deliveries(eventId);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({status: 'processed'});
        expect(effects).toHaveBeenCalledTimes(1);
        expect(await orderRecord(id)).toMatchObject({checkoutToken: `chk-${id}`});
      } finally {
        effects.mockRestore();
      }
    },
  );

  it.each([
    [
      'a body changed after signing',
      {tamper: (body: string) => body.replace('120.00', '1.00')},
      401,
    ],
    ['a wrong secret', {wrongSecret: true}, 401],
    [
      'its JSON re-serialised (same data, other bytes)',
      {tamper: (body: string) => JSON.stringify(JSON.parse(body), null, 2)},
      401,
    ],
    ['no HMAC header', {omit: ['X-Shopify-Hmac-Sha256']}, 401],
    ['no topic header', {omit: ['X-Shopify-Topic']}, 400],
    ['no shop header', {omit: ['X-Shopify-Shop-Domain']}, 400],
  ])(
    'when a delivery has %s, then it is refused and nothing is stored',
    async (what, options, status) => {
      const id = 500 + what.length;
      const eventId = `evt-refused-${id}`;
      const response = await post(sign(eventId, {payload: order(id), ...options}));
      expect(response.status).toBe(status);
      await t.heed.webhookProcessor.drain();
      expect(await deliveries(eventId)).toHaveLength(0);
      expect(await orderRecord(id)).toBeUndefined();
    },
  );

  it('when the handler fails after the durable insert, then the delivery is processed again from storage', async () => {
    const eventId = 'evt-retry-601';
    const allow = await refuseCommerceRecords(t.heed.storage.db, engine);
    try {
      const response = await post(sign(eventId, {payload: order(601)}));
      expect(response.status).toBe(200);
      await t.heed.webhookProcessor.drain();
      expect(await deliveries(eventId)).toMatchObject([{status: 'failed', attempts: 1}]);
      expect(await orderRecord(601)).toBeUndefined();
      expect(t.logs()).toContain('webhook handler failed');
    } finally {
      await allow();
    }
    const recovery = t.heed.sweeps.find((s) => s.name === 'webhook recovery');
    clock += STALE_CLAIM_AFTER_MS + 1_000;
    expect(await recovery?.run()).toBe(1);
    expect(await deliveries(eventId)).toMatchObject([{status: 'processed', payload: null}]);
    expect(await orderRecord(601)).toMatchObject({checkoutToken: 'chk-601'});
    expect(await recovery?.run()).toBe(0);
  });
});
