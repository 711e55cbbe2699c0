import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {WINTER_ID, winterSale} from '../support/followup-shoppers';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {mintCheckoutToken} from '../support/shopify-tokens';
import {storedRow} from '../support/row-coverage';
import {addWorkingMinutes} from '../../web/server/followup/working-hours';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER_SHOP = 'other-store.myshopify.com';
/** The demo shop's staff users (simulator): Anna owns the store, Omar works support. */
const ANNA = '1';
const OMAR = '2';
const DANA = 'gid://shopify/Customer/6940095564061';
const LONG_TIME = 'gid://shopify/Customer/6001';
const NEWCOMER = 'gid://shopify/Customer/6002';
const ORDERED_ELSEWHERE = 'gid://shopify/Customer/6003';
const CLOSED_HOURS = 'gid://shopify/Customer/6004';

describe.each(batteryEngines())('a shopper asking for a person, over HTTP on %s', (engine) => {
  let t: TestHeed;
  const as = async (sub: string) => `Bearer ${await t.sessionToken(SHOP, {sub})}`;
  const checkoutToken = (customerId?: string, shop = SHOP) =>
    mintCheckoutToken({
      shop,
      apiKey: t.heed.config.apiKey,
      apiSecret: t.heed.config.apiSecret,
      ...(customerId ? {customerId} : {}),
    });

  /** What the extension tells Heed first: the journey of this checkout starts from it. */
  async function outcome(token: string, customerId: string, state: string, reason?: string) {
    const response = await t.http
      .post('/api/checkout/outcome')
      .set('Authorization', `Bearer ${checkoutToken(customerId)}`)
      .send({
        campaignId: WINTER_ID,
        code: 'WINTER20',
        state,
        checkoutToken: token,
        ...(reason ? {reason} : {}),
      });
    expect(response.status).toBe(202);
    await t.heed.drainJourneys();
  }

  function ask(body: Record<string, unknown>, bearer: string | null) {
    const request = t.http.post('/api/checkout/help');
    return bearer
      ? request.set('Authorization', `Bearer ${bearer}`).send(body)
      : request.send(body);
  }

  async function askAndSettle(body: Record<string, unknown>, customerId: string) {
    const response = await ask(body, checkoutToken(customerId));
    await t.heed.drainJourneys();
    return response;
  }

  async function openCaseOf(customerId: string) {
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    return open.find((c) => c.customerId === customerId);
  }

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    await t.install(OTHER_SHOP);
    await winterSale(t, SHOP);
    for (const sub of [ANNA, OMAR]) {
      expect((await t.http.get('/api/staff/me').set('Authorization', await as(sub))).status).toBe(
        200,
      );
    }
  });
  afterAll(() => t.close());

  it('when a shopper whose checkout has no case asks, then a case opens with their request as its basis and the staff are notified', async () => {
    await outcome('chk-quiet', LONG_TIME, 'applied');
    expect(await openCaseOf(LONG_TIME)).toBeUndefined();

    const response = await askAndSettle(
      {
        surface: 'checkout',
        checkoutToken: 'chk-quiet',
        channel: 'phone',
        phone: '+1 613 555 0101',
        locale: 'fr',
      },
      LONG_TIME,
    );

    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    // No rule matches a quiet checkout: the shop's quickest rule (a failed promise, 15 min) sets it.
    expect(response.body).toEqual({
      asked: true,
      expected: {kind: 'within', minutes: 15},
      timeZone: null,
    });
    const opened = await openCaseOf(LONG_TIME);
    expect(opened).toMatchObject({
      ruleId: null,
      priority: 'high',
      suggestedChannel: 'phone',
      signalTypes: [],
      shopperRequest: {
        surface: 'checkout',
        channel: 'phone',
        contact: {email: null, phone: '+1 613 555 0101'},
        locale: 'fr',
        told: {kind: 'within', minutes: 15},
        sla: {source: 'shortest_rule', ruleName: 'Failed promise', minutes: 15},
      },
    });
    const id = opened?.id ?? '';
    const notifications = await t.heed.storage.outbox.forCase(SHOP, id);
    expect(notifications.map((n) => n.eventKey)).toEqual(notifications.map(() => 'opened:1'));
    expect(notifications.length).toBeGreaterThan(0);

    const page = await t.http.get(`/api/cases/${id}`).set('Authorization', await as(OMAR));
    expect(page.status).toBe(200);
    expect(page.body.contactBasis).toMatchObject({allowed: true, basis: 'shopper_asked'});
    expect(page.body.case.headline).toBe('A shopper asked for a person.');
    // They read checkout in French: the message Heed suggests is in French too.
    expect(page.body.suggestedMessage.language).toBe('fr');
    expect(page.body.shopperRequest).toMatchObject({
      surface: 'checkout',
      channel: 'phone',
      contact: {phone: '+1 613 555 0101'},
      locale: 'fr',
      told: 'within about 15 minutes',
      sla: 'the shop’s quickest rule, “Failed promise” (15 minutes)',
    });
    expect(page.body.timeline[0]).toMatchObject({kind: 'opened'});
    expect(page.body.timeline[0].sentence).toMatch(
      /^Opened because the shopper asked for a person in checkout, to be contacted by phone/,
    );

    // A French or German admin reads the same request in their words.
    const french = await t.http
      .get(`/api/cases/${id}`)
      .set('Authorization', await as(OMAR))
      .set('Accept-Language', 'fr');
    expect(french.body.case.headline).toBe('Un client a demandé à parler à quelqu’un.');
    expect(french.body.shopperRequest).toMatchObject({
      told: 'd’ici environ 15 minutes',
      sla: 'la règle la plus rapide de la boutique, « Failed promise » (15 minutes)',
    });
    expect(french.body.contactBasis.reason).toBe(
      'Heed peut contacter ce client : le client a demandé de l’aide.',
    );
    expect(french.body.timeline[0].sentence).toMatch(
      /^Ouvert parce que le client a demandé à parler à quelqu’un au paiement, à contacter par téléphone.* On lui a indiqué qu’il serait contacté d’ici environ 15 minutes ; le délai suit la règle la plus rapide de la boutique, « Failed promise » \(15 minutes\)\.$/,
    );
    const german = await t.http
      .get(`/api/cases/${id}`)
      .set('Authorization', await as(OMAR))
      .set('Accept-Language', 'de');
    expect(german.body.shopperRequest).toMatchObject({
      told: 'innerhalb von etwa 15 Minuten',
      sla: 'der schnellsten Regel des Shops, „Failed promise“ (15 Minuten)',
    });
    expect(german.body.timeline[0].sentence).toMatch(
      /^Eröffnet, weil der Kunde im Checkout um einen persönlichen Kontakt gebeten hat, per Telefon/,
    );
  });

  it('when the shopper asks again the same way, then it is the same case, told the same, and nobody is notified twice', async () => {
    const before = await openCaseOf(LONG_TIME);
    const id = before?.id ?? '';
    const notified = (await t.heed.storage.outbox.forCase(SHOP, id)).length;
    const lines = (await t.heed.storage.caseEvents.forCase(SHOP, id)).length;

    const again = await askAndSettle(
      {
        surface: 'checkout',
        checkoutToken: 'chk-quiet',
        channel: 'phone',
        phone: '+1 613 555 0101',
        locale: 'fr',
      },
      LONG_TIME,
    );

    expect(again.status).toBe(200);
    expect(again.body.expected).toEqual({kind: 'within', minutes: 15});
    const after = await openCaseOf(LONG_TIME);
    expect(after?.id).toBe(id);
    expect(after?.revision).toBe(before?.revision);
    expect(await t.heed.storage.outbox.forCase(SHOP, id)).toHaveLength(notified);
    expect(await t.heed.storage.caseEvents.forCase(SHOP, id)).toHaveLength(lines);
  });

  it('when the shop is closed as a shopper asks, then they are told contact comes after it opens, at the deadline of its hours', async () => {
    // One hour on the day after tomorrow (UTC, the shop's zone while Shopify has not said one).
    const later = (new Date().getUTCDay() + 2) % 7;
    const workingHours = [{day: later, start: '09:00', end: '10:00'}];
    const saved = await t.http
      .put('/api/settings/hours')
      .set('Authorization', await as(ANNA))
      .send({workingHours});
    expect(saved.status).toBe(200);
    try {
      await outcome('chk-closed', CLOSED_HOURS, 'applied');
      const response = await askAndSettle(
        {
          surface: 'checkout',
          checkoutToken: 'chk-closed',
          channel: 'email',
          email: 'closed.hours@example.com',
          locale: 'en',
        },
        CLOSED_HOURS,
      );
      expect(response.status).toBe(200);
      const opensAt = addWorkingMinutes(Date.now(), 1, workingHours, 'UTC') - 60_000;
      expect(response.body.expected).toEqual({kind: 'after', at: opensAt});
      const opened = await openCaseOf(CLOSED_HOURS);
      expect(opened?.dueAt).toBe(addWorkingMinutes(opened?.openedAt ?? 0, 15, workingHours, 'UTC'));
    } finally {
      await t.http
        .put('/api/settings/hours')
        .set('Authorization', await as(ANNA))
        .send({workingHours: null});
    }
  });

  it('when a shopper whose promise broke asks, then the request joins the case the rule opened, which now rests on their asking', async () => {
    await outcome('chk-broken', DANA, 'could_not_apply', 'no_allocation');
    const byRule = await openCaseOf(DANA);
    expect(byRule).toMatchObject({ruleId: expect.any(String), priority: 'urgent'});
    const id = byRule?.id ?? '';

    const response = await askAndSettle(
      {
        surface: 'checkout',
        checkoutToken: 'chk-broken',
        channel: 'email',
        email: 'dana@example.com',
      },
      DANA,
    );

    expect(response.status).toBe(200);
    expect(response.body.expected).toEqual({kind: 'within', minutes: 15});
    const joined = await openCaseOf(DANA);
    expect(joined?.id).toBe(id);
    expect(joined).toMatchObject({
      suggestedChannel: 'email',
      shopperRequest: {
        channel: 'email',
        contact: {email: 'dana@example.com', phone: null},
        sla: {source: 'rule', ruleName: 'Failed promise'},
      },
    });
    const keys = (await t.heed.storage.outbox.forCase(SHOP, id)).map((n) => n.eventKey);
    expect(keys.filter((k) => k.startsWith('asked:'))).not.toHaveLength(0);
    expect(new Set(keys.filter((k) => k.startsWith('asked:')))).toEqual(
      new Set([`asked:${joined?.revision}`]),
    );
    const page = await t.http.get(`/api/cases/${id}`).set('Authorization', await as(OMAR));
    expect(page.body.contactBasis).toMatchObject({basis: 'shopper_asked'});
    expect(page.body.timeline.map((e: {kind: string}) => e.kind)).toContain('asked');
  });

  it('when the order missed its promised discount and the shopper asks on the Thank you page, then the request joins that order’s case', async () => {
    const buyer = 'gid://shopify/Customer/6004';
    const mismatch = await t.http
      .post('/api/checkout/outcome')
      .set('Authorization', `Bearer ${checkoutToken(buyer)}`)
      .send({
        campaignId: WINTER_ID,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: 'gid://shopify/OrderIdentity/9100',
        checkoutToken: 'chk-thank-you',
      });
    expect(mismatch.status).toBe(202);
    await t.heed.drainJourneys();
    const byRule = await openCaseOf(buyer);
    expect(byRule?.signalTypes).toEqual(['promo_missing_on_order']);

    const response = await askAndSettle(
      {
        surface: 'thank_you',
        checkoutToken: 'chk-thank-you',
        orderId: 'gid://shopify/OrderIdentity/9100',
        channel: 'email',
        email: 'buyer@example.com',
        locale: 'de',
      },
      buyer,
    );

    expect(response.status).toBe(200);
    expect((await openCaseOf(buyer))?.id).toBe(byRule?.id);
    expect((await openCaseOf(buyer))?.shopperRequest).toMatchObject({
      surface: 'thank_you',
      locale: 'de',
    });
  });

  it('when the case the shopper asked on resolves, then the address they gave goes and what they asked stays', async () => {
    const open = await openCaseOf(DANA);
    const id = open?.id ?? '';
    const resolved = await t.http
      .post(`/api/cases/${id}/resolve`)
      .set('Authorization', await as(OMAR))
      .send({outcome: 'not_interested'});
    expect(resolved.status).toBe(200);
    const row = await storedRow(t.heed.storage.db, 'cases', {id});
    expect(row.asked_contact_json).toBeNull();
    expect(String(row.shopper_request_json)).toContain('"channel":"email"');
    expect(JSON.stringify(row)).not.toContain('dana@example.com');
    expect(resolved.body.shopperRequest).toMatchObject({channel: 'email', contact: null});
  });

  it('when the shopper ordered since from another checkout, then asking on this one opens no case', async () => {
    await outcome('chk-left', ORDERED_ELSEWHERE, 'applied');
    const now = new Date().toISOString();
    const order = {
      id: 8801,
      updated_at: now,
      created_at: now,
      checkout_token: 'chk-elsewhere',
      customer: {id: 6003},
    };
    expect((await t.webhook('orders/create', SHOP, order)).status).toBe(200);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();

    const response = await askAndSettle(
      {surface: 'checkout', checkoutToken: 'chk-left', channel: 'email', email: 'x@example.com'},
      ORDERED_ELSEWHERE,
    );

    expect(response.status).toBe(409);
    expect(await openCaseOf(ORDERED_ELSEWHERE)).toBeUndefined();
  });

  it.each([
    ['no token', () => null],
    ['an expired token', () => mintExpired()],
    ['a token signed with another secret', () => mintForged()],
  ])('when the extension sends %s, then it is a 401 and nothing changes', async (_what, bearer) => {
    const before = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const response = await ask(
      {surface: 'checkout', checkoutToken: 'chk-quiet', channel: 'email', email: 'a@example.com'},
      bearer(),
    );
    expect(response.status).toBe(401);
    expect(await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100})).toEqual(before);
  });

  function mintExpired() {
    return mintCheckoutToken({
      shop: SHOP,
      apiKey: t.heed.config.apiKey,
      apiSecret: t.heed.config.apiSecret,
      expired: true,
    });
  }
  function mintForged() {
    return mintCheckoutToken({
      shop: SHOP,
      apiKey: t.heed.config.apiKey,
      apiSecret: t.heed.config.apiSecret,
      wrongSecret: true,
    });
  }

  it('when the body is not JSON, then it is a 400', async () => {
    const response = await t.http
      .post('/api/checkout/help')
      .set('Authorization', `Bearer ${checkoutToken(NEWCOMER)}`)
      .set('Content-Type', 'application/json')
      .send('{"surface": "checkout",');
    expect(response.status).toBe(400);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a channel Heed does not offer',
      {surface: 'checkout', checkoutToken: 'chk-quiet', channel: 'sms', phone: '+1 613 555 0101'},
      'channel',
    ],
    [
      'phone without a number',
      {surface: 'checkout', checkoutToken: 'chk-quiet', channel: 'phone', email: 'a@example.com'},
      'channel',
    ],
    [
      'neither checkout nor order',
      {surface: 'thank_you', channel: 'email', email: 'a@example.com'},
      'checkoutToken',
    ],
    [
      'an address that is not one',
      {surface: 'checkout', checkoutToken: 'chk-quiet', channel: 'email', email: 'not-an-email'},
      'email',
    ],
    [
      'an order id that is no Shopify order',
      {surface: 'thank_you', orderId: 'order-12', channel: 'email', email: 'a@example.com'},
      'orderId',
    ],
    [
      'a shop named in the body',
      {
        surface: 'checkout',
        checkoutToken: 'chk-quiet',
        channel: 'email',
        email: 'a@example.com',
        shop: OTHER_SHOP,
      },
      '',
    ],
  ])(
    'when the request has %s, then it is refused with the field named',
    async (_what, body, path) => {
      const response = await ask(body, checkoutToken(NEWCOMER));
      expect(response.status).toBe(422);
      expect(response.body.error.problems.map((p: {path: string}) => p.path)).toContain(path);
    },
  );

  it('when the body is larger than a request for a person can be, then it is a 413', async () => {
    const response = await ask(
      {
        surface: 'checkout',
        checkoutToken: 'x'.repeat(5_000),
        channel: 'email',
        email: 'a@example.com',
      },
      checkoutToken(NEWCOMER),
    );
    expect(response.status).toBe(413);
  });

  it('when another shop’s checkout asks with this shop’s checkout token, then it is a 404 and this shop’s cases are untouched', async () => {
    const before = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const response = await ask(
      {surface: 'checkout', checkoutToken: 'chk-quiet', channel: 'email', email: 'a@example.com'},
      checkoutToken(undefined, OTHER_SHOP),
    );
    expect(response.status).toBe(404);
    expect(await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100})).toEqual(before);
    expect(await t.heed.storage.cases.list(OTHER_SHOP, {view: 'open', limit: 100})).toEqual([]);
  });

  it('when Heed holds no journey for the checkout, then it is a 404 and no case opens', async () => {
    const response = await askAndSettle(
      {surface: 'checkout', checkoutToken: 'chk-never-seen', channel: 'email', email: 'a@x.io'},
      NEWCOMER,
    );
    expect(response.status).toBe(404);
    expect(await openCaseOf(NEWCOMER)).toBeUndefined();
  });

  it('when a case the shopper asked on lies idle past the retention of contact details, then the number they gave goes and the request stays', async () => {
    const id = (await openCaseOf(LONG_TIME))?.id ?? '';
    expect(await t.heed.storage.cases.forgetIdleContacts(Date.now() + 60_000, 100)).toBeGreaterThan(
      0,
    );
    const idle = await t.heed.storage.cases.get(SHOP, id);
    expect(idle?.shopperRequest).toMatchObject({channel: 'phone', contact: null});
    expect(JSON.stringify(await storedRow(t.heed.storage.db, 'cases', {id}))).not.toContain(
      '613 555 0101',
    );
  });

  it('when one checkout keeps asking, then it is told to wait (429 with Retry-After)', async () => {
    await outcome('chk-eager', NEWCOMER, 'applied');
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let n = 0; n < 6; n += 1) {
      const response = await askAndSettle(
        {surface: 'checkout', checkoutToken: 'chk-eager', channel: 'phone', phone: '613 555 0102'},
        NEWCOMER,
      );
      statuses.push(response.status);
      retryAfter = response.headers['retry-after'];
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
