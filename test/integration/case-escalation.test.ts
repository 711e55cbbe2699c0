import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {recentFixture} from '../support/pixel-fixtures';

const SHOP = 'fabulous-furs.myshopify.com';
const MINUTE = 60_000;
const ANNA = '1';
const OMAR = '2';

/** A signed-in campaign shopper whose promised code does not apply: an urgent case, 15 minutes. */
function promiseMissed(customer: number, token: string) {
  return (
    recentFixture('promo-not-applied', 60_000) as unknown as Array<Record<string, unknown>>
  ).map((event, n) => {
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
      checkout.email = `${token}@example.com`;
      checkout.order = {id: null, customer: {id: String(customer), isFirstOrder: false}};
    }
    return copy;
  });
}

describe.each(batteryEngines())('first contact overdue: escalation on %s', (engine) => {
  let t: TestHeed;
  let clock = Date.now();
  let key: string;
  const as = async (sub: string) => `Bearer ${await t.sessionToken(SHOP, {sub})}`;
  const sweep = () => {
    const found = t.heed.sweeps.find((s) => s.name === 'case escalation');
    if (!found) throw new Error('no escalation sweep');
    return found.run();
  };
  async function openCase(customer: number, token: string) {
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events: promiseMissed(customer, token)}));
    expect(response.status).toBe(200);
    await t.heed.drainJourneys();
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 50});
    const found = open.find((c) => c.customerId === `gid://shopify/Customer/${customer}`);
    if (!found) throw new Error('no case opened');
    return found;
  }

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      expect((await t.http.get('/api/staff/me').set('Authorization', await as(sub))).status).toBe(
        200,
      );
    }
  });
  afterAll(() => t.close());

  it('when nobody contacts the shopper in time, then the case is flagged as due soon, then escalates to the lead once', async () => {
    const opened = await openCase(6940095564101, 'tok-late');
    expect(opened.dueAt - opened.openedAt).toBe(15 * MINUTE);
    expect(await sweep()).toBe(0);

    clock = opened.openedAt + 11 * MINUTE;
    const list = await t.http.get('/api/cases').set('Authorization', await as(OMAR));
    const row = (list.body.cases as Array<{id: string; dueSoon: boolean; overdue: boolean}>).find(
      (c) => c.id === opened.id,
    );
    expect(row).toMatchObject({dueSoon: true, overdue: false});
    expect(await sweep()).toBe(0);

    clock = opened.openedAt + 16 * MINUTE;
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const escalated = await t.heed.storage.cases.get(SHOP, opened.id);
    expect(escalated?.escalatedAt).toBe(clock);
    const events = await t.heed.storage.caseEvents.forCase(SHOP, opened.id);
    expect(events.filter((e) => e.kind === 'escalated')).toHaveLength(1);
    expect(events.find((e) => e.kind === 'escalated')?.sentence).toMatch(
      /escalated to Anna Lindqvist/,
    );
    const notices = await t.heed.storage.outbox.forCase(SHOP, opened.id);
    expect(
      notices.filter((n) => n.eventKey.startsWith('escalated:')).map((n) => n.recipientId),
    ).toEqual([ANNA]);
    const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(ANNA));
    expect(page.body.case).toMatchObject({overdue: true, escalatedAt: clock});
  });

  it('when the case is snoozed past its deadline, then it escalates only once it wakes', async () => {
    clock = Date.now() + 60 * MINUTE;
    const opened = await openCase(6940095564102, 'tok-snoozed');
    const snoozed = await t.http
      .post(`/api/cases/${opened.id}/snooze`)
      .set('Authorization', await as(OMAR))
      .send({until: opened.openedAt + 45 * MINUTE});
    expect(snoozed.status).toBe(200);
    clock = opened.openedAt + 30 * MINUTE;
    expect(await sweep()).toBe(0);
    clock = opened.openedAt + 46 * MINUTE;
    expect(await sweep()).toBe(1);
    expect((await t.heed.storage.cases.get(SHOP, opened.id))?.escalatedAt).toBe(clock);
  });

  it('when someone contacted the shopper before the deadline, then nothing escalates', async () => {
    clock = Date.now() + 3 * 60 * MINUTE;
    const opened = await openCase(6940095564103, 'tok-called');
    const called = await t.http
      .post(`/api/cases/${opened.id}/call`)
      .set('Authorization', await as(OMAR))
      .send({outcome: 'reached'});
    expect(called.status, JSON.stringify(called.body)).toBe(200);
    clock = opened.openedAt + 60 * MINUTE;
    await sweep();
    expect((await t.heed.storage.cases.get(SHOP, opened.id))?.escalatedAt).toBeNull();
  });
});
