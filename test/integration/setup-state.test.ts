import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {signedAppProxyQuery} from '../support/app-proxy';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const DAY = 86_400_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

/** A campaign WINTER20 keeps: 20% off the whole order, and the link carries the code. */
const keptCampaign = {
  name: 'Winter 20%',
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
  discountCodes: ['WINTER20'],
  sendAt: iso(DAY),
  promiseStartsAt: iso(DAY),
  promiseEndsAt: iso(7 * DAY),
  recipients: null,
  attributionKey: 'winter-20',
  email: {
    links: [`https://${SHOP}/discount/WINTER20?utm_campaign=winter-20`],
    html: '<p>Your code: WINTER20</p>',
  },
};

describe('the setup guide’s steps, from what Heed has stored', () => {
  let t: TestHeed;
  let auth: string;
  const setup = async () =>
    (await t.http.get('/api/setup').set('Authorization', auth)).body.setup as Record<
      string,
      unknown
    >;

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    auth = `Bearer ${await t.sessionToken(SHOP, {sub: '9001'})}`;
  });
  afterAll(() => t.close());

  it('when nothing is set up, then no step is done', async () => {
    expect(await setup()).toEqual({
      campaignExists: false,
      campaignVerified: false,
      cartBarSeenAt: null,
      pixelActive: false,
      ruleExists: false,
      staffAdded: false,
    });
  });

  it('when each step is taken, then its flag turns true', async () => {
    const created = await t.http
      .post('/api/campaigns')
      .set('Authorization', auth)
      .send(keptCampaign);
    expect(['ready', 'warnings']).toContain(created.body.campaign.health);
    await t.ingestKey(SHOP);
    await t.http
      .post('/api/rules')
      .set('Authorization', auth)
      .send({
        name: 'Rejected codes',
        enabled: true,
        signalTypes: ['code_rejected'],
        priority: 'high',
        assignee: {kind: 'round_robin'},
        contactWithinMinutes: 30,
        channel: 'email',
      })
      .expect(201);
    await t.http
      .post('/api/staff')
      .set('Authorization', auth)
      .send({userId: '8802', name: 'Adam', email: 'adam@fabulous-furs.example', role: 'agent'});
    const proxied = await t.http.get(
      `/api/proxy/offer?${signedAppProxyQuery(
        {shop: SHOP, path_prefix: '/apps/heed', timestamp: String(Math.floor(Date.now() / 1000))},
        t.heed.config.apiSecret,
      )}`,
    );
    expect(proxied.status).toBe(200);

    const state = await setup();
    expect(state).toMatchObject({
      campaignExists: true,
      campaignVerified: true,
      pixelActive: true,
      ruleExists: true,
      staffAdded: true,
    });
    expect(typeof state.cartBarSeenAt).toBe('number');
  });
});
