import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {ANNA, OMAR, shopperEvents, staffAuth, winterSale} from '../support/followup-shoppers';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;
const SHOPPERS = 4;

/**
 * Two Heed instances on one database, each running the same work at the same moment, as happens
 * when a sweep's lease expires under a slow run or both receive one shopper's checkouts: each due
 * item is done once, whichever instance does it. The sweeps are run directly, past their leases
 * (test/integration/sweep-leases.test.ts covers the leases themselves).
 */
describe.each(batteryEngines())('work done once across two instances, on %s', (engine) => {
  let first: TestHeed;
  let second: TestHeed;
  let key: string;
  let clock = Date.now();

  const sweep = (t: TestHeed, name: string) => {
    const found = t.heed.sweeps.find((s) => s.name === name);
    if (!found) throw new Error(`no ${name} sweep`);
    return async () => Number(await found.run());
  };

  /** Runs a sweep on both instances at once; one SQLite file's writers may meet a busy lock. */
  async function bothAtOnce(name: string): Promise<number> {
    const runs = await Promise.allSettled([
      sweep(first, name)(),
      sweep(second, name)(),
      sweep(first, name)(),
      sweep(second, name)(),
    ]);
    await Promise.all([first.heed.drainJourneys(), second.heed.drainJourneys()]);
    return runs.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value : 0), 0);
  }

  async function ingest(t: TestHeed, events: unknown[]) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await t.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key, events}));
      if (response.status === 200) return;
      expect(response.status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the batch was never acknowledged');
  }

  const openCases = () => first.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});

  beforeAll(async () => {
    first = await startTestHeed({engine, now: () => clock});
    second = await startTestHeed({engine, now: () => clock, sharedWith: first});
    await first.install(SHOP);
    await winterSale(first, SHOP);
    key = await first.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      const me = await first.http
        .get('/api/staff/me')
        .set('Authorization', await staffAuth(first, SHOP, sub));
      expect(me.status).toBe(200);
    }
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('when one customer’s two checkouts go wrong through the two instances at once, then they open one case', async () => {
    for (let n = 0; n < SHOPPERS; n++) {
      const customer = `gid://shopify/Customer/81${n}`;
      await Promise.all([
        ingest(first, shopperEvents('code-rejected', customer, `tok-a${n}`)),
        ingest(second, shopperEvents('code-rejected', customer, `tok-b${n}`)),
      ]);
      await Promise.all([first.heed.drainJourneys(), second.heed.drainJourneys()]);
    }
    // On one SQLite file a case opening can meet the other instance's writer (busy): its signals
    // stay unlooked at, and the recovery sweep joins them to the case later, never to a second.
    clock += 2 * MINUTE;
    await bothAtOnce('follow-up recovery');
    const cases = await openCases();
    for (let n = 0; n < SHOPPERS; n++) {
      const theirs = cases.filter((c) => c.customerId === `gid://shopify/Customer/81${n}`);
      expect(theirs).toHaveLength(1);
      expect(theirs[0]?.journeyIds).toHaveLength(2);
    }
  });

  it('when signals a crash left without a case are recovered by both instances at once, then each opens one case', async () => {
    const customers = Array.from({length: SHOPPERS}, (_, n) => `gid://shopify/Customer/82${n}`);
    for (const [n, customer] of customers.entries())
      await ingest(first, shopperEvents('promo-not-applied', customer, `tok-r${n}`));
    await first.heed.drainJourneys();
    const lost = (await openCases()).filter((c) => customers.includes(c.customerId ?? ''));
    expect(lost).toHaveLength(SHOPPERS);
    // As after a crash between the signals' commit and their cases: no cases, signals unmarked.
    await first.heed.storage.cases.deleteCases(
      SHOP,
      lost.map((c) => c.id),
    );
    await first.heed.storage
      .db('signals')
      .where({shop: SHOP})
      .whereIn('customer_id', customers)
      .update({followup_at: null, recorded_at: clock - 2 * MINUTE});
    for (let round = 0; round < 3; round++) await bothAtOnce('follow-up recovery');
    const recovered = await openCases();
    for (const customer of customers)
      expect(recovered.filter((c) => c.customerId === customer)).toHaveLength(1);
  });

  it('when quiet checkouts pass their abandonment window, then both instances sweeping at once raise each once', async () => {
    const tokens = Array.from({length: SHOPPERS}, (_, n) => `tok-quiet${n}`);
    for (const token of tokens)
      await ingest(first, shopperEvents('abandonment', null, token, {fromCampaign: false}));
    await first.heed.drainJourneys();
    clock += 45 * MINUTE;
    let raised = 0;
    const before = (await first.heed.storage.signals.list(SHOP)).length;
    for (let round = 0; round < 3; round++) raised += await bothAtOnce('quiet journeys');
    const signals = await first.heed.storage.signals.list(SHOP);
    const abandoned = signals.filter(
      (s) => s.type === 'abandoned' && tokens.includes(s.checkoutToken ?? ''),
    );
    expect(abandoned.map((s) => s.checkoutToken).sort()).toEqual(tokens);
    // Every quiet journey of the shop (the earlier tests' too) is told once, by one instance.
    const told = signals.map((s) => `${s.journeyId ?? ''} ${s.type}`);
    expect(new Set(told).size).toBe(told.length);
    expect(raised).toBe(signals.length - before);
  });

  it('when campaigns are due for their re-check, then both instances checking at once verify each once', async () => {
    const due = await first.heed.storage.db('campaigns').where({shop: SHOP}).select('id');
    expect(due.length).toBeGreaterThan(0);
    await first.heed.storage
      .db('campaigns')
      .where({shop: SHOP})
      .update({next_check_at: clock - 1});
    const checked = await bothAtOnce('campaign re-verification');
    expect(checked).toBe(due.length);
    const reports: Array<{campaign_id: string}> = await first.heed.storage
      .db('campaign_reports')
      .where({shop: SHOP, trigger: 'schedule'});
    expect(reports.map((r) => r.campaign_id).sort()).toEqual(due.map((c) => c.id).sort());
  });
});
