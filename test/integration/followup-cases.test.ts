import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {WINTER_ID, winterSale} from '../support/followup-shoppers';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {recentFixture} from '../support/pixel-fixtures';
import {mintCheckoutToken} from '../support/shopify-tokens';

const SHOP = 'fabulous-furs.myshopify.com';
/** The demo shop's staff users (simulator): Anna owns the store, Omar works support. */
const ANNA = '1';
const OMAR = '2';
const DANA = 'gid://shopify/Customer/6940095564061';
const LONG_TIME = 'gid://shopify/Customer/6001';
const NEWCOMER = 'gid://shopify/Customer/6002';

type Events = Array<Record<string, unknown>>;

/**
 * A fixture's events as a signed-in customer's checkout, under a checkout token of its own so
 * each test's shopper is somebody new to Heed.
 */
function shopperEvents(
  name: string,
  customerGid: string | null,
  token: string,
  options: {fromCampaign?: boolean; email?: string; currency?: string} = {},
): Events {
  const fixture = recentFixture(name, 60_000) as unknown as Events;
  const events = options.currency
    ? (JSON.parse(
        JSON.stringify(fixture).replaceAll('"USD"', JSON.stringify(options.currency)),
      ) as Events)
    : fixture;
  return events.map((event, n) => {
    const copy = structuredClone(event) as {
      id: string;
      clientId: string;
      data?: {checkout?: Record<string, unknown>};
    };
    copy.id = `${token}-${n}`;
    copy.clientId = `client-${token}`;
    const checkout = copy.data?.checkout;
    if (checkout) {
      checkout.token = token;
      // Each shopper has an address of their own: an email shared would make them one shopper.
      if (typeof checkout.email === 'string')
        checkout.email = options.email ?? `${token}@example.com`;
      if (options.fromCampaign === false) checkout.attributes = [];
      checkout.order = customerGid
        ? {id: null, customer: {id: customerGid.split('/').at(-1), isFirstOrder: false}}
        : {id: null, customer: null};
    }
    return copy as unknown as Record<string, unknown>;
  });
}

describe.each(batteryEngines())('follow-up cases on %s', (engine) => {
  let t: TestHeed;
  let key: string;
  const as = async (sub: string) => `Bearer ${await t.sessionToken(SHOP, {sub})}`;

  async function ingest(events: Events) {
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    expect(response.status).toBe(200);
    await t.heed.drainJourneys();
  }

  async function caseOf(customerGid: string) {
    const list = await t.http.get('/api/cases').set('Authorization', await as(ANNA));
    expect(list.status).toBe(200);
    const all = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const found = all.find((c) => c.customerId === customerGid);
    if (!found) {
      throw new Error(`no open case for ${customerGid}`);
    }
    return found;
  }

  beforeAll(async () => {
    t = await startTestHeed({engine});
    await t.install(SHOP);
    await winterSale(t, SHOP);
    key = await t.ingestKey(SHOP);
    // Anna opens the admin first (she becomes a lead), then Omar (an agent).
    for (const sub of [ANNA, OMAR]) {
      const me = await t.http.get('/api/staff/me').set('Authorization', await as(sub));
      expect(me.status).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('when two people open the admin, then the first is a lead and each is named by Shopify', async () => {
    const response = await t.http.get('/api/staff').set('Authorization', await as(OMAR));
    expect(response.status).toBe(200);
    const staff = response.body.staff as Array<{userId: string; role: string; name: string}>;
    expect(staff.map((s) => [s.userId, s.role, s.name])).toEqual([
      [ANNA, 'lead', 'Anna Lindqvist'],
      [OMAR, 'agent', 'Omar Haddad'],
    ]);
  });

  it('when a campaign shopper’s code does not apply, then an urgent case is resumed by draft order, invoiced, and resolved as purchased with the recovered revenue', async () => {
    await ingest(shopperEvents('promo-not-applied', DANA, 'tok-dana'));
    const opened = await caseOf(DANA);
    expect(opened).toMatchObject({priority: 'urgent', status: 'new', assigneeId: OMAR});
    expect(opened.signalTypes).toEqual(['promo_not_applied']);
    expect(opened.snapshot.promise).toMatchObject({
      campaignName: 'Winter sale',
      codes: ['WINTER20'],
    });
    expect(opened.snapshot.journeys[0]?.cart?.lines).toEqual([
      expect.objectContaining({
        variantId: 'gid://shopify/ProductVariant/44910284324974',
        quantity: 2,
      }),
    ]);

    const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(OMAR));
    expect(page.status).toBe(200);
    expect(page.body.case.headline).toContain('WINTER20');
    expect(page.body.contactBasis).toMatchObject({allowed: true, basis: 'service_recovery'});
    expect(page.body.shopper.words).toMatch(/Customer since/);
    expect(page.body.shopper.words).not.toMatch(/\bnew\b/i);

    const claimed = await t.http
      .post(`/api/cases/${opened.id}/claim`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(claimed.status).toBe(200);
    expect(claimed.body.case).toMatchObject({status: 'claimed', assignee: {userId: OMAR}});
    expect(claimed.body.timeline.at(-1)).toMatchObject({actor: OMAR, kind: 'claimed'});

    const resumed = await t.http
      .post(`/api/cases/${opened.id}/resume`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(resumed.status).toBe(200);
    const draft = resumed.body.case.draftOrder;
    expect(draft.invoiceUrl).toMatch(/^https:\/\//);
    expect(draft.droppedLines).toEqual([]);
    expect(draft.discount).not.toBeNull();

    const message = 'Dana, the 20% from our winter email did not apply; this invoice has it.';
    const invoiced = await t.http
      .post(`/api/cases/${opened.id}/invoice`)
      .set('Authorization', await as(OMAR))
      .send({body: message});
    expect(invoiced.status).toBe(200);
    expect(invoiced.body.case.status).toBe('contacted');
    expect(invoiced.body.contacts).toEqual([
      expect.objectContaining({method: 'invoice', basis: 'service_recovery', by: OMAR}),
    ]);
    expect(t.simulator.sentInvoices(SHOP)).toEqual([
      expect.objectContaining({draftOrderId: draft.id, customMessage: message}),
    ]);

    // Shopify may deliver the same order several times, at once: it resolves once.
    const paid = t.simulator.payDraftOrder(SHOP, draft.id);
    const deliveries = await Promise.all(
      Array.from({length: 5}, () => t.webhook('orders/create', SHOP, paid.webhookBody)),
    );
    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200, 200]);
    await t.heed.webhookProcessor.drain();
    await t.heed.drainJourneys();

    const done = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(ANNA));
    expect(done.body.case).toMatchObject({
      status: 'resolved',
      outcome: 'purchased',
      resolvedOrder: {id: paid.order.id, name: paid.order.name},
    });
    expect(done.body.case.recoveredRevenue).toEqual({
      amount: Number(paid.webhookBody.total_price),
      currencyCode: paid.webhookBody.currency,
    });
    const resolutions = (done.body.timeline as Array<{kind: string}>).filter(
      (e) => e.kind === 'resolved',
    );
    expect(resolutions).toHaveLength(1);
  });

  it('when a lead adds a rule for refused codes from any shopper, then it takes its place after the defaults', async () => {
    const rule = {
      name: 'Refused code, anyone',
      enabled: true,
      signalTypes: ['code_rejected'],
      priority: 'high',
      assignee: {kind: 'round_robin'},
      contactWithinMinutes: 30,
      channel: 'email',
    };
    const refused = await t.http
      .post('/api/rules')
      .set('Authorization', await as(OMAR))
      .send(rule);
    expect(refused.status).toBe(403);
    const added = await t.http
      .post('/api/rules')
      .set('Authorization', await as(ANNA))
      .send(rule);
    expect(added.status).toBe(201);
    expect(added.body.rule.sentence).toMatch(/^When a shopper .*code.*, open a high-priority case/);
    const list = await t.http.get('/api/rules').set('Authorization', await as(OMAR));
    expect(list.body.rules.at(-1).id).toBe(added.body.rule.id);
    expect(list.body.rules.length).toBe(5);
  });

  it('when a rule is previewed, then it says what it would have opened over the last 7 days of real journeys', async () => {
    const rule = {
      name: 'Failed promise, preview',
      enabled: true,
      signalTypes: ['promo_not_applied'],
      priority: 'urgent',
      assignee: {kind: 'round_robin'},
      contactWithinMinutes: 15,
      channel: 'phone',
    };
    const preview = await t.http
      .post('/api/rules/preview')
      .set('Authorization', await as(OMAR))
      .send(rule);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({sinceDays: 7, wouldOpen: 1});
    expect(preview.body.examples[0].sentence).toContain('WINTER20');
    const french = await t.http
      .post('/api/rules/preview')
      .set('Authorization', await as(OMAR))
      .set('Accept-Language', 'fr')
      .send(rule);
    // The example's signal in the admin's words, the code as the shopper typed it.
    expect(french.body.examples[0].sentence).toContain('WINTER20');
    expect(french.body.examples[0].sentence).not.toBe(preview.body.examples[0].sentence);
    expect(french.body.examples[0].sentence).toMatch(
      /^L’e-mail «\u00a0Winter sale\u00a0» promettait 20\u00a0% de réduction sur toute la commande/,
    );
    const never = await t.http
      .post('/api/rules/preview')
      .set('Authorization', await as(OMAR))
      .send({...rule, signalTypes: ['shipping_shock']});
    expect(never.body.wouldOpen).toBe(0);
    const invalid = await t.http
      .post('/api/rules/preview')
      .set('Authorization', await as(OMAR))
      .send({...rule, signalTypes: []});
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.problems[0].path).toBe('signalTypes');
  });

  it('when a shopper ordered by phone meanwhile, then a contact gets 409 naming the order, and the case is resolved as purchased', async () => {
    await ingest(shopperEvents('code-rejected', LONG_TIME, 'tok-margaret', {fromCampaign: false}));
    const opened = await caseOf(LONG_TIME);
    expect(opened).toMatchObject({priority: 'high', signalTypes: ['code_rejected']});
    const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(OMAR));
    expect(page.body.shopper.words).toMatch(/Customer since March 2019 · 14 orders/);
    expect(page.body.contactBasis).toMatchObject({allowed: true, basis: 'email_marketing'});

    const phoneOrder = t.simulator.placeOrder(SHOP, {
      customerId: LONG_TIME,
      sourceName: 'shopify_draft_order',
      checkoutToken: null,
      lineItems: [
        {
          title: 'Faux Fur Throw',
          productId: 'gid://shopify/Product/8123456789012',
          variantId: 'gid://shopify/ProductVariant/44910284324974',
          quantity: 1,
          unitPrice: '120.00',
        },
      ],
    });
    const call = await t.http
      .post(`/api/cases/${opened.id}/call`)
      .set('Authorization', await as(OMAR))
      .send({outcome: 'reached'});
    expect(call.status).toBe(409);
    expect(call.body.error.message).toContain(phoneOrder.order.name);
    const after = await t.heed.storage.cases.get(SHOP, opened.id);
    expect(after).toMatchObject({status: 'resolved', outcome: 'purchased', recoveredRevenue: null});
    expect(await t.heed.storage.caseEvents.contacts(SHOP, opened.id)).toEqual([]);
  });

  it('when a shopper has no basis for contact, then the contact is refused with the reason and nothing is recorded', async () => {
    await ingest(shopperEvents('code-rejected', NEWCOMER, 'tok-priya', {fromCampaign: false}));
    const opened = await caseOf(NEWCOMER);
    const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(OMAR));
    expect(page.body.contactBasis.allowed).toBe(false);
    expect(page.body.shopper.words).not.toMatch(/Customer since March/);
    const message = await t.http
      .post(`/api/cases/${opened.id}/message`)
      .set('Authorization', await as(OMAR))
      .send({method: 'copied', subject: 'Your code', body: 'Hello'});
    expect(message.status).toBe(403);
    expect(message.body.error.message).toMatch(/not subscribed/);
    expect(await t.heed.storage.caseEvents.contacts(SHOP, opened.id)).toEqual([]);
  });

  it('when Shopify cannot be reached, then the page says the status could not be refreshed and never calls the shopper new', async () => {
    const opened = await caseOf(NEWCOMER);
    t.simulator.failShop(SHOP);
    try {
      const refreshed = await t.http
        .post(`/api/cases/${opened.id}/refresh-status`)
        .set('Authorization', await as(OMAR))
        .send({});
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.shopper.words).toMatch(/could not be refreshed/);
      expect(refreshed.body.case.shopperLabel).toBe('Status not refreshed');
      expect(JSON.stringify(refreshed.body.shopper)).not.toMatch(/\bnew\b/i);
    } finally {
      t.simulator.restoreShop(SHOP);
    }
  });

  it('when another shop asks for a case, then it gets 404 and nothing of this shop', async () => {
    const opened = await caseOf(NEWCOMER);
    const other = 'other-store.myshopify.com';
    await t.install(other);
    const token = `Bearer ${await t.sessionToken(other, {sub: '77'})}`;
    for (const path of [`/api/cases/${opened.id}`]) {
      const response = await t.http.get(path).set('Authorization', token);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
      expect(JSON.stringify(response.body)).not.toMatch(/Customer|WINTER20|signal/);
    }
    const claim = await t.http
      .post(`/api/cases/${opened.id}/claim`)
      .set('Authorization', token)
      .send({});
    expect(claim.status).toBe(404);
    const list = await t.http.get('/api/cases').set('Authorization', token);
    expect(list.body.cases).toEqual([]);
    expect((await t.heed.storage.cases.get(SHOP, opened.id))?.status).toBe('new');
  });

  it('when the same shopper comes back with a second checkout and a worse problem, then it joins the open case and raises it', async () => {
    const shopper = 'gid://shopify/Customer/6003';
    await ingest(shopperEvents('code-rejected', shopper, 'tok-jonas-1', {fromCampaign: false}));
    const first = await caseOf(shopper);
    expect(first.priority).toBe('high');
    await ingest(shopperEvents('promo-not-applied', shopper, 'tok-jonas-2'));
    const joined = await caseOf(shopper);
    expect(joined.id).toBe(first.id);
    expect(joined.priority).toBe('urgent');
    expect(joined.journeyIds).toHaveLength(2);
    expect(joined.signalTypes).toEqual(
      expect.arrayContaining(['code_rejected', 'promo_not_applied']),
    );
    const kinds = (await t.heed.storage.caseEvents.forCase(SHOP, first.id)).map((e) => e.kind);
    expect(kinds).toContain('raised');
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    expect(open.filter((c) => c.customerId === shopper)).toHaveLength(1);
  });

  it('when the same person checks out as a guest and then signed in, with one email, then they have one case', async () => {
    const email = 'one.person@example.com';
    await ingest(shopperEvents('code-rejected', null, 'tok-guest', {fromCampaign: false, email}));
    await ingest(
      shopperEvents('promo-not-applied', 'gid://shopify/Customer/6940095564077', 'tok-signed', {
        email,
      }),
    );
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const theirs = open.filter(
      (c) =>
        c.journeyIds.length > 0 &&
        (c.customerId === 'gid://shopify/Customer/6940095564077' ||
          c.shopperKey.startsWith('email:')),
    );
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({
      priority: 'urgent',
      customerId: 'gid://shopify/Customer/6940095564077',
    });
    expect(theirs[0]?.journeyIds).toHaveLength(2);
  });

  it('when a reply contradicts the case, then it is refused with the fact, and sent past it only when the person says so, which is recorded', async () => {
    const shopper = 'gid://shopify/Customer/6003';
    const open = await caseOf(shopper);
    const wrong = {
      method: 'copied',
      subject: 'Your basket',
      body: 'Thank you for registering! Our email is set up to take promo numbers: enter the discount code at checkout.',
    };
    const checked = await t.http
      .post(`/api/cases/${open.id}/reply-check`)
      .set('Authorization', await as(OMAR))
      .send({subject: wrong.subject, body: wrong.body});
    expect(checked.status).toBe(200);
    const rules = (checked.body.warnings as Array<{rule: string}>).map((w) => w.rule);
    expect(rules).toContain('thanks_for_registering');
    const refused = await t.http
      .post(`/api/cases/${open.id}/message`)
      .set('Authorization', await as(OMAR))
      .send(wrong);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/ordered 3 times/);
    expect(await t.heed.storage.caseEvents.contacts(SHOP, open.id)).toEqual([]);
    const sent = await t.http
      .post(`/api/cases/${open.id}/message`)
      .set('Authorization', await as(OMAR))
      .send({...wrong, acknowledged: rules});
    expect(sent.status).toBe(200);
    expect(sent.body.timeline.at(-1).sentence).toMatch(/Sent past the reply check/);
    expect(await t.heed.storage.caseEvents.contacts(SHOP, open.id)).toHaveLength(1);
  });

  it('when a campaign shopper paid without the promised discount, then the case refunds the difference and resolves so', async () => {
    const shopper = 'gid://shopify/Customer/6940095564055';
    // The shop sells in Canadian dollars, and so did this checkout.
    await ingest(shopperEvents('promo-not-applied', shopper, 'tok-paid', {currency: 'CAD'}));
    const paid = t.simulator.placeOrder(SHOP, {
      customerId: DANA,
      checkoutToken: 'tok-paid',
      lineItems: [
        {
          title: 'Faux Fur Throw',
          productId: 'gid://shopify/Product/8123456789012',
          variantId: 'gid://shopify/ProductVariant/44910284324974',
          quantity: 2,
          unitPrice: '120.00',
        },
      ],
    });
    const outcome = await t.http
      .post('/api/checkout/outcome')
      .set(
        'Authorization',
        `Bearer ${mintCheckoutToken({shop: SHOP, apiKey: t.heed.config.apiKey, apiSecret: t.heed.config.apiSecret, customerId: shopper})}`,
      )
      .send({
        campaignId: WINTER_ID,
        code: 'WINTER20',
        state: 'thank_you_mismatch',
        orderId: paid.order.id,
        checkoutToken: 'tok-paid',
      });
    expect(outcome.status).toBe(202);
    await t.heed.drainJourneys();
    const open = await caseOf(shopper);
    expect(open.signalTypes).toEqual(expect.arrayContaining(['promo_missing_on_order']));
    const page = await t.http.get(`/api/cases/${open.id}`).set('Authorization', await as(OMAR));
    expect(page.body.refund).toMatchObject({owed: {amount: 48}, orderId: paid.order.id});
    const refunded = await t.http
      .post(`/api/cases/${open.id}/refund`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(refunded.status, JSON.stringify(refunded.body)).toBe(200);
    expect(refunded.body.case).toMatchObject({status: 'resolved', outcome: 'difference_refunded'});
    expect(refunded.body.timeline.at(-1).sentence).toContain(paid.order.name);
    const again = await t.http
      .post(`/api/cases/${open.id}/refund`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(again.status).toBe(409);
  });

  it('when the process died after the signals were stored and before their case, then the recovery sweep opens the case once', async () => {
    const shopper = 'gid://shopify/Customer/6940095564099';
    await ingest(shopperEvents('promo-not-applied', shopper, 'tok-crash'));
    const lost = await caseOf(shopper);
    // As after a crash between the signal commit and the case: no case, signals unmarked, old.
    await t.heed.storage.cases.deleteCases(SHOP, [lost.id]);
    await t.heed.storage
      .db('signals')
      .where({shop: SHOP, customer_id: shopper})
      .update({followup_at: null, recorded_at: Date.now() - 120_000});
    const sweep = t.heed.sweeps.find((s) => s.name === 'follow-up recovery');
    if (!sweep) throw new Error('no follow-up recovery sweep');
    await sweep.run();
    await sweep.run();
    await t.heed.drainJourneys();
    const recovered = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const theirs = recovered.filter((c) => c.customerId === shopper);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({priority: 'urgent', signalTypes: ['promo_not_applied']});
  });
});
