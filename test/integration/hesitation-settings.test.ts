import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {recentFixture} from '../support/pixel-fixtures';
import {DEFAULT_THRESHOLDS} from '../../web/server/signals/thresholds';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';
const PATH = '/api/settings/hesitation';
const MINUTE = 60_000;

describe('hesitation settings (per-shop thresholds)', () => {
  let t: TestHeed;
  let jump = 0;
  let auth: string;
  beforeAll(async () => {
    t = await startTestHeed({now: () => Date.now() + jump});
    await t.install(SHOP);
    await t.install(OTHER);
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
  });
  afterAll(() => t.close());

  const put = (body: object, as = auth) =>
    t.http.put(PATH).set('Authorization', as).set('Content-Type', 'application/json').send(body);

  it('when a shop has changed nothing, then Heed’s defaults apply', async () => {
    const res = await t.http.get(PATH).set('Authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      thresholds: DEFAULT_THRESHOLDS,
      defaults: DEFAULT_THRESHOLDS,
      overrides: {},
    });
  });

  it('when the merchant changes some thresholds, then those apply and the rest stay default', async () => {
    const res = await put({
      abandonAfterMs: 120 * MINUTE,
      stallAfterMsByStep: {payment: 10 * MINUTE},
    });
    expect(res.status).toBe(200);
    expect(res.body.overrides).toEqual({
      abandonAfterMs: 120 * MINUTE,
      stallAfterMsByStep: {payment: 10 * MINUTE},
    });
    expect(res.body.thresholds).toEqual({
      ...DEFAULT_THRESHOLDS,
      abandonAfterMs: 120 * MINUTE,
      stallAfterMsByStep: {payment: 10 * MINUTE},
    });
    const again = await t.http.get(PATH).set('Authorization', auth);
    expect(again.body.thresholds.abandonAfterMs).toBe(120 * MINUTE);
  });

  it.each([
    [{stallAfterMs: 1_000}, 'stallAfterMs'],
    [{abandonAfterMs: 'soon'}, 'abandonAfterMs'],
    [{repeatedEditsAt: 2.5}, 'repeatedEditsAt'],
    [{shippingShockShare: 0}, 'shippingShockShare'],
    [{stallAfterMsByStep: {review: 60_000}}, 'stallAfterMsByStep'],
    [{alertEveryone: true}, ''],
  ])(
    'when a setting is out of range or unknown (%j), then 422 names it and nothing changes',
    async (body, path) => {
      const res = await put(body);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.problems.map((p: {path: string}) => p.path)).toContain(path);
      const after = await t.http.get(PATH).set('Authorization', auth);
      expect(after.body.overrides.abandonAfterMs).toBe(120 * MINUTE);
    },
  );

  it('when another shop reads or changes its settings, then it neither sees nor touches this shop’s', async () => {
    const other = `Bearer ${await t.sessionToken(OTHER)}`;
    expect((await t.http.get(PATH).set('Authorization', other)).body.overrides).toEqual({});
    expect((await put({repeatedEditsAt: 9}, other)).status).toBe(200);
    const mine = await t.http.get(PATH).set('Authorization', auth);
    expect(mine.body.overrides.repeatedEditsAt).toBeUndefined();
  });

  it('when there is no session token, then 401 and nothing changes', async () => {
    const res = await t.http.put(PATH).set('Content-Type', 'application/json').send({});
    expect(res.status).toBe(401);
    const mine = await t.http.get(PATH).set('Authorization', auth);
    expect(mine.body.overrides.abandonAfterMs).toBe(120 * MINUTE);
  });

  it('when the abandonment window is longer than the default, then the sweep waits for the shop’s own window', async () => {
    const key = await t.ingestKey(SHOP);
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: recentFixture('abandonment', MINUTE)}));
    await t.heed.drainJourneys();
    const sweep = () => t.heed.sweeps.find((s) => s.name === 'quiet journeys')?.run();
    const abandoned = async () =>
      (await t.heed.storage.signals.list(SHOP)).filter((s) => s.type === 'abandoned');
    jump = 45 * MINUTE; // past Heed's default 30 minutes, short of this shop's 2 hours
    await sweep();
    expect(await abandoned()).toHaveLength(0);
    jump = 125 * MINUTE;
    await sweep();
    expect(await abandoned()).toHaveLength(1);
  });

  it('when a shop counts repeated edits later than the default, then its journeys follow its count', async () => {
    const other = `Bearer ${await t.sessionToken(OTHER)}`;
    const send = async (shop: string) => {
      const key = await t.ingestKey(shop);
      await t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop, key, events: recentFixture('repeated-edits', MINUTE)}));
      await t.heed.drainJourneys();
      return (await t.heed.storage.signals.list(shop)).map((s) => s.type);
    };
    expect((await put({repeatedEditsAt: 100}, other)).status).toBe(200);
    expect(await send(OTHER)).not.toContain('repeated_edits');
    expect(await send(SHOP)).toContain('repeated_edits');
  });

  it('when the merchant restores the defaults, then nothing of the shop’s own is kept', async () => {
    const res = await put({});
    expect(res.status).toBe(200);
    expect(res.body.overrides).toEqual({});
    expect(res.body.thresholds).toEqual(DEFAULT_THRESHOLDS);
  });
});
