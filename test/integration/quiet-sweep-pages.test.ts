import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import {createLiveHub} from '../../web/server/signals/live-hub';
import {createQuietJourneySweep} from '../../web/server/signals/quiet-journeys';
import {applyEvents} from '../../web/server/signals/apply-event';
import type {PixelEvent} from '../../web/server/signals/pixel-event';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {recentFixture} from '../support/pixel-fixtures';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;

/** The abandonment fixture as the checkout of shopper `n`: its own token, client and event ids. */
function shopper(n: number): PixelEvent[] {
  return recentFixture('abandonment', 60 * MINUTE).map((raw) => {
    const e = raw as unknown as PixelEvent & {data?: {checkout?: {token?: string}}};
    const data = e.data?.checkout
      ? {...e.data, checkout: {...e.data.checkout, token: `tok-${n}`}}
      : e.data;
    return {...e, id: `${e.id}-${n}`, clientId: `client-${n}`, data};
  });
}

describe.each(batteryEngines())('quiet-journey sweep on %s', (engine) => {
  let isolated: IsolatedTarget;
  let storage: Storage;
  beforeAll(async () => {
    isolated = isolatedTarget(engine);
    storage = await openStorage(isolated.target);
    await storage.shops.markInstalled(SHOP, {scopes: ''}, Date.now());
  });
  afterAll(async () => {
    await storage.close();
    await isolated.dispose();
  });

  it('when more checkouts went quiet than one page holds, then every one of them is looked at', async () => {
    const journeys = Array.from({length: 7}, (_, n) => applyEvents(undefined, shopper(n), SHOP));
    await storage.journeys.saveMany(
      journeys.map((j) => ({
        id: j.id,
        shop: SHOP,
        checkoutToken: j.checkoutToken,
        clientId: j.clientIds[0] ?? null,
        currentStep: j.currentStep,
        score: 0,
        startedAt: j.startedAt,
        lastActivityAt: j.lastActivityAt,
        completedAt: null,
        customerId: j.identity.customerId,
        emailHash: j.identity.emailHash,
        orderId: null,
        cartTotal: null,
        state: j,
      })),
      Date.now(),
    );
    const live = createLiveHub();
    const heard: string[] = [];
    live.subscribe(SHOP, (message) => heard.push(message.kind));
    const sweep = createQuietJourneySweep({storage, live, now: () => Date.now(), pageSize: 2});
    expect(await sweep.run()).toBeGreaterThanOrEqual(7);
    const signals = await storage.signals.forJourneys(
      SHOP,
      journeys.map((j) => j.id),
    );
    for (const j of journeys) {
      expect(signals.get(j.id)?.map((s) => s.type)).toContain('abandoned');
    }
    const scores = await storage.journeys.getMany(
      SHOP,
      journeys.map((j) => j.id),
    );
    for (const record of scores.values()) expect(record.score).toBeGreaterThan(0);
    expect(heard.filter((k) => k === 'journey')).toHaveLength(7);
    expect(await sweep.run()).toBe(0);
  });
});
