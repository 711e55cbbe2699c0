import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

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

    it('when several workers claim one delivery at once, then exactly one wins', async () => {
      const claims = await Promise.all(
        Array.from({length: 5}, () => storage.webhookDeliveries.claim(SHOP, 'evt-1', 2_000, 0)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('when processed, then the payload is cleared and it is no longer pending', async () => {
      await storage.webhookDeliveries.markProcessed(SHOP, 'evt-1', 3_000);
      expect(await storage.webhookDeliveries.status(SHOP, 'evt-1')).toBe('processed');
      const pending = await storage.webhookDeliveries.listPending(10_000, 5, 10);
      expect(pending.map((p) => `${p.shop}/${p.eventId}`)).toEqual([`${OTHER}/evt-1`]);
    });

    it('when a claim is stale, then another worker may take it over', async () => {
      expect(await storage.webhookDeliveries.claim(OTHER, 'evt-1', 2_000, 0)).toBe(true);
      expect(await storage.webhookDeliveries.claim(OTHER, 'evt-1', 2_500, 1_000)).toBe(false);
      expect(await storage.webhookDeliveries.claim(OTHER, 'evt-1', 9_000, 3_000)).toBe(true);
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
  });
});
