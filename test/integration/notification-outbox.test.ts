import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../web/server/config';
import {openStorage, type Storage} from '../../web/server/storage';
import {createShopMail, type ShopMail} from '../../web/server/mail/shop-mail';
import {sealMailPassword} from '../../web/server/mail/mail-password';
import {
  createNotificationWorker,
  type StaffMailer,
} from '../../web/server/followup/notification-worker';
import {notificationsOf} from '../../web/server/followup/notify-recipients';
import type {FollowupCase, StaffMember} from '../../web/server/followup/types';
import {batteryEngines, isolatedTarget, type IsolatedTarget} from '../support/databases';
import {captureLogger} from '../support/capture-logger';
import {startMailbox, type Mailbox} from '../support/smtp-mailbox';
import {followupCase, HOUR, MINUTE, SHOP, staffMember} from '../unit/followup/fixtures';

const USERNAME = 'shop@furs.example';
const PASSWORD = 'Winter-Coats-2026!';
const LEASE_MS = 2 * MINUTE;
const API_KEY = 'api-key-test';
/** Monday 2026-07-06, 10:00 UTC: within Omar's hours. */
const MONDAY_10 = Date.parse('2026-07-06T10:00:00Z');

/**
 * The outbox as two Heed instances share it: two storages opened on one database (one SQLite
 * file, or one PostgreSQL schema), each with its own mailer and worker, and a real SMTP server
 * that counts what it receives.
 */
describe.each(batteryEngines())('the notification outbox on %s', (engine) => {
  let isolated: IsolatedTarget;
  let one: Storage;
  let two: Storage;
  let mailOne: ShopMail;
  let mailTwo: ShopMail;
  let mailbox: Mailbox;
  let clock = MONDAY_10;
  const omar: StaffMember = staffMember({
    userId: '2',
    name: 'Omar Haddad',
    email: 'omar@furs.example',
    timeZone: 'UTC',
    workingHours: [1, 2, 3, 4, 5].map((day) => ({day, start: '09:00', end: '17:00'})),
  });
  let serial = 0;

  function worker(storage: Storage, mailer: StaffMailer, owner: string) {
    return createNotificationWorker({
      storage,
      mailer,
      slack: {send: () => Promise.reject(new Error('no Slack in this test'))},
      logger: captureLogger().logger,
      now: () => clock,
      owner,
      apiKey: API_KEY,
      leaseMs: LEASE_MS,
    });
  }

  /** A new case assigned to Omar, and its notification written to the outbox. */
  async function caseWithNotification(): Promise<FollowupCase> {
    serial += 1;
    const followup = followupCase({
      id: `case-${engine}-${serial}`,
      shopperKey: `customer:${serial}`,
      assigneeId: omar.userId,
    });
    await one.transaction(async (tx) => {
      await tx.cases.insert(followup);
      await tx.outbox.add(notificationsOf(followup, 'opened', [omar], clock));
    });
    return followup;
  }

  const mailsFor = (caseId: string) =>
    mailbox.messages.filter((m) => m.text.includes(`/inbox/${caseId}`));
  const rowOf = async (caseId: string) => {
    const [row] = await one.outbox.forCase(SHOP, caseId);
    if (!row) throw new Error(`no notification for ${caseId}`);
    return row;
  };

  beforeAll(async () => {
    const config = loadConfig('test', {});
    isolated = isolatedTarget(engine);
    one = await openStorage(isolated.target);
    two = await openStorage(isolated.target);
    const logger = captureLogger().logger;
    mailOne = createShopMail({storage: one, logger, secretKeys: config.secretKeys});
    mailTwo = createShopMail({storage: two, logger, secretKeys: config.secretKeys});
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    await one.mailSettings.save({
      shop: SHOP,
      host: '127.0.0.1',
      port: mailbox.port,
      secure: false,
      username: USERNAME,
      passwordSealed: sealMailPassword(mailOne.secrets, SHOP, PASSWORD),
      fromAddress: 'Furs <shop@furs.example>',
      updatedAt: clock,
    });
    await one.staff.save(omar);
  });
  afterAll(async () => {
    await mailbox.close();
    await one.close();
    await two.close();
    await isolated.dispose();
  });

  it('when the same change is written twice, then the outbox keeps one notification', async () => {
    const followup = await caseWithNotification();
    const again = await two.outbox.add(notificationsOf(followup, 'opened', [omar], clock));
    expect(again).toBe(0);
    expect(await one.outbox.forCase(SHOP, followup.id)).toHaveLength(1);
    await worker(one, mailOne.mailer, 'instance-1').drain();
  });

  it('when two instances drain the outbox at once, then the mailbox receives each message exactly once', async () => {
    const cases = await Promise.all(Array.from({length: 12}, () => caseWithNotification()));
    const workers = [
      worker(one, mailOne.mailer, 'instance-1'),
      worker(two, mailTwo.mailer, 'instance-2'),
      worker(one, mailOne.mailer, 'instance-1b'),
      worker(two, mailTwo.mailer, 'instance-2b'),
    ];
    await Promise.all(workers.map((w) => w.drain()));
    for (const followup of cases) {
      expect(mailsFor(followup.id)).toHaveLength(1);
      expect(await rowOf(followup.id)).toMatchObject({status: 'sent', attempts: 1});
    }
    expect(mailsFor(cases[0]?.id ?? '')[0]).toMatchObject({to: ['omar@furs.example']});
    await Promise.all(workers.map((w) => w.drain()));
    expect(cases.map((c) => mailsFor(c.id).length)).toEqual(cases.map(() => 1));
  });

  it('when a worker died after claiming and before sending, then another sends once its lease expired', async () => {
    const followup = await caseWithNotification();
    const claimed = await one.outbox.claimDue('dead-instance', clock, LEASE_MS, 100);
    expect(claimed.map((n) => n.caseId)).toEqual([followup.id]);

    const alive = worker(two, mailTwo.mailer, 'instance-2');
    await alive.drain();
    expect(mailsFor(followup.id)).toHaveLength(0);

    clock += LEASE_MS;
    await alive.drain();
    expect(mailsFor(followup.id)).toHaveLength(1);
    expect(await rowOf(followup.id)).toMatchObject({status: 'sent', attempts: 2});
  });

  it('when a worker died after the server took the message and before marking it sent, then it is sent once more, and never again', async () => {
    const followup = await caseWithNotification();
    // Sends for real, then never comes back: the process died before it could mark the row.
    const dying: StaffMailer = {
      send: async (shop, message) => {
        await mailOne.mailer.send(shop, message);
        return new Promise(() => undefined);
      },
    };
    void worker(one, dying, 'dying-instance').drain();
    await until(() => mailsFor(followup.id).length === 1);

    const alive = worker(two, mailTwo.mailer, 'instance-2');
    await alive.drain();
    expect(mailsFor(followup.id)).toHaveLength(1);

    clock += LEASE_MS;
    await alive.drain();
    await alive.drain();
    expect(mailsFor(followup.id)).toHaveLength(2);
    expect(await rowOf(followup.id)).toMatchObject({status: 'sent', attempts: 2});
  });

  it('when the assignee mutes email outside their hours, then the email waits for their morning and goes then', async () => {
    await one.staff.save({...omar, muteOutsideHours: true});
    clock = Date.parse('2026-07-06T19:30:00Z');
    const followup = await caseWithNotification();
    const instance = worker(one, mailOne.mailer, 'instance-1');
    await instance.drain();
    expect(mailsFor(followup.id)).toHaveLength(0);
    expect(await rowOf(followup.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: Date.parse('2026-07-07T09:00:00Z'),
    });

    clock = Date.parse('2026-07-07T09:00:00Z');
    await instance.drain();
    expect(mailsFor(followup.id)).toHaveLength(1);
    expect(await rowOf(followup.id)).toMatchObject({status: 'sent', attempts: 1});
    await one.staff.save(omar);
  });

  it('when the shop is erased, then its notifications go with its cases', async () => {
    await caseWithNotification();
    await one.cases.deleteShop(SHOP);
    expect(await one.db('notification_outbox').where({shop: SHOP})).toEqual([]);
    clock += HOUR;
  });
});

async function until(done: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
