import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {closedPort, startMailbox, type Mailbox} from '../support/smtp-mailbox';
import {startSlackHook, type SlackHook} from '../support/slack-hook';
import {findInDatabase} from '../support/scan-database';
import {
  ANNA,
  OMAR,
  caseWhere,
  ingestShopper,
  shopperEvents,
  staffAuth,
} from '../support/followup-shoppers';
import {addWorkingMinutes} from '../../web/server/followup/working-hours';
import {retryDelayMs} from '../../web/server/followup/notify-schedule';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER_SHOP = 'other-furs.myshopify.com';
const USERNAME = 'shop@fabulous-furs.example';
const PASSWORD = 'Winter-Coats-2026!';
const ANNA_EMAIL = 'anna@fabulous-furs.example';
const ALL_CHANGES = ['opened', 'raised', 'reopened', 'escalated', 'asked'];

describe.each(batteryEngines())(
  'notification channels and shop hours over HTTP, on %s',
  (engine) => {
    let t: TestHeed;
    let key: string;
    let mailbox: Mailbox;
    let slack: SlackHook;
    let clock = Date.now();
    let serial = 0;
    const as = (sub: string, shop = SHOP) => staffAuth(t, shop, sub);

    async function settings(body: unknown, sub = ANNA) {
      return t.http
        .put('/api/settings/notifications')
        .set('Authorization', await as(sub))
        .send(body as object);
    }

    /** A new signed-in shopper's rejected code, and the case it opened. */
    async function newCase() {
      serial += 1;
      const customer = `gid://shopify/Customer/88${serial}`;
      await ingestShopper(
        t,
        SHOP,
        key,
        shopperEvents('code-rejected', customer, `tok-ch${serial}`),
      );
      return caseWhere(t, SHOP, (c) => c.customerId === customer);
    }

    const postsFor = (caseId: string) =>
      slack.posts.filter((p) => String(p.body.text).includes(`/inbox/${caseId}`));
    const sweep = () => {
      const found = t.heed.sweeps.find((s) => s.name === 'staff notifications');
      if (!found) throw new Error('no staff notifications sweep');
      return found.run();
    };

    beforeAll(async () => {
      t = await startTestHeed({engine, now: () => clock});
      mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
      slack = await startSlackHook();
      await t.install(SHOP);
      await t.install(OTHER_SHOP);
      await t.heed.storage.shops.updateDetails(
        SHOP,
        {name: 'Fabulous Furs', currencyCode: 'CAD', timeZone: 'America/Toronto'},
        clock,
      );
      key = await t.ingestKey(SHOP);
      for (const sub of [ANNA, OMAR]) {
        const me = await t.http.get('/api/staff/me').set('Authorization', await as(sub));
        expect(me.status).toBe(200);
      }
      const mail = await t.http
        .put('/api/settings/mail')
        .set('Authorization', await as(ANNA))
        .send({
          host: '127.0.0.1',
          port: mailbox.port,
          secure: false,
          username: USERNAME,
          password: PASSWORD,
          fromAddress: `Fabulous Furs <${USERNAME}>`,
        });
      expect(mail.status).toBe(200);
    });
    afterAll(async () => {
      await slack.close();
      await mailbox.close();
      await t.close();
    });

    it('when nothing was saved, then email announces every change and Slack is off', async () => {
      const response = await t.http
        .get('/api/settings/notifications')
        .set('Authorization', await as(OMAR));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        email: {changes: ALL_CHANGES},
        slack: {set: false, webhookUrl: null, changes: ['opened', 'escalated', 'asked']},
        updatedAt: null,
      });
    });

    it.each([
      ['a URL that is not Slack’s', {webhookUrl: 'https://evil.example/services/T0/B0/abcdefghij'}],
      ['a plain-http Slack URL', {webhookUrl: 'http://hooks.slack.com/services/T0/B0/abcdefghij'}],
      ['an unknown change', {changes: ['opened', 'deleted']}],
      ['a change that is no list', {changes: 'opened'}],
    ])('when a lead saves %s, then it is refused with the field', async (_what, slackPart) => {
      const response = await settings({
        email: {changes: ALL_CHANGES},
        slack: {changes: ['opened'], ...slackPart},
      });
      expect(response.status).toBe(422);
      expect(JSON.stringify(response.body)).toMatch(/slack\.(webhookUrl|changes)/);
      const stored = await t.heed.storage.followupSettings.get(SHOP);
      expect(stored.slackWebhookSealed).toBeNull();
    });

    it('when an agent changes notifications or sends a test, then it is refused', async () => {
      const put = await settings({email: {changes: []}, slack: {changes: []}}, OMAR);
      expect(put.status).toBe(403);
      const test = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(OMAR))
        .send({channel: 'slack', webhookUrl: slack.url});
      expect(test.status).toBe(403);
      expect(slack.received).toBe(0);
    });

    it('when a lead tests a Slack webhook, then the real answer comes back: the post, a refusal, no server', async () => {
      const sent = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'slack', webhookUrl: slack.url});
      expect(sent.body).toEqual({ok: true, response: 'ok'});
      expect(slack.posts.at(-1)?.body.text).toMatch(/test from Heed for Fabulous Furs/);
      expect(slack.posts.at(-1)?.contentType).toMatch(/application\/json/);

      slack.answer(404, 'no_service');
      const refused = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'slack', webhookUrl: slack.url});
      expect(refused.body).toEqual({ok: false, error: 'Slack answered 404: no_service'});
      slack.answer(200, 'ok');

      const nobody = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'slack', webhookUrl: `http://127.0.0.1:${await closedPort()}/services/x`});
      expect(nobody.body).toEqual({ok: false, error: 'Slack could not be reached (ECONNREFUSED)'});

      const unsaved = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'slack'});
      expect(unsaved.body).toEqual({ok: false, error: 'No Slack channel is set for the shop'});
    });

    it('when a lead tests email, then the shop’s SMTP server receives it at the lead’s own address, or the given one', async () => {
      const named = await t.http
        .put(`/api/staff/${ANNA}`)
        .set('Authorization', await as(ANNA))
        .send({email: ANNA_EMAIL});
      expect(named.status).toBe(200);
      const own = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'email'});
      expect(own.body).toEqual({ok: true, response: expect.stringContaining('250')});
      expect(mailbox.messages.at(-1)).toMatchObject({
        to: [ANNA_EMAIL],
        subject: 'Test notification from Heed for Fabulous Furs',
      });
      const given = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'email', to: 'team@fabulous-furs.example'});
      expect(given.body.ok).toBe(true);
      expect(mailbox.messages.at(-1)?.to).toEqual(['team@fabulous-furs.example']);
      const bad = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA))
        .send({channel: 'pigeon'});
      expect(bad.status).toBe(422);
    });

    it('when a lead saves a Slack webhook, then it is stored sealed, shown masked, and no other shop sees it', async () => {
      const saved = await settings({
        email: {changes: ALL_CHANGES},
        slack: {changes: ['opened', 'escalated'], webhookUrl: slack.url},
      });
      expect(saved.status).toBe(200);
      expect(saved.body.slack).toEqual({
        set: true,
        webhookUrl: `http://127.0.0.1:${slack.port}/services/T0HE…`,
        changes: ['opened', 'escalated'],
      });
      expect(JSON.stringify(saved.body)).not.toContain('testsecret00');
      expect(await findInDatabase(t.heed.storage, ['testsecret00'])).toEqual([]);

      // Saving again without the URL keeps it.
      const kept = await settings({
        email: {changes: ALL_CHANGES},
        slack: {changes: ['opened', 'escalated']},
      });
      expect(kept.body.slack.set).toBe(true);

      const other = await t.http
        .get('/api/settings/notifications')
        .set('Authorization', await as(ANNA, OTHER_SHOP));
      expect(other.body.slack).toMatchObject({set: false, webhookUrl: null});
      const otherTest = await t.http
        .post('/api/settings/notifications/test')
        .set('Authorization', await as(ANNA, OTHER_SHOP))
        .send({channel: 'slack'});
      expect(otherTest.body).toEqual({ok: false, error: 'No Slack channel is set for the shop'});
    });

    it('when a case opens, then the Slack channel gets one message naming the problem and linking the case, beside the email', async () => {
      const before = mailbox.messages.length;
      const opened = await newCase();
      const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(OMAR));
      const headline = page.body.case.headline as string;
      const posts = postsFor(opened.id);
      expect(posts).toHaveLength(1);
      expect(posts[0]?.body.text).toContain(headline.replace(/&/g, '&amp;'));
      expect(posts[0]?.body.text).toContain(
        `<https://admin.shopify.com/store/fabulous-furs/apps/${t.heed.config.apiKey}/inbox/${opened.id}|Open the case>`,
      );
      expect(mailbox.messages.length).toBe(before + 1);
      expect(page.body.notifications).toEqual(
        expect.arrayContaining([
          expect.objectContaining({channel: 'email', to: 'Omar Haddad', status: 'sent'}),
          expect.objectContaining({channel: 'slack', to: 'the Slack channel', status: 'sent'}),
        ]),
      );
      await sweep();
      expect(postsFor(opened.id)).toHaveLength(1);
    });

    it('when email is set not to announce new cases, then a new case writes no email, only the Slack message', async () => {
      await settings({email: {changes: ['escalated']}, slack: {changes: ['opened']}});
      const before = mailbox.messages.length;
      const opened = await newCase();
      const rows = await t.heed.storage.outbox.forCase(SHOP, opened.id);
      expect(rows.map((r) => r.channel)).toEqual(['slack']);
      expect(mailbox.messages.length).toBe(before);
      expect(postsFor(opened.id)).toHaveLength(1);
      await settings({email: {changes: ALL_CHANGES}, slack: {changes: ['opened', 'escalated']}});
    });

    it('when Slack is down, then its message is retried with backoff and posted once when it is back', async () => {
      slack.answer(503, 'service_unavailable');
      const opened = await newCase();
      const slackRow = async () => {
        const row = (await t.heed.storage.outbox.forCase(SHOP, opened.id)).find(
          (r) => r.channel === 'slack',
        );
        if (!row) throw new Error('no Slack notification');
        return row;
      };
      expect(await slackRow()).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'Slack answered 503: service_unavailable',
      });
      clock += retryDelayMs(1);
      await sweep();
      expect((await slackRow()).attempts).toBe(2);
      expect(postsFor(opened.id)).toHaveLength(0);

      slack.answer(200, 'ok');
      clock += retryDelayMs(2);
      await sweep();
      await sweep();
      expect(await slackRow()).toMatchObject({status: 'sent', attempts: 3});
      expect(postsFor(opened.id)).toHaveLength(1);
    });

    it('when Slack refuses the webhook for good, then the case page says so at once, and a retry posts it', async () => {
      slack.answer(410, 'channel_is_archived');
      const opened = await newCase();
      const page = await t.http.get(`/api/cases/${opened.id}`).set('Authorization', await as(OMAR));
      const failed = (page.body.notifications as Array<Record<string, unknown>>).find(
        (n) => n.channel === 'slack',
      );
      expect(failed).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: 'Slack answered 410: channel_is_archived',
      });
      slack.answer(200, 'ok');
      const retried = await t.http
        .post(`/api/cases/${opened.id}/notifications/${String(failed?.id)}/retry`)
        .set('Authorization', await as(OMAR))
        .send({});
      expect(retried.status).toBe(200);
      await t.heed.drainJourneys();
      expect(postsFor(opened.id)).toHaveLength(1);
    });

    it('when a case is resolved before its notifications go out, then they are cancelled, not sent', async () => {
      slack.answer(503, 'service_unavailable');
      await t.http
        .put('/api/settings/mail')
        .set('Authorization', await as(ANNA))
        .send({
          host: '127.0.0.1',
          port: await closedPort(),
          secure: false,
          username: USERNAME,
          fromAddress: USERNAME,
        });
      const opened = await newCase();
      const resolved = await t.http
        .post(`/api/cases/${opened.id}/resolve`)
        .set('Authorization', await as(OMAR))
        .send({outcome: 'not_interested'});
      expect(resolved.status).toBe(200);
      slack.answer(200, 'ok');
      await t.http
        .put('/api/settings/mail')
        .set('Authorization', await as(ANNA))
        .send({
          host: '127.0.0.1',
          port: mailbox.port,
          secure: false,
          username: USERNAME,
          fromAddress: USERNAME,
        });
      const before = mailbox.messages.length;
      clock += retryDelayMs(1);
      await sweep();
      const rows = await t.heed.storage.outbox.forCase(SHOP, opened.id);
      const settled = rows.map((r) => [r.channel, r.status, r.lastError]).sort();
      expect(settled).toEqual([
        ['email', 'cancelled', 'The case was resolved before it was sent'],
        ['slack', 'cancelled', 'The case was resolved before it was sent'],
      ]);
      expect(postsFor(opened.id)).toHaveLength(0);
      expect(mailbox.messages.length).toBe(before);
    });

    describe('the shop’s hours', () => {
      it('when nothing was saved, then the shop answers at every hour, in its own zone', async () => {
        const response = await t.http
          .get('/api/settings/hours')
          .set('Authorization', await as(OMAR));
        expect(response.body).toEqual({workingHours: null, timeZone: 'America/Toronto'});
      });

      it.each([
        ['an end before the start', [{day: 1, start: '17:00', end: '09:00'}]],
        [
          'overlapping times',
          [
            {day: 1, start: '09:00', end: '13:00'},
            {day: 1, start: '12:00', end: '17:00'},
          ],
        ],
        ['a day out of the week', [{day: 7, start: '09:00', end: '17:00'}]],
        ['a time that is no time', [{day: 1, start: '9am', end: '17:00'}]],
      ])('when a lead saves %s, then it is refused', async (_what, workingHours) => {
        const response = await t.http
          .put('/api/settings/hours')
          .set('Authorization', await as(ANNA))
          .send({workingHours});
        expect(response.status).toBe(422);
      });

      it('when an agent saves hours, then it is refused', async () => {
        const response = await t.http
          .put('/api/settings/hours')
          .set('Authorization', await as(OMAR))
          .send({workingHours: null});
        expect(response.status).toBe(403);
      });

      it('when the shop is closed as a case opens, then its first contact is due in the shop’s next working time', async () => {
        // One hour on the day after tomorrow: whenever the test runs, the shop is closed now.
        const later = (new Date(clock).getUTCDay() + 2) % 7;
        const workingHours = [{day: later, start: '09:00', end: '10:00'}];
        const saved = await t.http
          .put('/api/settings/hours')
          .set('Authorization', await as(ANNA))
          .send({workingHours});
        expect(saved.body).toEqual({workingHours, timeZone: 'America/Toronto'});

        const opened = await newCase();
        const rule = (await t.heed.storage.rules.list(SHOP)).find((r) => r.id === opened.ruleId);
        const minutes = rule?.contactWithinMinutes ?? 0;
        expect(minutes).toBeGreaterThan(0);
        expect(opened.dueAt).toBe(
          addWorkingMinutes(opened.openedAt, minutes, workingHours, 'America/Toronto'),
        );
        expect(opened.dueAt).toBeGreaterThan(opened.openedAt + 24 * 3_600_000);

        const other = await t.http
          .get('/api/settings/hours')
          .set('Authorization', await as(ANNA, OTHER_SHOP));
        expect(other.body.workingHours).toBeNull();
        await t.http
          .put('/api/settings/hours')
          .set('Authorization', await as(ANNA))
          .send({workingHours: null});
      });
    });
  },
);
