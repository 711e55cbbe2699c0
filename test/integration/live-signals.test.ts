import type http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {recentFixture} from '../support/pixel-fixtures';
import {openLive, type SseEvent} from '../support/live-stream';

const SHOP = 'fabulous-furs.myshopify.com';
/** The admin lists checkouts of the last day: the stories must have happened a minute ago. */
const fixture = (name: string) => recentFixture(name, 60_000);

describe('live signals over server-sent events', () => {
  let t: TestHeed;
  let server: http.Server;
  let port: number;
  let key: string;

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
    server = t.heed.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('when a shopper’s promised code never applies, then the signal reaches the admin within a second of the ingest answer', async () => {
    const live = await openLive(port, await t.sessionToken(SHOP));
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: fixture('promo-not-applied')}));
    const answeredAt = performance.now();
    expect(response.status).toBe(200);
    const deadline = answeredAt + 1000;
    let signal: SseEvent | undefined;
    while (!signal && performance.now() < deadline) {
      signal = live.events.find((e) => e.event === 'signal' && e.data.type === 'promo_not_applied');
      if (!signal) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    live.close();
    expect(signal, 'no promo_not_applied signal within 1 s').toBeDefined();
    expect((signal?.at ?? Infinity) - answeredAt).toBeLessThan(1000);
    expect(signal?.data.sentence).toContain('WINTER20');
    const journey = live.events.find((e) => e.event === 'journey');
    expect((journey?.data as {id?: string} | undefined)?.id).toMatch(/^jrn_/);
  });

  it('when another shop’s admin listens, then it hears nothing of this shop', async () => {
    await t.install('other-store.myshopify.com');
    const other = await openLive(port, await t.sessionToken('other-store.myshopify.com'));
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: fixture('code-rejected')}));
    await t.heed.drainJourneys();
    other.close();
    expect(other.events).toEqual([]);
  });

  it('when the journey was processed, then it is stored with its signals and score, and no raw email', async () => {
    await t.heed.drainJourneys();
    const journeys = await t.heed.storage.journeys.recent(SHOP, 0, 10);
    expect(journeys.length).toBeGreaterThan(0);
    const signals = await t.heed.storage.signals.list(SHOP);
    expect(signals.map((s) => s.type)).toEqual(
      expect.arrayContaining(['promo_not_applied', 'code_rejected']),
    );
    expect(JSON.stringify(journeys)).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/i);
  });

  it('when the admin lists recent checkouts, then each is a story with its signals, filterable by signal', async () => {
    await t.heed.drainJourneys();
    const auth = `Bearer ${await t.sessionToken(SHOP)}`;
    const all = await t.http.get('/api/journeys').set('Authorization', auth);
    expect(all.status).toBe(200);
    expect(all.body.journeys.length).toBeGreaterThanOrEqual(2);
    const promo = await t.http
      .get('/api/journeys')
      .query({signal: 'promo_not_applied'})
      .set('Authorization', auth);
    expect(promo.body.journeys).toHaveLength(1);
    const [story] = promo.body.journeys;
    expect(story.signals.map((s: {type: string}) => s.type)).toContain('promo_not_applied');
    expect(story.score).toBeGreaterThan(0);
    const detail = await t.http.get(`/api/journeys/${story.id}`).set('Authorization', auth);
    expect(detail.body.timeline.length).toBeGreaterThan(0);
    const other = `Bearer ${await t.sessionToken('other-store.myshopify.com')}`;
    expect((await t.http.get('/api/journeys').set('Authorization', other)).body.journeys).toEqual(
      [],
    );
    expect((await t.http.get(`/api/journeys/${story.id}`).set('Authorization', other)).status).toBe(
      404,
    );
  });

  it('when the admin has no session token, then the live stream is refused', async () => {
    const response = await t.http.get('/api/live');
    expect(response.status).toBe(401);
  });
});
