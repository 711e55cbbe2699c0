import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {findInDatabase} from '../support/scan-database';
import {
  ANNA,
  OMAR,
  caseWhere,
  ingestShopper,
  shopperEvents,
  staffAuth,
  winterSale,
} from '../support/followup-shoppers';

const SHOP = 'fabulous-furs.myshopify.com';
const DAY = 86_400_000;
const DANA = 'gid://shopify/Customer/6940095564061';
/** Margaret Holloway as the simulator knows her: a customer since March 2019. */
const MARGARET = {
  gid: 'gid://shopify/Customer/6001',
  email: 'margaret.holloway@example.com',
  phone: '4165550147',
  name: 'Holloway',
};

describe.each(batteryEngines())('follow-up case retention on %s', (engine) => {
  let t: TestHeed;
  const start = Date.now();
  let clock = start;
  const at = (days: number) => {
    clock = start + days * DAY;
  };
  const sweep = () => t.heed.sweeps.find((s) => s.name === 'retention')?.run();
  const as = (sub: string) => staffAuth(t, SHOP, sub);
  const rowsOf = async (caseId: string) => {
    const count = async (table: string) =>
      (await t.heed.storage.db(table).where({shop: SHOP, case_id: caseId})).length;
    return {
      events: await count('case_events'),
      contacts: await count('case_contacts'),
      journeys: await count('case_journeys'),
    };
  };
  let dana = '';
  let margaret = '';

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
    await t.install(SHOP);
    await winterSale(t, SHOP);
    const key = await t.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      expect((await t.http.get('/api/staff/me').set('Authorization', await as(sub))).status).toBe(
        200,
      );
    }
    await ingestShopper(t, SHOP, key, shopperEvents('promo-not-applied', DANA, 'tok-dana'));
    await ingestShopper(t, SHOP, key, shopperEvents('code-rejected', MARGARET.gid, 'tok-margaret'));
    dana = (await caseWhere(t, SHOP, (c) => c.customerId === DANA)).id;
    margaret = (await caseWhere(t, SHOP, (c) => c.customerId === MARGARET.gid)).id;
    // Each new case read its shopper from Shopify, contact details included.
    for (const id of [dana, margaret]) {
      expect((await t.heed.storage.cases.get(SHOP, id))?.contactDetails).toMatchObject({
        email: expect.stringContaining('@example.com'),
      });
    }
  });
  afterAll(() => t.close());

  it('when a person resolves a case from the inbox, then the shopper’s name, email and phone go at once and the story stays', async () => {
    const call = await t.http
      .post(`/api/cases/${margaret}/call`)
      .set('Authorization', await as(OMAR))
      .send({outcome: 'reached', notes: 'Will order after payday.'});
    expect(call.status).toBe(200);
    expect(call.body.shopper.contact).toMatchObject({email: MARGARET.email});

    const resolved = await t.http
      .post(`/api/cases/${margaret}/resolve`)
      .set('Authorization', await as(OMAR))
      .send({outcome: 'will_buy_later'});
    expect(resolved.status).toBe(200);
    expect(resolved.body.case).toMatchObject({status: 'resolved', outcome: 'will_buy_later'});
    expect(resolved.body.shopper.contact).toBeNull();
    expect(resolved.body.shopper.words).toMatch(/Customer since March 2019 · 14 orders/);
    const stored = await t.heed.storage.cases.get(SHOP, margaret);
    expect(stored?.contactDetails).toBeNull();
    const found = await findInDatabase(t.heed.storage, [
      MARGARET.email,
      MARGARET.phone,
      MARGARET.name,
    ]);
    expect(found).toEqual([]);
    expect(await rowsOf(margaret)).toMatchObject({contacts: 1, journeys: 1});
  });

  it('when an open case is unchanged for less than thirty days, then its contact details stay', async () => {
    at(29);
    expect(await sweep()).toMatchObject({caseContacts: 0, cases: 0});
    expect((await t.heed.storage.cases.get(SHOP, dana))?.contactDetails).not.toBeNull();
  });

  it('when an open case is unchanged for longer, then the sweep clears them, and the next look reads them from Shopify again', async () => {
    at(31);
    const before = await t.heed.storage.cases.get(SHOP, dana);
    expect(await sweep()).toMatchObject({caseContacts: 1, cases: 0});
    const after = await t.heed.storage.cases.get(SHOP, dana);
    expect(after).toMatchObject({contactDetails: null, shopperStatus: null, status: 'new'});
    expect(after?.revision).toBe((before?.revision ?? 0) + 1);
    const page = await t.http.get(`/api/cases/${dana}`).set('Authorization', await as(OMAR));
    expect(page.body.shopper.contact).toBeNull();

    const refreshed = await t.http
      .post(`/api/cases/${dana}/refresh-status`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.shopper.contact).toMatchObject({name: 'Dana Whitfield'});
  });

  it('when a resolved case is younger than a year, then it stays whole', async () => {
    at(364);
    expect(await sweep()).toMatchObject({cases: 0});
    expect(await t.heed.storage.cases.get(SHOP, margaret)).toBeDefined();
  });

  it('when it was resolved more than a year ago, then it goes with its timeline, contacts and journey links, and an open case changed since stays', async () => {
    at(366);
    expect(await sweep()).toMatchObject({cases: 1});
    expect(await t.heed.storage.cases.get(SHOP, margaret)).toBeUndefined();
    expect(await rowsOf(margaret)).toEqual({events: 0, contacts: 0, journeys: 0});
    expect(await t.heed.storage.cases.get(SHOP, dana)).toBeDefined();
  });

  it('when an open case is unchanged for more than a year, then it goes too', async () => {
    at(31 + 366);
    expect(await sweep()).toMatchObject({cases: 1});
    expect(await t.heed.storage.cases.get(SHOP, dana)).toBeUndefined();
    expect(await rowsOf(dana)).toEqual({events: 0, contacts: 0, journeys: 0});
    expect(await t.heed.storage.db('cases').where({shop: SHOP})).toEqual([]);
  });
});
