import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';
const DAY = 86_400_000;
const MINUTE = 60_000;

// Real time plus a jump the test controls: the simulator's rate-limit bucket refills as time passes.
let jump = 0;
const now = () => Date.now() + jump;
const iso = (offsetMs: number) => new Date(now() + offsetMs).toISOString();

function campaignBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Fabulous Furs — 20% email',
    promise: {
      kind: 'percentage',
      value: 20,
      scope: {type: 'entire_order'},
      audience: {type: 'email_subscribers'},
      minimum: null,
    },
    discountCodes: ['FURS20'],
    sendAt: iso(2 * DAY),
    promiseStartsAt: iso(2 * DAY),
    promiseEndsAt: iso(9 * DAY),
    recipients: 5000,
    attributionKey: 'fabulous-furs-20',
    email: {
      links: [],
      html: '<p>20% off your entire order for our valued e-mail customers. <a href="https://fabulous-furs.myshopify.com/collections/throws">Follow any link</a></p>',
    },
    ...overrides,
  };
}

describe('campaigns over HTTP against the Shopify simulator', () => {
  let t: TestHeed;
  let auth: string;

  beforeAll(async () => {
    t = await startTestHeed({now});
    await t.install(SHOP);
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
  });
  afterAll(() => t.close());

  const post = (body: unknown) =>
    t.http
      .post('/api/campaigns')
      .set('Authorization', auth)
      .send(body as object);
  const codes = (report: {findings: Array<{code: string}>}) => report.findings.map((f) => f.code);

  it('when the Fabulous Furs campaign is created, then the report lists its blockers with explanations and fixes', async () => {
    const response = await post(campaignBody());
    expect(response.status).toBe(201);
    expect(response.body.campaign.health).toBe('blocked');
    // The shop's automatic hats discount runs during the window and combines with nothing.
    expect(codes(response.body.report)).toEqual([
      'SCOPE_NARROWER_THAN_PROMISED',
      'LINK_MISSING_CODE',
      'AUTOMATIC_DISCOUNT_CONFLICT',
      'NO_CODE_IN_EMAIL',
    ]);
    const scope = response.body.report.findings[0];
    expect(scope).toMatchObject({severity: 'blocker', subject: 'FURS20'});
    expect(scope.explanation).toContain('the collection “Throws & Blankets”');
    // Every Admin document the app sent passed the simulator's schema validation.
    expect(t.simulator.requests.length).toBeGreaterThan(0);
  });

  describe('when the promise names products or collections picked from the shop', () => {
    const scoped = (key: string, scope: Record<string, unknown>) =>
      campaignBody({
        name: key,
        attributionKey: key,
        promise: {...campaignBody().promise, scope},
      });
    // Each campaign is removed once judged, so the scheduled re-checks below stay as many as before.
    afterEach(async () => {
      for (const id of created.splice(0)) {
        await t.http.delete(`/api/campaigns/${id}`).set('Authorization', auth);
      }
    });
    const created: string[] = [];
    const postScoped = async (body: unknown) => {
      const response = await post(body);
      if (typeof response.body.campaign?.id === 'string') created.push(response.body.campaign.id);
      return response;
    };
    const scopeFindings = (report: {findings: Array<{code: string; severity: string}>}) =>
      report.findings.filter((f) => f.code.startsWith('SCOPE_')).map((f) => [f.code, f.severity]);

    it('when the email promises the Mink coat and FURS20 covers only throws, then the scope is a blocker', async () => {
      const response = await postScoped(
        scoped('mink-coat', {
          type: 'products',
          items: [{id: 'gid://shopify/Product/2003', title: 'Mink Faux Fur Coat'}],
        }),
      );
      expect(response.status).toBe(201);
      expect(scopeFindings(response.body.report)).toEqual([
        ['SCOPE_NARROWER_THAN_PROMISED', 'blocker'],
      ]);
      expect(response.body.campaign.promise.scope.items).toEqual([
        {id: 'gid://shopify/Product/2003', title: 'Mink Faux Fur Coat'},
      ]);
      // The product's collections were read from the shop, by id.
      expect(t.simulator.requests.some((r) => r.operationName === 'ProductCollections')).toBe(true);
    });

    it('when the promised throw is in the collection FURS20 covers, then the scope passes', async () => {
      const response = await postScoped(
        scoped('sable-throw', {
          type: 'products',
          items: [{id: 'gid://shopify/Product/2001', title: 'Sable Faux Fur Throw'}],
        }),
      );
      expect(scopeFindings(response.body.report)).toEqual([]);
    });

    it('when the scope is only text, then it is a warning that it was not checked', async () => {
      const response = await postScoped(
        scoped('text-scope', {type: 'products', description: 'the Mink coat'}),
      );
      expect(scopeFindings(response.body.report)).toEqual([['SCOPE_NOT_CHECKED', 'warning']]);
    });

    it('when a picked id is not a product GID, then the campaign is refused', async () => {
      const response = await postScoped(
        scoped('bad-gid', {type: 'products', items: [{id: 'mink coat', title: 'Mink'}]}),
      );
      expect(response.status).toBe(422);
    });
  });

  it('when the same campaign is sent twice at once, then one is stored and both answers name it', async () => {
    const body = campaignBody({name: 'Double click', attributionKey: 'double-click'});
    const [first, second] = await Promise.all([post(body), post(body)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.campaign.id).toBe(second.body.campaign.id);
    const list = await t.http.get('/api/campaigns').set('Authorization', auth);
    expect(
      list.body.campaigns.filter((c: {name: string}) => c.name === 'Double click'),
    ).toHaveLength(1);
  });

  it('when the code gives 15% but the email promises 20%, then VALUE_MISMATCH is reported', async () => {
    const response = await post(
      campaignBody({
        name: 'BF preview',
        discountCodes: ['SAVE15'],
        attributionKey: 'bf-preview',
        email: {
          links: ['https://fabulous-furs.myshopify.com/discount/SAVE15?utm_campaign=bf-preview'],
          html: null,
        },
      }),
    );
    expect(response.status).toBe(201);
    expect(codes(response.body.report)).toContain('VALUE_MISMATCH');
    expect(
      response.body.report.findings.find((f: {code: string}) => f.code === 'VALUE_MISMATCH')
        .explanation,
    ).toContain('15% off');
  });

  it('when the code does not exist, then DISCOUNT_NOT_FOUND is reported', async () => {
    const response = await post(
      campaignBody({
        name: 'Typo',
        discountCodes: ['WINTER2O'],
        attributionKey: 'typo',
        email: {links: [], html: null},
      }),
    );
    expect(codes(response.body.report)).toEqual(['DISCOUNT_NOT_FOUND']);
  });

  describe('a ready campaign', () => {
    let id: string;
    beforeAll(async () => {
      // WINTER20 runs to day 28; the shop's automatic hats discount ends on day 20.
      const response = await post(
        campaignBody({
          name: 'Winter clearance',
          discountCodes: ['WINTER20'],
          attributionKey: 'winter-clearance',
          sendAt: iso(21 * DAY),
          promiseStartsAt: iso(21 * DAY),
          promiseEndsAt: iso(27 * DAY),
          email: {
            links: [
              'https://fabulous-furs.myshopify.com/discount/WINTER20?utm_campaign=winter-clearance',
            ],
            html: '<p>Code WINTER20</p>',
          },
        }),
      );
      expect(response.body.report.findings).toEqual([]);
      id = response.body.campaign.id;
    });

    it('when it is listed, then its health is ready', async () => {
      const response = await t.http.get('/api/campaigns').set('Authorization', auth);
      expect(response.body.campaigns.find((c: {id: string}) => c.id === id)).toMatchObject({
        name: 'Winter clearance',
        health: 'ready',
      });
    });

    it('when links are generated, then they apply the code, redirect inside the shop and carry the key', async () => {
      const response = await t.http
        .get(`/api/campaigns/${id}/links`)
        .query({path: '/collections/throws'})
        .set('Authorization', auth);
      expect(response.status).toBe(200);
      const [link] = response.body.links;
      const url = new URL(link.url);
      expect(url.pathname).toBe('/discount/WINTER20');
      expect(url.searchParams.get('redirect')).toBe('/collections/throws');
      expect(url.searchParams.get('utm_campaign')).toBe('winter-clearance');
    });

    it('when the redirect path leaves the shop, then it is refused', async () => {
      const response = await t.http
        .get(`/api/campaigns/${id}/links`)
        .query({path: '//evil.example'})
        .set('Authorization', auth);
      expect(response.status).toBe(422);
      expect(response.body.error.problems[0].path).toBe('path');
    });

    it('when another shop asks for it, then it does not exist for them', async () => {
      await t.install(OTHER);
      const other = `Bearer ${await t.sessionToken(OTHER)}`;
      expect((await t.http.get(`/api/campaigns/${id}`).set('Authorization', other)).status).toBe(
        404,
      );
      expect(
        (await t.http.get('/api/campaigns').set('Authorization', other)).body.campaigns,
      ).toEqual([]);
      expect((await t.http.delete(`/api/campaigns/${id}`).set('Authorization', other)).status).toBe(
        404,
      );
    });
  });

  it('when links are asked for a blocked campaign, then it is a 409', async () => {
    const list = await t.http.get('/api/campaigns').set('Authorization', auth);
    const blocked = list.body.campaigns.find((c: {health: string}) => c.health === 'blocked');
    expect(
      (await t.http.get(`/api/campaigns/${blocked.id}/links`).set('Authorization', auth)).status,
    ).toBe(409);
  });

  describe('bad input gets a clear 4xx and stores nothing', () => {
    const count = async () =>
      (await t.http.get('/api/campaigns').set('Authorization', auth)).body.campaigns
        .length as number;
    const {name: _name, ...noName} = campaignBody();

    it.each([
      ['a missing name', noName, 422, 'name'],
      [
        'a code with spaces',
        campaignBody({attributionKey: 'k1', discountCodes: ['WINTER 20']}),
        422,
        'discountCodes.0',
      ],
      [
        'a window that ends before it starts',
        campaignBody({attributionKey: 'k2', promiseEndsAt: iso(DAY)}),
        422,
        'promiseEndsAt',
      ],
      [
        'a percentage over 100',
        campaignBody({attributionKey: 'k3', promise: {...campaignBody().promise, value: 120}}),
        422,
        'promise.value',
      ],
      [
        'no discount code',
        campaignBody({attributionKey: 'k4', discountCodes: []}),
        422,
        'discountCodes',
      ],
      ['an attribution key already in use', campaignBody(), 409, 'attributionKey'],
    ])(
      'when the body has %s, then it is refused naming the field',
      async (_what, body, status, field) => {
        const before = await count();
        const response = await post(body);
        expect(response.status).toBe(status);
        expect(response.body.error.problems.map((p: {path: string}) => p.path)).toContain(field);
        expect(await count()).toBe(before);
      },
    );

    it('when the email HTML is 2 MB, then it is a 413 and nothing is stored', async () => {
      const before = await count();
      const response = await post(
        campaignBody({
          attributionKey: 'huge',
          email: {links: [], html: `<p>${'x'.repeat(2 * 1024 * 1024)}</p>`},
        }),
      );
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await count()).toBe(before);
    });

    it('when the email HTML is 600 KB, then the schema refuses it by name', async () => {
      const response = await post(
        campaignBody({attributionKey: 'big', email: {links: [], html: 'x'.repeat(600 * 1024)}}),
      );
      expect(response.status).toBe(422);
      expect(response.body.error.problems[0]).toMatchObject({path: 'email.html'});
    });

    it('when the body is not JSON, then it is a 400', async () => {
      const response = await t.http
        .post('/api/campaigns')
        .set('Authorization', auth)
        .set('Content-Type', 'application/json')
        .send('{"name":');
      expect(response.status).toBe(400);
    });
  });

  it('when Shopify is unavailable at save, then the campaign is kept and marked not yet verified', async () => {
    // Three reads (shop, code, automatic discounts), each tried four times.
    t.simulator.failNext(12, 503);
    const response = await post(
      campaignBody({
        name: 'Saved while Shopify was down',
        attributionKey: 'down',
        discountCodes: ['WINTER20'],
      }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({report: null, campaign: {health: 'unverified'}});
    expect(response.body.verificationError).toContain('Shopify could not be reached');
    expect(t.simulator.unusedFaults()).toBe(0);
  });

  it('when a discount is exhausted during the window, then the next scheduled check raises an alert', async () => {
    const created = await post(
      campaignBody({
        name: 'Running now',
        discountCodes: ['WINTER20'],
        attributionKey: 'running-now',
        sendAt: iso(-DAY),
        promiseStartsAt: iso(-DAY),
        promiseEndsAt: iso(5 * DAY),
        email: {links: [], html: null},
      }),
    );
    const id: string = created.body.campaign.id;
    expect(codes(created.body.report)).not.toContain('USAGE_LIMIT_TOO_LOW');

    const winter = t.simulator.shop(SHOP).codeDiscounts.find((d) => d.code === 'WINTER20');
    if (!winter) throw new Error('WINTER20 missing from the simulator');
    winter.usageLimit = winter.usedCount;
    jump += 16 * MINUTE;
    const sweep = t.heed.sweeps.find((s) => s.name === 'campaign re-verification');
    await sweep?.run();

    const detail = await t.http.get(`/api/campaigns/${id}`).set('Authorization', auth);
    expect(detail.body.report.trigger).toBe('schedule');
    expect(detail.body.alerts.map((a: {code: string}) => a.code)).toContain('USAGE_LIMIT_TOO_LOW');
    const alerts = await t.http.get('/api/campaigns/alerts').set('Authorization', auth);
    expect(alerts.body.alerts.some((a: {campaignId: string}) => a.campaignId === id)).toBe(true);
  });

  it('when Shopify is away at a scheduled check, then the sweep counts no check run and the report stays as it was', async () => {
    const created = await post(
      campaignBody({
        name: 'Running while Shopify is down',
        discountCodes: ['WINTER20'],
        attributionKey: 'running-down',
        sendAt: iso(-DAY),
        promiseStartsAt: iso(-DAY),
        promiseEndsAt: iso(5 * DAY),
        email: {links: [], html: null},
      }),
    );
    const id: string = created.body.campaign.id;
    t.simulator.failShop(SHOP, 503);
    // Only this campaign is due: the others would each spend Shopify's retries too.
    await t.heed.storage.db('campaigns').where({shop: SHOP, id}).update({next_check_at: now()});
    const sweep = t.heed.sweeps.find((s) => s.name === 'campaign re-verification');
    expect(await sweep?.run()).toBe(0);
    t.simulator.restoreShop(SHOP);
    const detail = await t.http.get(`/api/campaigns/${id}`).set('Authorization', auth);
    expect(detail.body.report.trigger).not.toBe('schedule');
  });
});
