import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {recentFixture} from '../support/pixel-fixtures';
import {closedPort, startMailbox, type Mailbox} from '../support/smtp-mailbox';
import {retryDelayMs} from '../../web/server/followup/notify-schedule';

const SHOP = 'fabulous-furs.myshopify.com';
/** The demo shop's staff users (simulator): Anna owns the store, Omar works support. */
const ANNA = '1';
const OMAR = '2';
const OMAR_EMAIL = 'omar@fabulous-furs.example';
const USERNAME = 'shop@fabulous-furs.example';
const PASSWORD = 'Winter-Coats-2026!';

type Events = Array<Record<string, unknown>>;

/** A fixture's checkout as a signed-in returning customer's, under a token of its own. */
function shopperEvents(name: string, customerGid: string, token: string): Events {
  const events = recentFixture(name, 60_000) as unknown as Events;
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
      if (typeof checkout.email === 'string') checkout.email = `${token}@example.com`;
      checkout.order = {
        id: null,
        customer: {id: customerGid.split('/').at(-1), isFirstOrder: false},
      };
    }
    return copy as unknown as Record<string, unknown>;
  });
}

const SHOPPERS = 6;

/**
 * Two Heed instances on one database (one SQLite file, or one PostgreSQL schema), as a scaled-out
 * deployment runs: cases come in through the first while the shop's SMTP server is down; once it
 * is back, both instances drain the outbox at once, and the server receives each email once.
 */
describe.each(batteryEngines())('staff notifications across two instances, on %s', (engine) => {
  let first: TestHeed;
  let second: TestHeed;
  let key: string;
  let mailbox: Mailbox;
  let clock = Date.now();
  const as = async (sub: string) => `Bearer ${await first.sessionToken(SHOP, {sub})}`;

  async function mailSettings(port: number) {
    const response = await first.http
      .put('/api/settings/mail')
      .set('Authorization', await as(ANNA))
      .send({
        host: '127.0.0.1',
        port,
        secure: false,
        username: USERNAME,
        password: PASSWORD,
        fromAddress: `Fabulous Furs <${USERNAME}>`,
      });
    expect(response.status).toBe(200);
  }

  const sweepOf = (t: TestHeed) => {
    const found = t.heed.sweeps.find((s) => s.name === 'staff notifications');
    if (!found) throw new Error('no staff notifications sweep');
    return () => found.run();
  };

  beforeAll(async () => {
    first = await startTestHeed({engine, now: () => clock});
    second = await startTestHeed({engine, now: () => clock, sharedWith: first});
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    await first.install(SHOP);
    key = await first.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      const me = await first.http.get('/api/staff/me').set('Authorization', await as(sub));
      expect(me.status).toBe(200);
    }
  });
  afterAll(async () => {
    await mailbox.close();
    await second.close();
    await first.close();
  });

  it('when the SMTP server was down while cases opened, then once it is back the two instances send each email exactly once', async () => {
    await mailSettings(await closedPort());
    for (let n = 0; n < SHOPPERS; n++) {
      const events = shopperEvents('code-rejected', `gid://shopify/Customer/75${n}`, `tok-i${n}`);
      const response = await first.http
        .post('/api/pixel/events')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({shop: SHOP, key, events}));
      expect(response.status).toBe(200);
    }
    await first.heed.drainJourneys();
    const cases = await second.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    expect(cases).toHaveLength(SHOPPERS);
    expect(mailbox.messages).toHaveLength(0);

    await mailSettings(mailbox.port);
    clock += retryDelayMs(1);
    const [one, two] = [sweepOf(first), sweepOf(second)];
    await Promise.all([one(), two(), one(), two()]);
    await Promise.all([one(), two()]);

    for (const followup of cases) {
      const received = mailbox.messages.filter((m) => m.text.includes(`/inbox/${followup.id}`));
      expect(received.map((m) => m.to)).toEqual([[OMAR_EMAIL]]);
      const rows = await first.heed.storage.outbox.forCase(SHOP, followup.id);
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([['sent', 2]]);
    }
    expect(mailbox.messages).toHaveLength(SHOPPERS);
  });
});
