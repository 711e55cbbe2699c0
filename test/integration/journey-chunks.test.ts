import {afterEach, describe, expect, it} from 'vitest';
import {EVENTS_PER_WRITE} from '../../web/server/signals/batch-writer';
import {journeyIdFor} from '../../web/server/signals/journey';
import {readJourney} from '../../web/server/signals/journey-state';
import {RECOVER_AFTER_MS} from '../../web/server/signals/process-journeys';
import {batteryEngines} from '../support/databases';
import {checkoutEvent} from '../support/pixel-events';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const SHOPPERS = 45;

/** One batch of many shoppers' checkouts, as one burst from one shop: three events each. */
function burst(): Array<ReturnType<typeof checkoutEvent>> {
  return Array.from({length: SHOPPERS}, (_, n) =>
    ['checkout_started', 'checkout_contact_info_submitted', 'checkout_address_info_submitted'].map(
      (name, seq) => checkoutEvent(name, {seq, clientId: `client-burst-${n}`}, `tok-burst-${n}`),
    ),
  ).flat();
}

function postBatch(heed: TestHeed, key: string, events: unknown[]) {
  return heed.http
    .post('/api/pixel/events')
    .set('Content-Type', 'text/plain')
    .send(JSON.stringify({shop: SHOP, key, events}));
}

const journeyOf = (n: number) =>
  journeyIdFor(SHOP, {checkoutToken: `tok-burst-${n}`, clientId: null});

describe.each(batteryEngines())('a burst of many shoppers in one batch, on %s', (engine) => {
  let t: TestHeed | undefined;
  let clock = Date.now();
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start() {
    clock = Date.now();
    t = await startTestHeed({engine, now: () => clock});
    await t.install(SHOP);
    return {heed: t, key: await t.ingestKey(SHOP)};
  }

  it('when one batch holds many shoppers, then their journeys are written in several small transactions, every event applied', async () => {
    const {heed, key} = await start();
    const storage = heed.heed.storage;
    const original = storage.transaction.bind(storage);
    let transactions = 0;
    storage.transaction = ((work: Parameters<typeof original>[0]) => {
      transactions += 1;
      return original(work);
    }) as typeof storage.transaction;
    const events = burst();
    const response = await postBatch(heed, key, events);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({accepted: events.length});
    await heed.heed.drainJourneys();
    // 45 journeys at 20 a transaction: at least three journey commits (case openings add more).
    expect(transactions).toBeGreaterThanOrEqual(3);
    for (let n = 0; n < SHOPPERS; n += 1) {
      const record = await storage.journeys.get(SHOP, journeyOf(n));
      expect(readJourney(record?.state).eventIds).toHaveLength(3);
    }
    const unapplied = await storage.db('pixel_events').where({shop: SHOP}).whereNull('applied_at');
    expect(unapplied).toHaveLength(0);
  });

  it('when a later transaction of the burst fails, then the journeys already written stay whole and recovery applies the rest exactly once', async () => {
    const {heed, key} = await start();
    const storage = heed.heed.storage;
    const original = storage.transaction.bind(storage);
    let journeyCommits = 0;
    storage.transaction = (async (work: Parameters<typeof original>[0]) =>
      original(async (tx) => {
        const saveRevised = tx.journeys.saveRevised.bind(tx.journeys);
        tx.journeys.saveRevised = async (...args: Parameters<typeof saveRevised>) => {
          journeyCommits += 1;
          if (journeyCommits === 2) throw new Error('disk I/O error');
          return saveRevised(...args);
        };
        return work(tx);
      })) as typeof storage.transaction;
    const events = burst();
    const response = await postBatch(heed, key, events);
    expect(response.status).toBe(200);
    await heed.heed.drainJourneys();
    storage.transaction = original;

    const written = [];
    for (let n = 0; n < SHOPPERS; n += 1) {
      if (await storage.journeys.get(SHOP, journeyOf(n))) written.push(n);
    }
    expect(written).toHaveLength(20);
    const waiting = await storage.db('pixel_events').where({shop: SHOP}).whereNull('applied_at');
    expect(waiting).toHaveLength((SHOPPERS - 20) * 3);

    clock += RECOVER_AFTER_MS + 1_000;
    const recovery = heed.heed.sweeps.find((s) => s.name === 'journey recovery');
    expect(await recovery?.run()).toBe((SHOPPERS - 20) * 3);
    await heed.heed.drainJourneys();
    expect(await recovery?.run()).toBe(0);
    // A recovered journey ends where one written at once did.
    const firstStep = readJourney((await storage.journeys.get(SHOP, journeyOf(0)))?.state);
    for (let n = 0; n < SHOPPERS; n += 1) {
      const journey = readJourney((await storage.journeys.get(SHOP, journeyOf(n)))?.state);
      expect(journey.eventIds).toHaveLength(3);
      expect(journey.currentStep).toBe(firstStep.currentStep);
    }
  });

  it('when one batch holds more events than one write, then it commits in parts, is acknowledged once for all, and an id repeated across parts is stored once', async () => {
    const {heed, key} = await start();
    const storage = heed.heed.storage;
    const original = storage.pixelEvents.insertBatches.bind(storage.pixelEvents);
    const writes: number[] = [];
    storage.pixelEvents.insertBatches = async (batches) => {
      writes.push(batches.reduce((sum, b) => sum + b.events.length, 0));
      return original(batches);
    };
    const events = burst();
    // The first shopper's first event again at the end: another part, the same id.
    const repeated = [...events, events[0]];
    const response = await postBatch(heed, key, repeated);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({accepted: events.length, duplicates: 1});
    expect(writes.length).toBe(Math.ceil(repeated.length / EVENTS_PER_WRITE));
    expect(Math.max(...writes)).toBeLessThanOrEqual(EVENTS_PER_WRITE);
    const stored = await storage.db('pixel_events').where({shop: SHOP});
    expect(stored).toHaveLength(events.length);
    await heed.heed.drainJourneys();
    for (let n = 0; n < SHOPPERS; n += 1) {
      const record = await storage.journeys.get(SHOP, journeyOf(n));
      expect(readJourney(record?.state).eventIds).toHaveLength(3);
    }
  });
});
