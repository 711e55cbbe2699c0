import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {recentFixture} from '../support/pixel-fixtures';
import {parseCaseList, parseCaseView} from '../../web/frontend/src/api/cases';
import {parseRuleList} from '../../web/frontend/src/api/rules';
import {parseMe, parseStaffList} from '../../web/frontend/src/api/staff';
import {parseMailSettings} from '../../web/frontend/src/api/mail-settings';

const SHOP = 'fabulous-furs.myshopify.com';

/**
 * The admin reads the follow-up API through its own schemas: every answer the server gives, in
 * every state a case page shows (new, with a draft order, resolved), must parse with them.
 */
describe('the admin’s schemas read the follow-up API as the server answers it', () => {
  let t: TestHeed;
  let auth: string;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    auth = `Bearer ${await t.sessionToken(SHOP, {sub: '1'})}`;
    expect((await t.http.get('/api/staff/me').set('Authorization', auth)).status).toBe(200);
    const key = await t.ingestKey(SHOP);
    const events = (
      recentFixture('promo-not-applied', 60_000) as unknown as Array<{
        data?: {checkout?: Record<string, unknown>};
      }>
    ).map((e) => {
      if (e.data?.checkout) e.data.checkout.order = {id: null, customer: {id: '6940095564061'}};
      return e;
    });
    await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    await t.heed.drainJourneys();
    const [opened] = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 10});
    if (!opened) throw new Error('no case opened');
    caseId = opened.id;
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const response = await t.http.get(path).set('Authorization', auth);
    expect(response.status, path).toBe(200);
    return response.body as unknown;
  };

  it('when the inbox, staff, rules and mail settings are read, then each answer parses', async () => {
    expect(parseCaseList(await get('/api/cases')).cases).toHaveLength(1);
    expect(parseCaseList(await get('/api/cases?view=resolved')).cases).toEqual([]);
    expect(parseMe(await get('/api/staff/me')).role).toBe('lead');
    expect(parseStaffList(await get('/api/staff'))).toHaveLength(1);
    expect(parseRuleList(await get('/api/rules')).length).toBeGreaterThan(0);
    expect(parseMailSettings(await get('/api/settings/mail'))).toBeNull();
  });

  it('when a case is new, resumed and resolved, then its page parses in each state', async () => {
    expect(parseCaseView(await get(`/api/cases/${caseId}`)).case.status).toBe('new');
    const resumed = await t.http
      .post(`/api/cases/${caseId}/resume`)
      .set('Authorization', auth)
      .send({});
    expect(resumed.status).toBe(200);
    expect(parseCaseView(resumed.body).case.draftOrder).not.toBeNull();
    const resolved = await t.http
      .post(`/api/cases/${caseId}/resolve`)
      .set('Authorization', auth)
      .send({outcome: 'will_buy_later'});
    expect(resolved.status).toBe(200);
    expect(parseCaseView(resolved.body).case).toMatchObject({
      status: 'resolved',
      outcome: 'will_buy_later',
    });
  });
});
