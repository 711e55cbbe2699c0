import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {ANNA, OMAR, shopperEvents, type PixelEvents} from '../support/followup-shoppers';
import {closedPort, startMailbox, subjectOf, type Mailbox} from '../support/smtp-mailbox';
import {NOTIFY_MAX_ATTEMPTS, retryDelayMs} from '../../web/server/followup/notify-schedule';

const SHOP = 'fabulous-furs.myshopify.com';
const OMAR_EMAIL = 'omar@fabulous-furs.example';
const USERNAME = 'shop@fabulous-furs.example';
const PASSWORD = 'Winter-Coats-2026!';

interface NotificationView {
  id: string;
  channel: string;
  to: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: number | null;
}

describe.each(batteryEngines())('staff notifications over HTTP, on %s', (engine) => {
  let t: TestHeed;
  let key: string;
  let mailbox: Mailbox;
  let clock = Date.now();
  const as = async (sub: string) => `Bearer ${await t.sessionToken(SHOP, {sub})}`;

  async function mailSettings(port: number, password = PASSWORD) {
    const response = await t.http
      .put('/api/settings/mail')
      .set('Authorization', await as(ANNA))
      .send({
        host: '127.0.0.1',
        port,
        secure: false,
        username: USERNAME,
        password,
        fromAddress: `Fabulous Furs <${USERNAME}>`,
      });
    expect(response.status).toBe(200);
  }

  /** A shopper's checkout through ingest, and the case it opened once every send has ended. */
  async function caseFrom(events: PixelEvents, customerGid: string) {
    const response = await t.http
      .post('/api/pixel/events')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({shop: SHOP, key, events}));
    expect(response.status).toBe(200);
    await t.heed.drainJourneys();
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const found = open.find((c) => c.customerId === customerGid);
    if (!found) throw new Error(`no open case for ${customerGid}`);
    return found;
  }

  async function notificationsOf(caseId: string): Promise<NotificationView[]> {
    const page = await t.http.get(`/api/cases/${caseId}`).set('Authorization', await as(OMAR));
    expect(page.status).toBe(200);
    return page.body.notifications as NotificationView[];
  }

  const mailsFor = (caseId: string) =>
    mailbox.messages.filter((m) => m.text.includes(`/inbox/${caseId}`));
  const sweep = () => {
    const found = t.heed.sweeps.find((s) => s.name === 'staff notifications');
    if (!found) throw new Error('no staff notifications sweep');
    return found.run();
  };

  beforeAll(async () => {
    t = await startTestHeed({engine, now: () => clock});
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    await t.install(SHOP);
    key = await t.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      const me = await t.http.get('/api/staff/me').set('Authorization', await as(sub));
      expect(me.status).toBe(200);
    }
    await mailSettings(mailbox.port);
  });
  afterAll(async () => {
    await mailbox.close();
    await t.close();
  });

  it('when a case opens for Omar, then exactly one email reaches him naming the problem and linking the case in the Shopify admin', async () => {
    const shopper = 'gid://shopify/Customer/7001';
    const opened = await caseFrom(shopperEvents('code-rejected', shopper, 'tok-n1'), shopper);
    expect(opened.assigneeId).toBe(OMAR);
    const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(OMAR));
    const headline = page.body.case.headline as string;

    const mails = mailsFor(opened.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual([OMAR_EMAIL]);
    expect(subjectOf(mails[0]?.subject)).toContain(headline);
    expect(mails[0]?.text).toContain(headline);
    expect(mails[0]?.text).toContain(
      `https://admin.shopify.com/store/fabulous-furs/apps/${t.heed.config.apiKey}/inbox/${opened.id}`,
    );
    expect(page.body.notifications).toEqual([
      {
        id: expect.any(String),
        channel: 'email',
        to: 'Omar Haddad',
        status: 'sent',
        attempts: 1,
        lastError: null,
        sentAt: clock,
      },
    ]);

    // Later sweeps find nothing due: the email is not sent again.
    await sweep();
    expect(mailsFor(opened.id)).toHaveLength(1);
  });

  it('when the same shopper’s case is raised by a worse problem, then Omar hears of it once more', async () => {
    const shopper = 'gid://shopify/Customer/7002';
    const first = await caseFrom(shopperEvents('code-rejected', shopper, 'tok-r1'), shopper);
    const raised = await caseFrom(shopperEvents('promo-not-applied', shopper, 'tok-r2'), shopper);
    expect(raised.id).toBe(first.id);
    expect(raised.priority).toBe('urgent');
    const subjects = mailsFor(first.id).map((m) => subjectOf(m.subject));
    expect(subjects).toEqual([
      expect.stringMatching(/^New case \(high\)/),
      expect.stringMatching(/^Case raised \(urgent\)/),
    ]);
  });

  it('when the SMTP server refuses the login, then the case page says the email to Omar failed with the server’s answer', async () => {
    await mailSettings(mailbox.port, 'Summer-Hats-1999?');
    const shopper = 'gid://shopify/Customer/7003';
    const opened = await caseFrom(shopperEvents('code-rejected', shopper, 'tok-auth'), shopper);
    const [failed] = await notificationsOf(opened.id);
    expect(failed).toMatchObject({to: 'Omar Haddad', status: 'failed', attempts: 1, sentAt: null});
    expect(failed?.lastError).toMatch(/535/);
    expect(failed?.lastError).not.toContain('Summer-Hats');
    expect(mailsFor(opened.id)).toHaveLength(0);
    await mailSettings(mailbox.port);
  });

  it('when a person mutes email outside their hours, then the staff directory keeps and shows it', async () => {
    const put = await t.http
      .put(`/api/staff/${OMAR}`)
      .set('Authorization', await as(OMAR))
      .send({muteOutsideHours: true});
    expect(put.status).toBe(200);
    expect(put.body.staff).toMatchObject({userId: OMAR, muteOutsideHours: true});
    expect((await t.heed.storage.staff.get(SHOP, OMAR))?.muteOutsideHours).toBe(true);
    const invalid = await t.http
      .put(`/api/staff/${OMAR}`)
      .set('Authorization', await as(OMAR))
      .send({muteOutsideHours: 'yes'});
    expect(invalid.status).toBe(422);
    await t.http
      .put(`/api/staff/${OMAR}`)
      .set('Authorization', await as(OMAR))
      .send({muteOutsideHours: false});
  });

  it('when the SMTP server is down, then the email is retried with backoff, failed after the cap, shown on the case page, and sent once by a retry', async () => {
    await mailSettings(await closedPort());
    const shopper = 'gid://shopify/Customer/7004';
    const opened = await caseFrom(shopperEvents('code-rejected', shopper, 'tok-down'), shopper);
    const rowOf = async () => {
      const [row] = await t.heed.storage.outbox.forCase(SHOP, opened.id);
      if (!row) throw new Error('no notification');
      return row;
    };
    let row = await rowOf();
    expect(row).toMatchObject({status: 'pending', attempts: 1});
    expect(row.lastError).toMatch(/refused the connection/);

    // A sweep before the wait is over tries nothing.
    const failedAt = clock;
    clock = failedAt + retryDelayMs(1) - 1;
    await sweep();
    expect((await rowOf()).attempts).toBe(1);

    for (let attempts = 1; attempts < NOTIFY_MAX_ATTEMPTS; attempts++) {
      expect(row.nextAttemptAt - row.updatedAt).toBe(retryDelayMs(attempts));
      clock = row.nextAttemptAt;
      await sweep();
      row = await rowOf();
      expect(row.attempts).toBe(attempts + 1);
    }
    expect(row.status).toBe('failed');

    const [shown] = await notificationsOf(opened.id);
    expect(shown).toMatchObject({
      to: 'Omar Haddad',
      status: 'failed',
      attempts: NOTIFY_MAX_ATTEMPTS,
      sentAt: null,
    });
    expect(shown?.lastError).toMatch(/refused the connection/);
    clock += retryDelayMs(NOTIFY_MAX_ATTEMPTS) * 2;
    await sweep();
    expect((await rowOf()).status).toBe('failed');

    await mailSettings(mailbox.port);
    const announced: string[] = [];
    const unsubscribe = t.heed.live.subscribe(SHOP, (message) => {
      if (message.kind === 'case') announced.push((message.data as {id: string}).id);
    });
    const retried = await t.http
      .post(`/api/cases/${opened.id}/notifications/${shown?.id}/retry`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(retried.status).toBe(200);
    await t.heed.drainJourneys();
    expect(mailsFor(opened.id)).toHaveLength(1);
    const [sent] = await notificationsOf(opened.id);
    expect(sent).toMatchObject({status: 'sent', attempts: 1, sentAt: clock});
    // Open case pages hear of it and read the case again.
    unsubscribe();
    expect(announced).toEqual([opened.id]);

    const again = await t.http
      .post(`/api/cases/${opened.id}/notifications/${shown?.id}/retry`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(again.status).toBe(409);
    expect(mailsFor(opened.id)).toHaveLength(1);
  });

  it.each([
    ['an unknown notification', 'case', 'no-such-notification', 404],
    ['another case', 'unknown-case', 'any', 404],
  ])('when a retry names %s, then it is refused', async (_what, caseKind, notification, status) => {
    const open = await t.heed.storage.cases.list(SHOP, {view: 'open', limit: 1});
    const caseId = caseKind === 'case' ? (open[0]?.id ?? '') : 'no-such-case';
    const response = await t.http
      .post(`/api/cases/${caseId}/notifications/${notification}/retry`)
      .set('Authorization', await as(OMAR))
      .send({});
    expect(response.status).toBe(status);
  });
});
