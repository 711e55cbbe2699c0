import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {storedRow, unwrittenColumns} from '../support/row-coverage';

const SHOP = 'battery-shop.myshopify.com';
const OTHER = 'other-shop.myshopify.com';

describe.each(batteryEngines())('storage battery on %s', (engine) => {
  let isolated: IsolatedTarget;
  let storage: Storage;

  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    storage = await openStorage(isolated.target);
  });
  afterAll(async () => {
    await storage.close();
    await isolated.dispose();
  });

  it('when opened, then it reports the engine and is healthy', async () => {
    expect(storage.engine).toBe(engine);
    await expect(storage.health()).resolves.toMatchObject({engine, healthy: true});
  });

  it('when a transaction commits, then the read connections see it at once, and cannot write', async () => {
    const shop = 'reader-check.myshopify.com';
    await storage.transaction((tx) => tx.shops.markInstalled(shop, {scopes: 'read_orders'}, 1_000));
    await expect(storage.reads.shops.get(shop)).resolves.toMatchObject({installedAt: 1_000});
    if (engine === 'sqlite') {
      await expect(storage.reads.shops.markInstalled(shop, {scopes: ''}, 2_000)).rejects.toThrow(
        /readonly|query_only|attempt to write/i,
      );
    }
  });

  it('when migrations run twice, then the second run changes nothing', async () => {
    const again = await openStorage(isolated.target);
    await again.close();
    await expect(storage.shops.get(SHOP)).resolves.toBeUndefined();
  });

  describe('shops', () => {
    it('when a shop installs, then it is installed and its details are kept', async () => {
      await storage.shops.markInstalled(SHOP, {scopes: 'read_orders'}, 1_000);
      await storage.shops.updateDetails(SHOP, {name: 'Fabulous Furs', currencyCode: 'CAD'}, 1_001);
      expect(await storage.shops.isInstalled(SHOP)).toBe(true);
      expect(await storage.shops.get(SHOP)).toMatchObject({
        name: 'Fabulous Furs',
        currencyCode: 'CAD',
        installedAt: 1_000,
      });
    });

    it('when an uninstall older than the current install arrives late, then it is ignored', async () => {
      await storage.shops.markInstalled(OTHER, {scopes: 'read_orders'}, 5_000);
      expect(await storage.shops.markUninstalled(OTHER, 4_000)).toBe(false);
      expect(await storage.shops.isInstalled(OTHER)).toBe(true);
    });

    it('when uninstalled then re-installed, then the shop is installed again from the new time', async () => {
      expect(await storage.shops.markUninstalled(OTHER, 6_000)).toBe(true);
      expect(await storage.shops.isInstalled(OTHER)).toBe(false);
      await storage.shops.markInstalled(OTHER, {scopes: 'read_orders'}, 7_000);
      expect(await storage.shops.get(OTHER)).toMatchObject({
        installedAt: 7_000,
        uninstalledAt: null,
      });
    });
  });

  describe('webhook deliveries', () => {
    const delivery = {
      shop: SHOP,
      eventId: 'evt-1',
      webhookId: 'wh-1',
      topic: 'orders/create',
      apiVersion: '2026-07',
      triggeredAt: 900,
      receivedAt: 1_000,
      payload: '{"id":1}',
    };

    const key = (shop: string, eventId: string) => ({shop, eventId, topic: 'orders/create'});

    it('when the same event arrives twice, then one copy is stored', async () => {
      expect(await storage.webhookDeliveries.recordReceived(delivery)).toBe('new');
      expect(await storage.webhookDeliveries.recordReceived(delivery)).toBe('duplicate');
      expect(await storage.webhookDeliveries.countForShop(SHOP)).toBe(1);
    });

    it('when the same event id arrives for another shop, then it is a different delivery', async () => {
      expect(await storage.webhookDeliveries.recordReceived({...delivery, shop: OTHER})).toBe(
        'new',
      );
    });

    it('when the same event id arrives for another topic, then it is a different delivery, and each is claimed on its own', async () => {
      const shop = 'topic-check.myshopify.com';
      const created = {...delivery, shop};
      const updated = {...delivery, shop, topic: 'checkouts/update'};
      expect(await storage.webhookDeliveries.recordReceived(created)).toBe('new');
      expect(await storage.webhookDeliveries.recordReceived(updated)).toBe('new');
      expect(await storage.webhookDeliveries.recordReceived(updated)).toBe('duplicate');
      expect(await storage.webhookDeliveries.countForShop(shop)).toBe(2);
      expect(await storage.webhookDeliveries.claim(created, 2_000, 0)).toBe(true);
      expect(await storage.webhookDeliveries.claim(updated, 2_000, 0)).toBe(true);
      await storage.webhookDeliveries.markProcessed(created, 3_000);
      expect(await storage.webhookDeliveries.status(shop, 'evt-1', 'orders/create')).toBe(
        'processed',
      );
      expect(await storage.webhookDeliveries.status(shop, 'evt-1', 'checkouts/update')).toBe(
        'processing',
      );
      await storage.webhookDeliveries.deleteShop(shop);
    });

    it('when several workers claim one delivery at once, then exactly one wins', async () => {
      const claims = await Promise.all(
        Array.from({length: 5}, () =>
          storage.webhookDeliveries.claim(key(SHOP, 'evt-1'), 2_000, 0),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('when processed, then the payload is cleared and it is no longer pending', async () => {
      await storage.webhookDeliveries.markProcessed(key(SHOP, 'evt-1'), 3_000);
      expect(await storage.webhookDeliveries.status(SHOP, 'evt-1')).toBe('processed');
      const row = await storage.db('webhook_deliveries').where({shop: SHOP, event_id: 'evt-1'});
      expect(row).toMatchObject([{status: 'processed', payload: null}]);
      const pending = await storage.webhookDeliveries.listPending(10_000, 5, 10);
      expect(pending.map((p) => `${p.shop}/${p.eventId}`)).toEqual([`${OTHER}/evt-1`]);
    });

    it('when a claim is stale, then another worker may take it over', async () => {
      expect(await storage.webhookDeliveries.claim(key(OTHER, 'evt-1'), 2_000, 0)).toBe(true);
      expect(await storage.webhookDeliveries.claim(key(OTHER, 'evt-1'), 2_500, 1_000)).toBe(false);
      expect(await storage.webhookDeliveries.claim(key(OTHER, 'evt-1'), 9_000, 3_000)).toBe(true);
    });

    it('when deliveries were never processed and are past a time, then their payloads are cleared a page at a time and they are no longer pending', async () => {
      const shop = 'expire-check.myshopify.com';
      for (const [eventId, receivedAt] of [
        ['old-1', 100],
        ['old-2', 200],
        ['new-1', 9_000_000_000_000],
      ] as const) {
        await storage.webhookDeliveries.recordReceived({
          shop,
          eventId,
          webhookId: null,
          topic: 'orders/create',
          apiVersion: null,
          triggeredAt: null,
          receivedAt,
          payload: '{"email":"dana@example.com"}',
        });
      }
      await storage.webhookDeliveries.markFailed(key(shop, 'old-1'), 'ZodError');
      expect(await storage.webhookDeliveries.expirePayloadsReceivedBefore(1_000, 1)).toBe(1);
      expect(await storage.webhookDeliveries.expirePayloadsReceivedBefore(1_000, 1)).toBe(1);
      expect(await storage.webhookDeliveries.expirePayloadsReceivedBefore(1_000, 1)).toBe(0);
      const rows: Array<{event_id: string; status: string; payload: string | null}> = await storage
        .db('webhook_deliveries')
        .where({shop})
        .orderBy('event_id');
      expect(rows.map((r) => [r.event_id, r.status, r.payload === null])).toEqual([
        ['new-1', 'received', false],
        ['old-1', 'expired', true],
        ['old-2', 'expired', true],
      ]);
      const pending = await storage.webhookDeliveries.listPending(9_000_000_000_001, 5, 100);
      expect(pending.filter((d) => d.shop === shop).map((d) => d.eventId)).toEqual(['new-1']);
      expect(await storage.webhookDeliveries.claim(key(shop, 'old-1'), 1_000_000, 0)).toBe(false);
    });
  });

  describe('commerce records', () => {
    const record = (updatedAt: number, shop = SHOP) => ({
      shop,
      kind: 'checkout' as const,
      resourceId: 'chk-1',
      checkoutToken: 'tok-1',
      customerId: 'cust-1',
      emailHash: 'hash-1',
      resourceUpdatedAt: updatedAt,
      placedAt: null,
      sourceName: 'web',
      payload: {version: updatedAt},
    });

    it('when an older version arrives after a newer one, then the newer one stays', async () => {
      expect(await storage.commerceRecords.upsertIfNewer(record(2_000), 1)).toBe('stored');
      expect(await storage.commerceRecords.upsertIfNewer(record(1_000), 2)).toBe('stale');
      expect((await storage.commerceRecords.get(SHOP, 'checkout', 'chk-1'))?.payload).toEqual({
        version: 2_000,
      });
      expect(await storage.commerceRecords.upsertIfNewer(record(3_000), 3)).toBe('stored');
      expect((await storage.commerceRecords.get(SHOP, 'checkout', 'chk-1'))?.payload).toEqual({
        version: 3_000,
      });
    });

    it('when another shop has a record with the same ids, then neither shop sees the other', async () => {
      await storage.commerceRecords.upsertIfNewer(record(5_000, OTHER), 4);
      const mine = await storage.commerceRecords.findForCustomer(SHOP, {
        customerId: 'cust-1',
        emailHash: null,
      });
      expect(mine).toHaveLength(1);
      expect(mine[0]?.shop).toBe(SHOP);
      expect(
        await storage.commerceRecords.deleteForCustomer(SHOP, {
          customerId: 'cust-1',
          emailHash: null,
        }),
      ).toBe(1);
      expect(await storage.commerceRecords.get(OTHER, 'checkout', 'chk-1')).toBeDefined();
    });

    it('when a customer reference is empty, then nothing matches', async () => {
      expect(
        await storage.commerceRecords.findForCustomer(OTHER, {customerId: null, emailHash: null}),
      ).toEqual([]);
    });

    describe('orders of a shopper', () => {
      const shop = 'orders-since.myshopify.com';
      const order = (
        id: number,
        placedAt: number,
        who: {customerId?: string; emailHash?: string},
        extra: {checkoutToken?: string; sourceName?: string; shop?: string} = {},
      ) => ({
        shop: extra.shop ?? shop,
        kind: 'order' as const,
        resourceId: `gid://shopify/Order/${id}`,
        checkoutToken: extra.checkoutToken ?? null,
        customerId: who.customerId ?? null,
        emailHash: who.emailHash ?? null,
        resourceUpdatedAt: placedAt,
        placedAt,
        sourceName: extra.sourceName ?? 'web',
        payload: {id},
      });
      const dana = {customerId: 'gid://shopify/Customer/6001', emailHash: 'hash-dana'};

      beforeAll(async () => {
        for (const record of [
          order(1, 1_000, {customerId: dana.customerId}, {checkoutToken: 'tok-1'}),
          order(2, 5_000, {customerId: dana.customerId}, {sourceName: 'pos'}),
          order(3, 6_000, {emailHash: dana.emailHash}, {sourceName: 'shopify_draft_order'}),
          order(4, 7_000, {customerId: 'gid://shopify/Customer/7002', emailHash: 'hash-paul'}),
          order(5, 8_000, dana, {shop: OTHER}),
          {...order(6, 9_000, dana), kind: 'checkout' as const, placedAt: null},
        ]) {
          await storage.commerceRecords.upsertIfNewer(record, 1);
        }
      });

      it('when a shopper bought through several channels, then their orders since a time come by customer id or email hash, oldest first, and only of the shop', async () => {
        expect(await storage.commerceRecords.ordersSince(shop, dana, 2_000)).toEqual([
          {
            orderId: 'gid://shopify/Order/2',
            checkoutToken: null,
            customerId: dana.customerId,
            emailHash: null,
            placedAt: 5_000,
            sourceName: 'pos',
          },
          {
            orderId: 'gid://shopify/Order/3',
            checkoutToken: null,
            customerId: null,
            emailHash: dana.emailHash,
            placedAt: 6_000,
            sourceName: 'shopify_draft_order',
          },
        ]);
        const byId = await storage.commerceRecords.ordersSince(
          shop,
          {customerId: dana.customerId, emailHash: null},
          0,
        );
        expect(byId.map((o) => o.orderId)).toEqual([
          'gid://shopify/Order/1',
          'gid://shopify/Order/2',
        ]);
        expect(byId[0]?.checkoutToken).toBe('tok-1');
      });

      it('when the shopper reference is empty, then no order matches', async () => {
        expect(
          await storage.commerceRecords.ordersSince(shop, {customerId: null, emailHash: null}, 0),
        ).toEqual([]);
      });
    });

    it('when records were last updated before a time, then they go a page at a time, in every shop, and newer ones stay', async () => {
      const shops = ['commerce-old-a.myshopify.com', 'commerce-old-b.myshopify.com'];
      for (const shop of shops) {
        for (const [id, at] of [
          ['old-1', 100],
          ['old-2', 200],
          ['new-1', 9_000_000_000_000],
        ] as const) {
          await storage.commerceRecords.upsertIfNewer(
            {...record(at, shop), resourceId: id, resourceUpdatedAt: at},
            1,
          );
        }
      }
      const pages: number[] = [];
      for (;;) {
        const page = await storage.commerceRecords.deleteUpdatedBefore(500, 3);
        pages.push(page);
        if (page < 3) break;
      }
      expect(pages).toEqual([3, 1]);
      for (const shop of shops) {
        expect(await storage.commerceRecords.get(shop, 'checkout', 'old-1')).toBeUndefined();
        expect(await storage.commerceRecords.get(shop, 'checkout', 'new-1')).toBeDefined();
      }
    });
  });

  describe('hesitation settings', () => {
    it('when a shop saves its thresholds, then only it reads them back, and {} clears them', async () => {
      await storage.shops.markInstalled(SHOP, {scopes: ''}, 1);
      await storage.shops.markInstalled(OTHER, {scopes: ''}, 1);
      expect(await storage.shops.hesitationSettings(SHOP)).toEqual({});
      await storage.shops.setHesitationSettings(SHOP, {repeatedEditsAt: 7}, 2);
      expect(await storage.shops.hesitationSettings(SHOP)).toEqual({repeatedEditsAt: 7});
      expect(await storage.shops.hesitationSettings(OTHER)).toEqual({});
      await storage.shops.setHesitationSettings(SHOP, {}, 3);
      expect(await storage.shops.hesitationSettings(SHOP)).toEqual({});
    });
  });

  describe('mail settings', () => {
    const settings = {
      shop: SHOP,
      host: 'smtp.fabulous-furs.example',
      port: 587,
      secure: false,
      username: 'shop@fabulous-furs.example',
      fromAddress: 'Fabulous Furs <shop@fabulous-furs.example>',
      updatedAt: 1_000,
    };

    it('when a shop saves its SMTP settings, then only it reads them back', async () => {
      expect(await storage.mailSettings.get(SHOP)).toBeUndefined();
      await storage.mailSettings.save({...settings, passwordSealed: 'v1.sealed-one'});
      expect(await storage.mailSettings.get(SHOP)).toEqual({
        ...settings,
        passwordSealed: 'v1.sealed-one',
      });
      expect(await storage.mailSettings.get(OTHER)).toBeUndefined();
    });

    it('when saved without a password, then the stored one is kept; with null, it is cleared', async () => {
      const kept = await storage.mailSettings.save({...settings, port: 465, updatedAt: 2_000});
      expect(kept).toMatchObject({port: 465, passwordSealed: 'v1.sealed-one', updatedAt: 2_000});
      await storage.mailSettings.save({...settings, passwordSealed: 'v1.sealed-two'});
      expect(await storage.mailSettings.get(SHOP)).toMatchObject({passwordSealed: 'v1.sealed-two'});
      await storage.mailSettings.save({...settings, passwordSealed: null});
      expect(await storage.mailSettings.get(SHOP)).toMatchObject({passwordSealed: null});
    });

    it('when another shop is deleted, then this shop keeps its settings', async () => {
      await storage.mailSettings.save({...settings, shop: OTHER});
      await storage.mailSettings.deleteShop(OTHER);
      expect(await storage.mailSettings.get(OTHER)).toBeUndefined();
      expect(await storage.mailSettings.get(SHOP)).toMatchObject({host: settings.host});
    });
  });

  describe('pixel events', () => {
    const event = (eventId: string, clientId = 'client-1') => ({
      eventId,
      name: 'checkout_started',
      clientId,
      checkoutToken: 'tok-1',
      occurredAt: 1_000,
      seq: 0,
      payload: JSON.stringify({id: eventId}),
    });

    it('when batches share an event id, within one commit or across commits, then it is stored once', async () => {
      const [first, second] = await storage.pixelEvents.insertBatches([
        {shop: SHOP, events: [event('e-1'), event('e-2')], quarantined: [], receivedAt: 1},
        {shop: SHOP, events: [event('e-2'), event('e-3')], quarantined: [], receivedAt: 1},
      ]);
      expect(first).toEqual({accepted: ['e-1', 'e-2'], duplicates: 0, quarantined: 0});
      expect(second).toEqual({accepted: ['e-3'], duplicates: 1, quarantined: 0});
      const again = await storage.pixelEvents.insertBatch(
        SHOP,
        [event('e-1'), event('e-4'), event('e-4')],
        [{reason: 'id: required', payload: '{}'}],
        2,
      );
      expect(again).toEqual({accepted: ['e-4'], duplicates: 2, quarantined: 1});
      expect(await storage.pixelEvents.counts(SHOP)).toEqual({events: 4, quarantined: 1});
    });

    it('when another shop sends the same event ids, then they are its own events', async () => {
      const result = await storage.pixelEvents.insertBatch(OTHER, [event('e-1')], [], 3);
      expect(result.accepted).toEqual(['e-1']);
      expect((await storage.pixelEvents.counts(OTHER)).events).toBe(1);
    });

    it('when the same event id comes from another client, then it is another event (the key is per client)', async () => {
      const result = await storage.pixelEvents.insertBatch(
        SHOP,
        [event('e-1', 'client-2'), event('e-1', 'client-2')],
        [],
        3,
      );
      expect(result).toEqual({accepted: ['e-1'], duplicates: 1, quarantined: 0});
    });

    it('when events were quarantined, then the shop reads how many since a time and the latest reasons', async () => {
      const shop = 'quarantine-check.myshopify.com';
      await storage.pixelEvents.insertBatch(shop, [], [{reason: 'old', payload: '{}'}], 100);
      await storage.pixelEvents.insertBatch(
        shop,
        [],
        [
          {reason: 'seq: expected number', payload: '{}'},
          {reason: 'timestamp: invalid', payload: '{}'},
        ],
        200,
      );
      await storage.pixelEvents.insertBatch(shop, [], [{reason: 'newest', payload: '{}'}], 300);
      const since = await storage.pixelEvents.quarantinedSince(shop, 150, 2);
      expect(since.count).toBe(3);
      expect(since.recent.map((r) => r.receivedAt)).toEqual([300, 200]);
      expect(since.recent[0]?.reason).toBe('newest');
      expect(await storage.pixelEvents.quarantinedSince(OTHER, 0, 2)).toEqual({
        count: 0,
        recent: [],
      });
    });

    it('when raw events are past their retention, then they go a page at a time, in every shop, and newer ones stay', async () => {
      const shops = ['retention-a.myshopify.com', 'retention-b.myshopify.com'];
      for (const shop of shops) {
        await storage.pixelEvents.insertBatch(
          shop,
          [event('old-1'), event('old-2'), event('old-3')],
          [{reason: 'old', payload: '{}'}],
          1_000,
        );
        await storage.pixelEvents.insertBatch(
          shop,
          [event('new-1')],
          [{reason: 'new', payload: '{}'}],
          9_000_000_000_000,
        );
      }
      const pages: Array<{events: number; quarantined: number}> = [];
      for (;;) {
        const page = await storage.pixelEvents.deleteReceivedBefore(5_000, 4);
        pages.push(page);
        if (page.events === 0 && page.quarantined === 0) break;
      }
      // Older rows of other tests (received at 1–4) go too: count only what is left here.
      expect(pages[0]?.events).toBe(4);
      for (const shop of shops) {
        expect(await storage.pixelEvents.counts(shop)).toEqual({events: 1, quarantined: 1});
        const left = await storage.pixelEvents.forJourney(shop, {
          checkoutToken: 'tok-1',
          clientId: null,
        });
        expect(left.map((e) => e.eventId)).toEqual(['new-1']);
      }
    });

    it('when a batch holds null columns and large payloads, then they round-trip', async () => {
      const big = 'x'.repeat(30_000);
      const result = await storage.pixelEvents.insertBatch(
        SHOP,
        [{...event('e-null'), checkoutToken: null, seq: null, payload: big}],
        [],
        4,
      );
      expect(result.accepted).toEqual(['e-null']);
    });
  });

  describe('journeys and their signals', () => {
    const journey = (id: string, clientId: string, lastActivityAt: number, shop = SHOP) => ({
      id,
      shop,
      checkoutToken: `tok-${id}`,
      clientId,
      currentStep: 'contact',
      score: 0,
      startedAt: 1_000,
      lastActivityAt,
      completedAt: null,
      customerId: null,
      emailHash: null,
      orderId: null,
      cartTotal: null,
      state: {id, marker: `${shop}:${id}`},
    });
    const signal = (id: string, journeyId: string, dedupeKey: string, occurredAt: number) => ({
      id,
      shop: SHOP,
      type: 'stalled',
      severity: 'medium' as const,
      sentence: 'Stalled on the payment step.',
      evidence: {eventIds: ['e-1']},
      source: 'pixel' as const,
      campaignId: null,
      checkoutToken: null,
      orderId: null,
      customerId: null,
      occurredAt,
      recordedAt: occurredAt,
      journeyId,
      dedupeKey,
    });

    it('when several journeys are saved at once, then each is read back, and only by its shop', async () => {
      await storage.journeys.saveMany(
        [
          journey('jrn_a', 'c-1', 2_000),
          journey('jrn_b', 'c-1', 3_000),
          journey('jrn_c', 'c-2', 1_500),
        ],
        5_000,
      );
      await storage.journeys.saveMany([journey('jrn_o', 'c-1', 9_000, OTHER)], 5_000);
      const found = await storage.journeys.getMany(SHOP, ['jrn_a', 'jrn_b', 'jrn_o', 'jrn_none']);
      expect([...found.keys()].sort()).toEqual(['jrn_a', 'jrn_b']);
      expect(found.get('jrn_a')?.state).toEqual({id: 'jrn_a', marker: `${SHOP}:jrn_a`});
      expect(await storage.journeys.getMany(SHOP, [])).toEqual(new Map());
    });

    it('when journeys were active, then the shop reads how many since a time and the latest activity', async () => {
      const shop = 'activity-check.myshopify.com';
      expect(await storage.journeys.activity(shop, 0)).toEqual({
        activeSince: 0,
        lastActivityAt: null,
      });
      await storage.journeys.saveMany(
        [
          journey('jrn_act_1', 'c-1', 1_000, shop),
          journey('jrn_act_2', 'c-2', 5_000, shop),
          journey('jrn_act_3', 'c-3', 7_000, shop),
        ],
        8_000,
      );
      expect(await storage.journeys.activity(shop, 4_000)).toEqual({
        activeSince: 2,
        lastActivityAt: 7_000,
      });
    });

    it('when a client has several journeys, then the latest one is its journey', async () => {
      const latest = await storage.journeys.latestForClients(SHOP, ['c-1', 'c-2', 'c-none']);
      expect(latest.get('c-1')?.id).toBe('jrn_b');
      expect(latest.get('c-2')?.id).toBe('jrn_c');
      expect(latest.has('c-none')).toBe(false);
      expect((await storage.journeys.latestForClients(OTHER, ['c-1'])).get('c-1')?.id).toBe(
        'jrn_o',
      );
    });

    it('when a journey is saved again, then its row is replaced', async () => {
      await storage.journeys.saveMany([{...journey('jrn_a', 'c-1', 2_500), score: 40}], 6_000);
      const [again] = (await storage.journeys.getMany(SHOP, ['jrn_a'])).values();
      expect(again).toMatchObject({score: 40, lastActivityAt: 2_500});
    });

    it('when a journey moved on since it was read, then a score computed from the old state is not written', async () => {
      expect(await storage.journeys.updateScoreIfUnchanged(SHOP, 'jrn_a', 55, 2_500, 8_000)).toBe(
        true,
      );
      expect(await storage.journeys.updateScoreIfUnchanged(SHOP, 'jrn_a', 70, 2_000, 8_000)).toBe(
        false,
      );
      expect(await storage.journeys.updateScoreIfUnchanged(OTHER, 'jrn_a', 70, 2_500, 8_000)).toBe(
        false,
      );
      expect((await storage.journeys.getMany(SHOP, ['jrn_a'])).get('jrn_a')?.score).toBe(55);
    });

    it('when the same signal is told twice for a journey, then it is stored once, and grouped by journey', async () => {
      const added = await storage.signals.addNew([
        signal('s-1', 'jrn_a', 'stalled:payment', 3),
        signal('s-2', 'jrn_b', 'stalled:payment', 2),
        signal('s-3', 'jrn_a', 'stalled:contact', 1),
      ]);
      expect(added.map((s) => s.id)).toEqual(['s-1', 's-2', 's-3']);
      const repeated = await storage.signals.addNew([signal('s-4', 'jrn_a', 'stalled:payment', 4)]);
      expect(repeated).toEqual([]);
      const byJourney = await storage.signals.forJourneys(SHOP, ['jrn_a', 'jrn_b', 'jrn_c']);
      expect(byJourney.get('jrn_a')?.map((s) => s.id)).toEqual(['s-3', 's-1']);
      expect(byJourney.get('jrn_b')?.map((s) => s.id)).toEqual(['s-2']);
      expect(byJourney.get('jrn_c')).toEqual([]);
      expect((await storage.signals.forJourneys(OTHER, ['jrn_a'])).get('jrn_a')).toEqual([]);
    });

    it('when work in a transaction fails, then none of it is kept', async () => {
      await expect(
        storage.transaction(async (tx) => {
          await tx.signals.addNew([signal('s-5', 'jrn_c', 'abandoned', 5)]);
          await tx.journeys.saveMany([journey('jrn_d', 'c-3', 7_000)], 7_000);
          throw new Error('detector failed');
        }),
      ).rejects.toThrow('detector failed');
      expect((await storage.signals.forJourneys(SHOP, ['jrn_c'])).get('jrn_c')).toEqual([]);
      expect((await storage.journeys.getMany(SHOP, ['jrn_d'])).size).toBe(0);
    });

    it('when journeys were last active before a time, then they go a page at a time across shops, and then the signals of no journey', async () => {
      await storage.signals.addNew([signal('s-old', 'jrn_c', 'abandoned', 1)]);
      const pages: Array<Array<{shop: string; id: string}>> = [];
      for (;;) {
        const page = await storage.journeys.deleteInactiveBefore(1_600, 1);
        if (page.length === 0) break;
        pages.push(page);
      }
      expect(pages.flat().sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        {shop: 'activity-check.myshopify.com', id: 'jrn_act_1'},
        {shop: SHOP, id: 'jrn_c'},
      ]);
      expect(pages.every((page) => page.length === 1)).toBe(true);
      expect(await storage.signals.deleteInactiveBefore(1_600, 10)).toBe(1);
      // Older signals of journeys still kept stay with them.
      expect((await storage.signals.forJourney(SHOP, 'jrn_a')).map((s) => s.id)).toEqual([
        's-3',
        's-1',
      ]);
    });
  });

  /**
   * Each record is written with every field set to something other than its default. A column the
   * repository forgets to write stays null or at its default (the first check); one it writes but
   * forgets to read is lost when what was read is saved again (the row changes).
   */
  describe('records read back keep everything written', () => {
    const shop = 'round-trip.myshopify.com';
    const NOW = 9_000;

    it('when a journey with every field set is saved, read, saved again and read, then nothing is lost', async () => {
      const written = {
        id: 'jrn_0123456789abcdef01234567',
        shop,
        checkoutToken: 'tok-round-trip',
        clientId: 'client-round-trip',
        currentStep: 'payment',
        score: 42,
        startedAt: 1_000,
        lastActivityAt: 2_000,
        completedAt: 3_000,
        customerId: 'gid://shopify/Customer/7',
        emailHash: 'e'.repeat(64),
        orderId: 'gid://shopify/Order/9',
        cartTotal: 240.5,
        campaignId: '00000000-0000-4000-8000-0000000000c1',
        promiseKept: false,
        state: {version: 1, nested: {codes: ['SAVE10'], total: 12.5}},
      };
      await storage.journeys.save(written, NOW);
      const where = {shop, id: written.id};
      const row = await storedRow(storage.db, 'journeys', where);
      // A new journey's revision is the column's default: it counts writes (see saveRevised).
      expect(await unwrittenColumns(storage.db, 'journeys', row)).toEqual(['revision']);

      const read = await storage.journeys.get(shop, written.id);
      expect(read).toEqual({...written, revision: 1});
      if (!read) throw new Error('journey not read back');
      await storage.journeys.save(read, NOW);
      expect(await storedRow(storage.db, 'journeys', where)).toEqual({...row, revision: 2});
      expect(await storage.journeys.get(shop, written.id)).toEqual({...written, revision: 2});
    });

    it('when mail settings with every field set are saved, read, saved again and read, then nothing is lost', async () => {
      const written = {
        shop,
        host: 'mail.round-trip.example',
        port: 2525,
        secure: true,
        username: 'mailer',
        passwordSealed: 'v1.keyid.iv.tag.ciphertext',
        fromAddress: 'Round Trip <hello@round-trip.example>',
        updatedAt: NOW,
      };
      await storage.mailSettings.save(written);
      const row = await storedRow(storage.db, 'mail_settings', {shop});
      expect(await unwrittenColumns(storage.db, 'mail_settings', row)).toEqual([]);

      const read = await storage.mailSettings.get(shop);
      expect(read).toEqual(written);
      if (!read) throw new Error('mail settings not read back');
      await storage.mailSettings.save(read);
      expect(await storedRow(storage.db, 'mail_settings', {shop})).toEqual(row);
      expect(await storage.mailSettings.get(shop)).toEqual(written);
    });

    it('when a signal with every field set is stored, read, stored again and read, then nothing is lost', async () => {
      const written = {
        id: '00000000-0000-4000-8000-000000000001',
        shop,
        type: 'promo_not_applied',
        severity: 'high' as const,
        sentence: 'The promised code SAVE10 took nothing off.',
        wording: {
          key: 'signals:promoNotApplied.listed',
          values: {code: 'SAVE10', at: {at: 4_000, style: 'clock' as const}},
        },
        evidence: {eventIds: ['e-1', 'e-2'], code: 'SAVE10'},
        source: 'webhook' as const,
        campaignId: '00000000-0000-4000-8000-0000000000ca',
        checkoutToken: 'tok-round-trip',
        orderId: 'gid://shopify/Order/9',
        customerId: 'gid://shopify/Customer/7',
        occurredAt: 4_000,
        recordedAt: 5_000,
        journeyId: 'jrn_0123456789abcdef01234567',
        dedupeKey: 'promo_not_applied:SAVE10',
        resolvedAt: 6_000,
        resolution: 'The code applied at 10:42.',
        resolutionWording: {
          key: 'signals:ended.codeApplied',
          values: {time: {at: 6_000, style: 'clock' as const}},
        },
        followupAt: 7_000,
      };
      await storage.signals.add(written);
      const where = {shop, id: written.id};
      const row = await storedRow(storage.db, 'signals', where);
      expect(await unwrittenColumns(storage.db, 'signals', row)).toEqual([]);

      const [read, ...others] = await storage.signals.forJourney(shop, written.journeyId);
      expect(others).toEqual([]);
      expect(read).toEqual(written);
      if (!read) throw new Error('signal not read back');
      await storage.signals.deleteForJourneys(shop, [written.journeyId]);
      await storage.signals.add(read);
      expect(await storedRow(storage.db, 'signals', where)).toEqual(row);
      expect(await storage.signals.forJourney(shop, written.journeyId)).toEqual([written]);
    });

    it('when a commerce record with every field set is stored, read, stored again and read, then nothing is lost', async () => {
      const written = {
        shop,
        kind: 'order' as const,
        resourceId: 'gid://shopify/Order/9',
        checkoutToken: 'tok-round-trip',
        customerId: 'gid://shopify/Customer/7',
        emailHash: 'e'.repeat(64),
        resourceUpdatedAt: 6_000,
        placedAt: 5_500,
        sourceName: 'shopify_draft_order',
        payload: {id: 9, line_items: [{quantity: 2}]},
      };
      expect(await storage.commerceRecords.upsertIfNewer(written, NOW)).toBe('stored');
      const where = {shop, kind: written.kind, resource_id: written.resourceId};
      const row = await storedRow(storage.db, 'commerce_records', where);
      expect(await unwrittenColumns(storage.db, 'commerce_records', row)).toEqual([]);

      const read = await storage.commerceRecords.get(shop, written.kind, written.resourceId);
      expect(read).toEqual(written);
      if (!read) throw new Error('commerce record not read back');
      expect(await storage.commerceRecords.upsertIfNewer(read, NOW)).toBe('stored');
      expect(await storedRow(storage.db, 'commerce_records', where)).toEqual(row);
      expect(await storage.commerceRecords.get(shop, written.kind, written.resourceId)).toEqual(
        written,
      );
    });

    it('when a campaign with every field set is saved, checked, read, saved again and read, then only its health is reset', async () => {
      const written = {
        id: '00000000-0000-4000-8000-0000000000ca',
        shop,
        name: 'Spring sale',
        promise: {
          kind: 'percentage' as const,
          value: 15,
          scope: {type: 'collections' as const, description: 'Spring collection'},
          audience: {type: 'segment' as const, segmentIds: ['gid://shopify/Segment/1']},
          minimum: {type: 'subtotal' as const, amount: 50},
        },
        discountCodes: ['SPRING15', 'SPRING15B'],
        sendAt: 1_000,
        promiseStartsAt: 2_000,
        promiseEndsAt: 3_000,
        recipients: 1_200,
        attributionKey: 'spring-sale',
        email: {links: ['https://shop.example/sale'], html: '<p>15% off</p>'},
        createdAt: 500,
        updatedAt: 600,
      };
      const nextCheckAt = 7_000;
      await storage.campaigns.insert(written, nextCheckAt);
      await storage.campaigns.addReport(
        shop,
        written.id,
        {checkedAt: 6_500, health: 'warnings', findings: []},
        'manual',
      );
      const where = {shop, id: written.id};
      const row = await storedRow(storage.db, 'campaigns', where);
      expect(await unwrittenColumns(storage.db, 'campaigns', row)).toEqual([]);

      const read = await storage.campaigns.get(shop, written.id);
      expect(read).toEqual({...written, health: 'warnings', lastCheckedAt: 6_500});
      if (!read) throw new Error('campaign not read back');
      // An edited campaign is unverified until its next check: the one column a save changes.
      expect(await storage.campaigns.update(read, nextCheckAt)).toBe(true);
      expect(await storedRow(storage.db, 'campaigns', where)).toEqual({
        ...row,
        health: 'unverified',
      });
      expect(await storage.campaigns.get(shop, written.id)).toEqual({
        ...written,
        health: 'unverified',
        lastCheckedAt: 6_500,
      });
    });
  });
});
