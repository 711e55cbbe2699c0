import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;

/** A fixture moved in time so that its last event happened `agoMs` before now. */
function recent(name: string, agoMs: number): Array<{timestamp: string}> {
  const events = JSON.parse(
    readFileSync(new URL(`../fixtures/pixel/${name}.json`, import.meta.url), 'utf8'),
  ) as Array<{timestamp: string}>;
  const last = Math.max(...events.map((e) => Date.parse(e.timestamp)));
  const shift = Date.now() - agoMs - last;
  return events.map((e) => ({
    ...e,
    timestamp: new Date(Date.parse(e.timestamp) + shift).toISOString(),
  }));
}

describe('quiet checkouts (the time-based sweep)', () => {
  let t: TestHeed;
  let jump = 0;
  beforeAll(async () => {
    t = await startTestHeed({now: () => Date.now() + jump});
    await t.install(SHOP);
    const key = await t.ingestKey(SHOP);
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: recent('abandonment', MINUTE)}));
    await t.heed.drainJourneys();
  });
  afterAll(() => t.close());

  const sweep = () => t.heed.sweeps.find((s) => s.name === 'quiet journeys')?.run();
  const types = async () => (await t.heed.storage.signals.list(SHOP)).map((s) => s.type);

  it('when the shopper has just gone quiet, then nothing is raised yet', async () => {
    await sweep();
    expect(await types()).not.toContain('abandoned');
  });

  it('when the abandonment window passes with no order, then the sweep raises it once, however often it runs', async () => {
    jump = 45 * MINUTE;
    await sweep();
    await sweep();
    const abandoned = (await t.heed.storage.signals.list(SHOP)).filter(
      (s) => s.type === 'abandoned',
    );
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]?.sentence.length).toBeGreaterThan(20);
  });
});
