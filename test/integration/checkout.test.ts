import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {mintCheckoutToken} from '../support/shopify-tokens';

const SHOP = 'fabulous-furs.myshopify.com';
const NOT_INSTALLED = 'never-installed.myshopify.com';
const DAY = 86_400_000;

describe('checkout endpoints for the promo-reassurance extension', () => {
  let t: TestHeed;
  let token: (shop?: string, extra?: Record<string, unknown>) => string;
  let runningId: string;
  let laterId: string;

  beforeAll(async () => {
    t = await startTestHeed();
    await t.install(SHOP);
    const {apiKey, apiSecret} = t.heed.config;
    token = (shop = SHOP, extra = {}) => mintCheckoutToken({shop, apiKey, apiSecret, ...extra});
    const auth = `Bearer ${await t.sessionToken(SHOP)}`;
    const base = {
      promise: {
        kind: 'percentage',
        value: 20,
        scope: {type: 'entire_order'},
        audience: {type: 'email_subscribers'},
        minimum: null,
      },
      recipients: 100,
      email: {links: [], html: null},
    };
    const running = await t.http
      .post('/api/campaigns')
      .set('Authorization', auth)
      .send({
        ...base,
        name: 'Running',
        discountCodes: ['WINTER20'],
        attributionKey: 'winter-email',
        sendAt: iso(-DAY),
        promiseStartsAt: iso(-DAY),
        promiseEndsAt: iso(5 * DAY),
      });
    runningId = running.body.campaign.id;
    const later = await t.http
      .post('/api/campaigns')
      .set('Authorization', auth)
      .send({
        ...base,
        name: 'Not yet sent',
        discountCodes: ['VIP25'],
        attributionKey: 'vip-email',
        sendAt: iso(3 * DAY),
        promiseStartsAt: iso(3 * DAY),
        promiseEndsAt: iso(6 * DAY),
      });
    laterId = later.body.campaign.id;
  });
  afterAll(() => t.close());

  const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
  const offer = (query: Record<string, string>, bearer = token()) =>
    t.http.get('/api/checkout/offer').query(query).set('Authorization', `Bearer ${bearer}`);

  it('when the browser sends a preflight, then it gets a 204 allowing the Authorization header from any origin', async () => {
    const response = await t.http
      .options('/api/checkout/offer')
      .set('Origin', 'https://extensions.shopifycdn.com')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-headers']).toContain('Authorization');
  });

  it('when the shopper came from the email, then the offer names the campaign code', async () => {
    const response = await offer({campaign: 'winter-email'});
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body.offer).toEqual({
      campaignId: runningId,
      code: 'WINTER20',
      promise: {kind: 'percentage', value: 20},
      currencyCode: 'CAD',
    });
  });

  it('when the shopper typed the code themselves, then the offer is that campaign', async () => {
    expect((await offer({codes: 'winter20'})).body.offer).toMatchObject({
      campaignId: runningId,
      code: 'WINTER20',
    });
  });

  it('when the checkout has no campaign and no code, then there is no offer', async () => {
    expect((await offer({})).body).toEqual({offer: null});
  });

  it.each([
    ['an unknown campaign key', {campaign: 'guessed-key'}],
    ['a code of no running campaign', {codes: 'SOMETHING'}],
    ['a campaign whose email is not out yet', {campaign: 'vip-email'}],
    ['another campaign code without attribution', {codes: 'VIP25'}],
  ])(
    'when the request asks for %s, then it is a 404 that reveals no code',
    async (_what, query) => {
      const response = await offer(query);
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toMatch(/VIP25|WINTER20/);
    },
  );

  it.each([
    ['no token', () => ''],
    ['an expired token', () => token(SHOP, {expired: true})],
    ['a token signed with another secret', () => token(SHOP, {wrongSecret: true})],
  ])('when the extension sends %s, then it is a 401', async (_what, bearer) => {
    const value = bearer();
    const request = t.http.get('/api/checkout/offer').query({campaign: 'winter-email'});
    const response = value ? await request.set('Authorization', `Bearer ${value}`) : await request;
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe('Authentication is required.');
  });

  it('when the token is for a shop that has not installed Heed, then it is a 403', async () => {
    const response = await offer({campaign: 'winter-email'}, token(NOT_INSTALLED));
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain('WINTER20');
  });

  describe('outcomes', () => {
    const post = (
      body: Record<string, unknown>,
      bearer = token(SHOP, {customerId: 'gid://shopify/Customer/6001'}),
    ) => t.http.post('/api/checkout/outcome').set('Authorization', `Bearer ${bearer}`).send(body);

    it('when the code could not be applied, then a signal with a readable sentence is stored for that shopper', async () => {
      const response = await post({
        campaignId: runningId,
        code: 'WINTER20',
        state: 'could_not_apply',
        reason: 'no_allocation',
        checkoutToken: 'chk-abc',
      });
      expect(response.status).toBe(202);
      const [signal] = await t.heed.storage.signals.list(SHOP);
      expect(signal).toMatchObject({
        type: 'promo_not_applied',
        severity: 'high',
        customerId: 'gid://shopify/Customer/6001',
        checkoutToken: 'chk-abc',
        campaignId: runningId,
      });
      expect(signal?.sentence).toMatch(
        /^Was promised 20% off the entire order by the “Running” email; at \d\d:\d\d UTC, the code was in the checkout but took nothing off \(code WINTER20\)\.$/,
      );
    });

    it('when the order was placed without the promised discount, then a critical signal says the difference is owed', async () => {
      await post({
        campaignId: runningId,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: 'gid://shopify/Order/9001',
      });
      const signals = await t.heed.storage.signals.list(SHOP);
      expect(signals.find((s) => s.type === 'promo_missing_on_order')).toMatchObject({
        severity: 'critical',
        orderId: 'gid://shopify/Order/9001',
      });
    });

    it('when the thank-you page is reloaded, then the same order is one signal, not two', async () => {
      const body = {
        campaignId: runningId,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: 'gid://shopify/Order/9001',
      };
      expect((await post(body)).status).toBe(202);
      const signals = await t.heed.storage.signals.list(SHOP);
      expect(signals.filter((s) => s.orderId === 'gid://shopify/Order/9001')).toHaveLength(1);
    });

    it('when the Thank you page names its checkout, then the broken promise belongs to that journey', async () => {
      await post({
        campaignId: runningId,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: 'gid://shopify/OrderIdentity/9002',
        checkoutToken: 'chk-thank-you',
      });
      const [journey] = [
        ...(await t.heed.storage.journeys.forTokens(SHOP, ['chk-thank-you'])).values(),
      ];
      expect(journey).toBeDefined();
      const signals = await t.heed.storage.signals.forJourney(SHOP, journey?.id ?? '');
      expect(signals.map((s) => s.type)).toEqual(['promo_missing_on_order']);
      expect(signals[0]?.evidence).toMatchObject({orderId: 'gid://shopify/Order/9002'});
    });

    it('when the Thank you page names only its order, then the signal joins the journey once the order webhook tells its checkout', async () => {
      await post({
        campaignId: runningId,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: 'gid://shopify/OrderIdentity/9003',
      });
      const waiting = await t.heed.storage.signals.unattached(SHOP, {
        checkoutToken: null,
        orderId: 'gid://shopify/Order/9003',
      });
      expect(waiting).toHaveLength(1);
      const now = new Date().toISOString();
      const order = {id: 9003, updated_at: now, created_at: now, checkout_token: 'chk-late-order'};
      expect((await t.webhook('orders/create', SHOP, order)).status).toBe(200);
      await t.heed.webhookProcessor.drain();
      await t.heed.drainJourneys();
      const journey = await t.heed.storage.journeys.forOrder(SHOP, 'gid://shopify/Order/9003');
      expect(journey?.checkoutToken).toBe('chk-late-order');
      const signals = await t.heed.storage.signals.forJourney(SHOP, journey?.id ?? '');
      expect(signals.map((s) => s.type)).toEqual(['promo_missing_on_order']);
      expect(
        await t.heed.storage.signals.unattached(SHOP, {
          checkoutToken: null,
          orderId: 'gid://shopify/Order/9003',
        }),
      ).toEqual([]);
    });

    it('when the offer applied, then no signal is stored', async () => {
      const before = (await t.heed.storage.signals.list(SHOP)).length;
      expect(
        (
          await post({
            campaignId: runningId,
            code: 'WINTER20',
            state: 'applied',
            amountSaved: {amount: 24, currencyCode: 'CAD'},
          })
        ).status,
      ).toBe(202);
      expect(await t.heed.storage.signals.list(SHOP)).toHaveLength(before);
    });

    it.each([
      [
        'a code that is not the campaign code',
        {campaignId: 'RUNNING', code: 'VIP25', state: 'could_not_apply'},
        404,
      ],
      [
        'a campaign of another shop',
        {
          campaignId: '00000000-0000-4000-8000-000000000000',
          code: 'WINTER20',
          state: 'could_not_apply',
        },
        404,
      ],
      ['an unknown state', {campaignId: 'RUNNING', code: 'WINTER20', state: 'exploded'}, 422],
      ['no campaign id', {code: 'WINTER20', state: 'could_not_apply'}, 422],
    ])(
      'when the outcome names %s, then it is refused and nothing is stored',
      async (_what, body, status) => {
        const before = (await t.heed.storage.signals.list(SHOP)).length;
        // The table is built before the campaigns exist; RUNNING stands for the running campaign's id.
        const response = await post(
          'campaignId' in body && body.campaignId === 'RUNNING'
            ? {...body, campaignId: runningId}
            : body,
        );
        expect(response.status).toBe(status);
        expect(await t.heed.storage.signals.list(SHOP)).toHaveLength(before);
      },
    );

    it('when the campaign id exists, but the extension belongs to another installed shop, then it is a 404', async () => {
      await t.install('other-store.myshopify.com');
      const response = await post(
        {campaignId: laterId, code: 'VIP25', state: 'could_not_apply'},
        token('other-store.myshopify.com'),
      );
      expect(response.status).toBe(404);
    });
  });
});
