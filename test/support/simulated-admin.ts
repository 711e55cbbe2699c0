import {createAdminApiClient} from '../../web/server/admin-api/client';
import type {AdminQuery} from '../../web/server/campaigns/read-discounts';
import {SHOPIFY_API_VERSION} from '../../web/server/config';
import {
  createShopifySimulator,
  DEMO_SHOP_DOMAIN,
  loadAdminSchema,
  type ShopifySimulator,
} from '../../web/simulator';
import {captureLogger} from './capture-logger';

export interface SimulatedAdmin {
  sim: ShopifySimulator;
  shop: string;
  /** The Admin API of the demo shop through the real client; waits are skipped. */
  query: AdminQuery;
  clock: {now: number};
}

/** The Fabulous Furs demo shop behind the real typed client, with a clock the test moves. */
export async function simulatedAdmin(nowMs: number): Promise<SimulatedAdmin> {
  const clock = {now: nowMs};
  const sim = createShopifySimulator({
    apiKey: 'followup-test-key',
    apiSecret: 'followup-test-secret-0123',
    schema: await loadAdminSchema(),
    now: () => clock.now,
  });
  const shop = DEMO_SHOP_DOMAIN;
  const accessToken = sim.installShop(shop);
  const client = createAdminApiClient({
    fetch: sim.fetch,
    apiVersion: SHOPIFY_API_VERSION,
    logger: captureLogger('silent').logger,
    sleep: async (ms) => {
      clock.now += ms;
    },
  });
  const query: AdminQuery = (s, document, variables, schema) =>
    client.request({shop: s, accessToken}, document, variables, schema);
  return {sim, shop, query, clock};
}
