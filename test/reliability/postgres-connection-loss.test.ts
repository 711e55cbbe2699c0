import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import knex, {type Knex} from 'knex';
import {loadConfig} from '../../web/server/config';
import {batteryEngines, dedicatedDatabase} from '../support/databases';
import {startHeedChild, type HeedChild} from '../support/heed-child';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {mintSessionToken} from '../support/shopify-tokens';
import {recentFixture} from '../support/pixel-fixtures';
import {openLive, type SseEvent} from '../support/live-stream';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;
const config = loadConfig('test', {});

/** A shopper of its own (new event ids, client and checkout), whose code is refused at checkout. */
function refusedCodeShopper(): unknown[] {
  const text = JSON.stringify(recentFixture('code-rejected', MINUTE))
    .replaceAll('0d6b2f91-7e48-4c3a-b5d2-6a9e1f4c8b37', randomUUID())
    .replaceAll('Z2NwLXVzLWNlbnRyYWwxOjAxSkQzWlg1QzdWOUIxTjNNNUE3UzlEMVJFSkVDVEQ', randomUUID());
  return (JSON.parse(text) as Array<Record<string, unknown>>).map((e) => ({
    ...e,
    id: `sh-${randomUUID()}`,
  }));
}

/** Polls until `check` holds, answering what the last try saw. */
async function eventually<T>(
  try_: () => Promise<T>,
  holds: (value: T) => boolean,
  withinMs = 30_000,
) {
  const until = Date.now() + withinMs;
  for (;;) {
    const value = await try_();
    if (holds(value)) return value;
    if (Date.now() > until) throw new Error(`not within ${withinMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Terminating connections only ever touches a database made for this file (see dedicatedDatabase).
describe.runIf(batteryEngines().includes('postgres'))(
  'PostgreSQL connections lost (restart, failover)',
  () => {
    let database: Awaited<ReturnType<typeof dedicatedDatabase>>;
    let heed: HeedChild;
    /** A second instance on the same database, in this process: it must survive too. */
    let other: TestHeed;
    /** A connection to another database of the server, from which the faults are made. */
    let admin: Knex;
    const url = (path: string) => `http://127.0.0.1:${heed.port}${path}`;
    const token = () =>
      mintSessionToken({shop: SHOP, apiKey: config.apiKey, apiSecret: config.apiSecret});
    const overview = async () =>
      (await fetch(url('/api/overview'), {headers: {Authorization: `Bearer ${token()}`}})).status;
    const ingest = async (events: unknown[] = refusedCodeShopper()) =>
      (
        await fetch(url('/api/pixel/events'), {
          method: 'POST',
          headers: {'Content-Type': 'text/plain'},
          body: JSON.stringify({shop: SHOP, key: heed.ingestKey, events}),
        })
      ).status;
    const terminateAll = async () => {
      const result = await admin.raw<{rows: unknown[]}>(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()',
        [database.name],
      );
      return result.rows.length;
    };
    /** A signal announced on the other instance reaches the stream open on the child. */
    const signalCrosses = async (stream: {events: SseEvent[]}) => {
      const before = stream.events.filter((e) => e.event === 'signal').length;
      // The shop's one key, the child's: asking for a new one would leave the child's stale, and
      // the child would refuse it once its remembered key expired (10 s, on a slow run).
      const response = await other.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key: heed.ingestKey, events: refusedCodeShopper()}));
      if (response.status !== 200) return false;
      await other.heed.drainJourneys();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return stream.events.filter((e) => e.event === 'signal').length > before;
    };

    beforeAll(async () => {
      database = await dedicatedDatabase();
      admin = knex({client: 'pg', connection: database.adminUrl, pool: {min: 0, max: 1}});
      heed = await startHeedChild(database.target, SHOP);
      other = await startTestHeed({target: database.target});
    });
    afterAll(async () => {
      await heed?.stop();
      await other?.close();
      await admin?.destroy();
      await database?.dispose();
    });

    it('when every connection to the database is terminated, then Heed stays up and answers again on its own, live fan-out included', async () => {
      const stream = await openLive(heed.port, token());
      try {
        expect(await overview()).toBe(200);
        expect(await ingest()).toBe(200);
        expect(await eventually(() => signalCrosses(stream), Boolean)).toBe(true);

        // The knex pool, the session storage's pool and the LISTEN connection of each instance.
        expect(await terminateAll()).toBeGreaterThanOrEqual(3);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(heed.alive(), heed.stderr()).toBe(true);

        const seen = new Set<number>();
        await eventually(
          async () => {
            const status = await overview();
            seen.add(status);
            return status;
          },
          (status) => status === 200,
        );
        expect([...seen].filter((s) => s !== 200 && s !== 503)).toEqual([]);
        expect(
          await eventually(
            () => ingest(),
            (s) => s === 200,
          ),
        ).toBe(200);
        expect(await eventually(() => signalCrosses(stream), Boolean)).toBe(true);
        expect(heed.alive(), heed.stderr()).toBe(true);
      } finally {
        stream.close();
      }
    }, 90_000);

    it('when the database refuses connections for a while, then requests get 503 with Retry-After, and succeed once it is back', async () => {
      await admin.raw('ALTER DATABASE ?? ALLOW_CONNECTIONS false', [database.name]);
      try {
        await terminateAll();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const admin503 = await fetch(url('/api/overview'), {
          headers: {Authorization: `Bearer ${token()}`},
        });
        expect(admin503.status).toBe(503);
        expect(admin503.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await ingest()).toBe(503);
        // Health reuses a result for a second.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        const health = await fetch(url('/healthz'));
        expect(health.status).toBe(503);
        expect(heed.alive(), heed.stderr()).toBe(true);
      } finally {
        await admin.raw('ALTER DATABASE ?? ALLOW_CONNECTIONS true', [database.name]);
      }
      expect(
        await eventually(
          () => overview(),
          (s) => s === 200,
        ),
      ).toBe(200);
      expect(
        await eventually(
          () => ingest(),
          (s) => s === 200,
        ),
      ).toBe(200);
      // Health reuses a result for a second.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await fetch(url('/healthz'))).status).toBe(200);
      const stream = await openLive(heed.port, token());
      try {
        expect(await eventually(() => signalCrosses(stream), Boolean, 45_000)).toBe(true);
      } finally {
        stream.close();
      }
      expect(heed.alive(), heed.stderr()).toBe(true);
    }, 90_000);

    it('when the database turns read-only, then health says it cannot be written, writes get 503 and reads still answer, until it is writable again', async () => {
      const setReadOnly = async (on: boolean) => {
        await admin.raw(
          `ALTER DATABASE ?? SET default_transaction_read_only = ${on ? 'on' : 'off'}`,
          [database.name],
        );
        // Sessions read the setting when they start: the next connections are read-only.
        await terminateAll();
      };
      await setReadOnly(true);
      try {
        // Connections terminated a moment ago may fail a first read; then reads answer and writes do not.
        const health = await eventually(
          async () => {
            const response = await fetch(url('/healthz'));
            const body = (await response.json()) as {storage: {readable: boolean}};
            return {status: response.status, storage: body.storage};
          },
          (h) => h.status === 503 && h.storage.readable,
        );
        expect(health.status).toBe(503);
        expect(health.storage).toMatchObject({readable: true, writable: false});
        expect(await ingest()).toBe(503);
        expect(await overview()).toBe(200);
        expect(heed.alive(), heed.stderr()).toBe(true);
      } finally {
        await setReadOnly(false);
      }
      expect(
        await eventually(
          () => ingest(),
          (s) => s === 200,
        ),
      ).toBe(200);
      expect(
        await eventually(
          async () => (await fetch(url('/healthz'))).status,
          (s) => s === 200,
        ),
      ).toBe(200);
    }, 90_000);
  },
);
