import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../web/server/config';
import {bootstrap, type Heed} from '../../web/server/bootstrap';
import {createLogger} from '../../web/server/logger';
import {hashIngestKey, newIngestKey} from '../../web/server/signals/ingest-key';
import type {LiveMessage} from '../../web/server/signals/live-hub';
import {applyEvents} from '../../web/server/signals/apply-event';
import type {PixelEvent} from '../../web/server/signals/pixel-event';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {recentFixture} from '../support/pixel-fixtures';
import request from 'supertest';
import {englishSayer, sayerFor} from '../../web/server/sentences/wording';
import {saySignal, type SignalStory} from '../../web/server/signals/signal-story';
import {readerFor} from '../../web/shared/languages';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';
const MINUTE = 60_000;

/** Messages a hub hands its listeners for one shop, with when they arrived. */
function listen(heed: Heed, shop: string) {
  const heard: Array<{at: number; message: LiveMessage}> = [];
  heed.live.subscribe(shop, (message) => heard.push({at: performance.now(), message}));
  return heard;
}

async function eventually(check: () => boolean, withinMs = 2_000) {
  const until = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// Fan-out across instances is PostgreSQL's LISTEN/NOTIFY; CI must set DATABASE_URL (batteryEngines fails otherwise).
describe.runIf(batteryEngines().includes('postgres'))(
  'live updates across instances (PostgreSQL)',
  () => {
    let isolated: IsolatedTarget;
    let a: Heed;
    let b: Heed;
    let key: string;
    beforeAll(async () => {
      isolated = isolatedTarget('postgres');
      const start = () =>
        bootstrap(loadConfig('test', {}), {
          storageTarget: isolated.target,
          logger: createLogger('silent'),
        });
      a = await start();
      b = await start();
      await a.storage.shops.markInstalled(SHOP, {scopes: ''}, Date.now());
      key = newIngestKey();
      await a.storage.shops.setIngestKey(SHOP, hashIngestKey(key), null, Date.now());
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await isolated.dispose();
    });

    it('when a batch lands on one instance, then an admin connected to another hears its signal within a second, once', async () => {
      const onA = listen(a, SHOP);
      const onB = listen(b, SHOP);
      const elsewhere = listen(b, OTHER);
      const res = await request(a.app)
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key, events: recentFixture('code-rejected', MINUTE)}));
      const answeredAt = performance.now();
      expect(res.status).toBe(200);
      await eventually(() => onB.some((h) => h.message.kind === 'signal'));
      const signal = onB.find((h) => h.message.kind === 'signal');
      expect((signal?.at ?? Infinity) - answeredAt).toBeLessThan(1_000);
      expect(signal?.message.data).toMatchObject({type: 'code_rejected'});
      await a.drainJourneys();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const kinds = (heard: typeof onA) => heard.map((h) => h.message.kind).sort();
      expect(kinds(onB)).toEqual(kinds(onA));
      expect(elsewhere).toEqual([]);
    });

    it('when a signal crosses instances, then it travels unworded, so each admin of the other instance reads it in their language', async () => {
      // A shop of its own: what follows the signal (a case) is no other test's message.
      const shop = 'words-store.myshopify.com';
      await a.storage.shops.markInstalled(shop, {scopes: ''}, Date.now());
      const wordsKey = newIngestKey();
      await a.storage.shops.setIngestKey(shop, hashIngestKey(wordsKey), null, Date.now());
      const onB = listen(b, shop);
      const events = recentFixture('payment-failed', MINUTE);
      const res = await request(a.app)
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop, key: wordsKey, events}));
      expect(res.status).toBe(200);
      const failed = () =>
        onB.find(
          (h) =>
            h.message.kind === 'signal' &&
            (h.message.data as {type?: string}).type === 'payment_failed',
        );
      await eventually(() => failed() !== undefined);
      const story = failed()?.message.data as SignalStory;
      expect(story.wording?.key).toBe('signals:paymentFailed.repeated');
      expect(saySignal(story, sayerFor(readerFor('fr'), null)).sentence).toMatch(
        /^Échec du paiement \(2 fois\)/,
      );
      expect(saySignal(story, sayerFor(readerFor('de'), null)).sentence).toMatch(
        /^Zahlung 2-mal fehlgeschlagen/,
      );
      expect(saySignal(story, englishSayer(null)).sentence).toBe(story.sentence);
      await a.drainJourneys();
    });

    it('when a journey is too large for a notification, then the other instance reads it back by id', async () => {
      const events = recentFixture('stall', MINUTE) as unknown as PixelEvent[];
      const journey = applyEvents(undefined, events, SHOP);
      await a.storage.journeys.save(
        {
          id: journey.id,
          shop: SHOP,
          checkoutToken: journey.checkoutToken,
          clientId: journey.clientIds[0] ?? null,
          currentStep: journey.currentStep,
          score: 0,
          startedAt: journey.startedAt,
          lastActivityAt: journey.lastActivityAt,
          completedAt: null,
          customerId: journey.identity.customerId,
          emailHash: journey.identity.emailHash,
          orderId: null,
          cartTotal: null,
          state: journey,
        },
        Date.now(),
      );
      const onB = listen(b, SHOP);
      a.live.publish(SHOP, {kind: 'journey', data: {id: journey.id, padding: 'x'.repeat(20_000)}});
      await eventually(() => onB.length > 0);
      expect(onB[0]?.message.kind).toBe('journey');
      expect(onB[0]?.message.data).toMatchObject({
        id: journey.id,
        checkoutToken: journey.checkoutToken,
      });
      expect(JSON.stringify(onB[0]?.message.data)).not.toContain('xxxx');
    });

    it('when a burst of messages is published at once, then the other instance receives every one, in order', async () => {
      const onB = listen(b, SHOP);
      const burst = Array.from({length: 300}, (_, n) => ({n, sentence: `Signal number ${n}.`}));
      for (const data of burst) a.live.publish(SHOP, {kind: 'signal', data});
      await eventually(() => onB.length >= burst.length);
      expect(onB.map((h) => h.message.data)).toEqual(burst);
    });

    it('when a notification is not one of Heed’s, then it is ignored', async () => {
      const onB = listen(b, SHOP);
      const channel = b.liveChannel;
      expect(channel).toMatch(/^heed_live_[0-9a-f]{16}$/);
      await a.storage.db.raw('select pg_notify(?, ?)', [channel, '{"shop":"x"}']);
      await a.storage.db.raw('select pg_notify(?, ?)', [channel, 'not json']);
      a.live.publish(SHOP, {kind: 'signal', data: {marker: 'after'}});
      await eventually(() => onB.length > 0);
      expect(onB.map((h) => h.message.data)).toEqual([{marker: 'after'}]);
    });
  },
);
