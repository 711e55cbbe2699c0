import {afterAll, describe, expect, it} from 'vitest';
import {Session} from '@shopify/shopify-api';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import {openSessionStorage} from '../../web/server/storage/session-storage';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';

const SHOP = 'fabulous-furs.myshopify.com';

async function close(storage: SessionStorage) {
  const closable = storage as {disconnect?: () => Promise<void>};
  await closable.disconnect?.();
}

describe.each(batteryEngines())('Shopify session storage on %s', (engine) => {
  const targets: IsolatedTarget[] = [];
  afterAll(async () => {
    for (const t of targets) await t.dispose();
  });

  it('when several instances (on SQLite: several opens in one instance) start at once on one database, then each gets a working session store', async () => {
    const isolated = isolatedTarget(engine);
    targets.push(isolated);
    const stores = await Promise.all(
      Array.from({length: 4}, () => openSessionStorage(isolated.target)),
    );
    try {
      const session = new Session({
        id: `offline_${SHOP}`,
        shop: SHOP,
        state: 'state',
        isOnline: false,
        accessToken: 'shpat_test',
        scope: 'read_orders',
      });
      expect(await stores[0]?.storeSession(session)).toBe(true);
      for (const store of stores) {
        const loaded = await store.loadSession(session.id);
        expect(loaded?.accessToken).toBe('shpat_test');
      }
    } finally {
      for (const store of stores) await close(store);
    }
  });
});
