import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {
  OMAR,
  WINTER_ID,
  caseWhere,
  ingestShopper,
  shopperEvents,
  staffAuth,
  winterSale,
} from '../support/followup-shoppers';
import {parseOutcomes} from '../../web/frontend/src/api/outcomes';

const SHOP = 'fabulous-furs.myshopify.com';
const DANA = 'gid://shopify/Customer/6940095564061';

/**
 * The admin reads `/api/outcomes` through its own schema: a week with a contacted case and a
 * campaign's checkouts, an empty week, and one campaign's week must each parse with it.
 */
describe('the admin’s schema reads the outcomes API as the server answers it', () => {
  let t: TestHeed;
  let auth: string;

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    await winterSale(t, SHOP);
    auth = await staffAuth(t, SHOP, OMAR);
    expect((await t.http.get('/api/staff/me').set('Authorization', auth)).status).toBe(200);
    const key = await t.ingestKey(SHOP);
    await ingestShopper(t, SHOP, key, shopperEvents('promo-not-applied', DANA, 'tok-contract'));
    const opened = await caseWhere(t, SHOP, (c) => c.customerId === DANA);
    const called = await t.http
      .post(`/api/cases/${opened.id}/call`)
      .set('Authorization', auth)
      .send({outcome: 'reached'});
    expect(called.status).toBe(200);
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const response = await t.http.get(path).set('Authorization', auth);
    expect(response.status, path).toBe(200);
    return response.body as unknown;
  };

  it('when this week, an empty week and one campaign’s week are read, then each answer parses', async () => {
    const week = parseOutcomes(await get('/api/outcomes'));
    expect(week.cases.total).toBe(1);
    // Nothing happened before this week: it is the only one offered.
    expect(week.filters.weeks.map((w) => w.id)).toEqual([week.week.id]);
    expect(week.firstContact.count).toBe(1);
    expect(week.promises).toEqual([expect.objectContaining({campaignId: WINTER_ID, broken: 1})]);

    const empty = parseOutcomes(await get('/api/outcomes?week=2025-W02'));
    expect(empty.cases.total).toBe(0);
    expect(empty.firstContact.medianMs).toBeNull();
    expect(empty.filters.weeks.at(-1)?.id).toBe('2025-W02');

    const campaign = parseOutcomes(await get(`/api/outcomes?campaign=${WINTER_ID}`));
    expect(campaign.campaign).toEqual({id: WINTER_ID, name: 'Winter sale'});
  });
});
