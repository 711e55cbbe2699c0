import type http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {closedPort, startMailbox, subjectOf, type Mailbox} from '../support/smtp-mailbox';
import {startSlackHook, type SlackHook} from '../support/slack-hook';
import {openLive} from '../support/live-stream';
import {ANNA, OMAR, shopperEvents, staffAuth} from '../support/followup-shoppers';
import {retryDelayMs} from '../../web/server/followup/notify-schedule';

const SHOP = 'fabulous-furs.myshopify.com';
const OMAR_EMAIL = 'omar@fabulous-furs.example';
const ANNA_EMAIL = 'anna@fabulous-furs.example';
const USERNAME = 'shop@fabulous-furs.example';
const PASSWORD = 'Winter-Coats-2026!';
const SHOPPERS = 6;

/**
 * Two Heed instances on one database (one SQLite file, or one PostgreSQL schema), as a scaled-out
 * deployment runs: cases come in through the first while the shop's SMTP server and Slack are
 * down; once they are back, both instances drain the outbox at once, and each server receives each
 * message once. Then every first contact goes overdue, both instances sweep for escalations at
 * once, and each case escalates once, to the lead, once per channel.
 */
describe.each(batteryEngines())('staff notifications across two instances, on %s', (engine) => {
  let first: TestHeed;
  let second: TestHeed;
  let key: string;
  let mailbox: Mailbox;
  let slack: SlackHook;
  let clock = Date.now();
  const as = (sub: string) => staffAuth(first, SHOP, sub);

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

  const sweepOf = (t: TestHeed, name: string) => {
    const found = t.heed.sweeps.find((s) => s.name === name);
    if (!found) throw new Error(`no ${name} sweep`);
    return () => found.run();
  };
  const mailsFor = (caseId: string) =>
    mailbox.messages.filter((m) => m.text.includes(`/inbox/${caseId}`));
  const postsFor = (caseId: string) =>
    slack.posts.filter((p) => String(p.body.text).includes(`/inbox/${caseId}`));

  beforeAll(async () => {
    first = await startTestHeed({engine, now: () => clock});
    second = await startTestHeed({engine, now: () => clock, sharedWith: first});
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    slack = await startSlackHook();
    await first.install(SHOP);
    key = await first.ingestKey(SHOP);
    for (const sub of [ANNA, OMAR]) {
      const me = await first.http.get('/api/staff/me').set('Authorization', await as(sub));
      expect(me.status).toBe(200);
    }
    const named = await first.http
      .put(`/api/staff/${ANNA}`)
      .set('Authorization', await as(ANNA))
      .send({email: ANNA_EMAIL});
    expect(named.status).toBe(200);
    const channels = await first.http
      .put('/api/settings/notifications')
      .set('Authorization', await as(ANNA))
      .send({
        email: {changes: ['opened', 'escalated']},
        slack: {changes: ['opened', 'escalated'], webhookUrl: slack.url},
      });
    expect(channels.status).toBe(200);
  });
  afterAll(async () => {
    await slack.close();
    await mailbox.close();
    await second.close();
    await first.close();
  });

  it('when the SMTP server and Slack were down while cases opened, then once they are back the two instances send each message exactly once', async () => {
    await mailSettings(await closedPort());
    slack.answer(503, 'service_unavailable');
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
    expect(slack.posts).toHaveLength(0);

    await mailSettings(mailbox.port);
    slack.answer(200, 'ok');
    clock += retryDelayMs(1);
    const [one, two] = [
      sweepOf(first, 'staff notifications'),
      sweepOf(second, 'staff notifications'),
    ];
    await Promise.all([one(), two(), one(), two()]);
    await Promise.all([one(), two()]);

    for (const followup of cases) {
      expect(mailsFor(followup.id).map((m) => m.to)).toEqual([[OMAR_EMAIL]]);
      expect(postsFor(followup.id)).toHaveLength(1);
      const rows = await first.heed.storage.outbox.forCase(SHOP, followup.id);
      expect(rows.map((r) => [r.channel, r.status, r.attempts]).sort()).toEqual([
        ['email', 'sent', 2],
        ['slack', 'sent', 2],
      ]);
    }
    expect(mailbox.messages).toHaveLength(SHOPPERS);
    expect(slack.posts).toHaveLength(SHOPPERS);
  });

  it('when every first contact goes overdue, then both instances sweeping at once escalate each case once, and the lead hears once per channel', async () => {
    const cases = await first.heed.storage.cases.list(SHOP, {view: 'open', limit: 100});
    const latest = Math.max(...cases.map((c) => c.dueAt));
    clock = latest + 1;
    const mailsBefore = mailbox.messages.length;
    const postsBefore = slack.posts.length;
    const [one, two] = [sweepOf(first, 'case escalation'), sweepOf(second, 'case escalation')];
    // On one SQLite file the two instances' writers can meet a busy lock: the case that lost
    // is escalated by a later sweep, never twice.
    let escalated = 0;
    for (let round = 0; round < 3 && escalated < SHOPPERS; round++) {
      const runs = (await Promise.all([one(), two(), one(), two()])) as number[];
      escalated += runs.reduce((sum, n) => sum + n, 0);
    }
    expect(escalated).toBe(SHOPPERS);
    await first.heed.drainJourneys();
    await second.heed.drainJourneys();
    const [send1, send2] = [
      sweepOf(first, 'staff notifications'),
      sweepOf(second, 'staff notifications'),
    ];
    await Promise.all([send1(), send2()]);

    for (const followup of cases) {
      const events = await first.heed.storage.caseEvents.forCase(SHOP, followup.id);
      expect(events.filter((e) => e.kind === 'escalated')).toHaveLength(1);
      const overdue = mailsFor(followup.id).filter((m) => m.to.includes(ANNA_EMAIL));
      expect(overdue).toHaveLength(1);
      expect(subjectOf(overdue[0]?.subject)).toMatch(/^Case overdue/);
      expect(
        postsFor(followup.id).filter((p) => String(p.body.text).includes('overdue')),
      ).toHaveLength(1);
    }
    expect(mailbox.messages.length - mailsBefore).toBe(SHOPPERS);
    expect(slack.posts.length - postsBefore).toBe(SHOPPERS);
    expect(await Promise.all([one(), two()])).toEqual([0, 0]);
  });

  // Live updates cross instances through PostgreSQL's LISTEN/NOTIFY; SQLite runs one instance.
  // Defined only where it applies, so no run reports it as skipped.
  if (engine === 'postgres')
    it('when a case opens through the first instance, then an admin stream on the second hears it', async () => {
      const server: http.Server = second.heed.app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const port = (server.address() as AddressInfo).port;
      const token = await second.sessionToken(SHOP, {sub: OMAR});
      const live = await openLive(port, token);
      try {
        const events = shopperEvents('code-rejected', 'gid://shopify/Customer/7599', 'tok-live');
        const response = await first.http
          .post('/api/pixel/events')
          .set('Content-Type', 'text/plain')
          .send(JSON.stringify({shop: SHOP, key, events}));
        expect(response.status).toBe(200);
        await first.heed.drainJourneys();
        const opened = (await first.heed.storage.cases.list(SHOP, {view: 'open', limit: 100})).find(
          (c) => c.customerId === 'gid://shopify/Customer/7599',
        );
        expect(opened).toBeDefined();
        await expect
          .poll(() => live.events.some((e) => e.event === 'case' && e.data.id === opened?.id), {
            timeout: 5_000,
          })
          .toBe(true);
      } finally {
        live.close();
        await new Promise((resolve) => server.close(resolve));
      }
    });
});
