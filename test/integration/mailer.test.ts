import express from 'express';
import request from 'supertest';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStorage, type Storage} from '../../web/server/storage';
import {createShopMail, type ShopMail} from '../../web/server/mail/shop-mail';
import {sealMailPassword} from '../../web/server/mail/mail-password';
import {createMailSettingsRoute} from '../../web/server/mail/settings-route';
import {createSecretBox} from '../../web/server/crypto/secret-box';
import {errorHandler} from '../../web/server/http/error-handler';
import {requestContext} from '../../web/server/http/request-context';
import {isolatedTarget, type IsolatedTarget} from '../support/databases';
import {captureLogger} from '../support/capture-logger';
import {closedPort, startMailbox, startSilentServer, type Mailbox} from '../support/smtp-mailbox';

const SHOP = 'fabulous-furs.myshopify.com';
const USERNAME = 'notifications';
const PASSWORD = 'Heed-Sends-Mail-42';
const KEY = Buffer.alloc(32, 7);

describe('mailer against a real SMTP server', () => {
  let isolated: IsolatedTarget;
  let storage: Storage;
  let mailbox: Mailbox;
  let mail: ShopMail;
  const captured = captureLogger();

  async function saveSettings(change: {port?: number; password?: string | null} = {}) {
    const password = change.password === undefined ? PASSWORD : change.password;
    await storage.mailSettings.save({
      shop: SHOP,
      host: '127.0.0.1',
      port: change.port ?? mailbox.port,
      secure: false,
      username: USERNAME,
      passwordSealed: password === null ? null : sealMailPassword(mail.secrets, SHOP, password),
      fromAddress: 'Fabulous Furs <shop@fabulous-furs.example>',
      updatedAt: 1_000,
    });
  }

  beforeAll(async () => {
    isolated = isolatedTarget('sqlite');
    storage = await openStorage(isolated.target);
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    mail = createShopMail({
      storage,
      logger: captured.logger,
      secretKeys: [KEY],
      timeoutsMs: {connection: 500, greeting: 300, socket: 1_000},
    });
  });
  afterAll(async () => {
    await mailbox.close();
    await storage.close();
    await isolated.dispose();
  });

  it('when a shop has no settings, then the send is refused as not retryable, without a connection', async () => {
    const result = await mail.mailer.send(SHOP, {to: 'a@example.com', subject: 's', text: 't'});
    expect(result).toEqual({
      ok: false,
      error: 'No email settings are saved for this shop',
      retryable: false,
      code: 'NO_MAIL_SETTINGS',
    });
    expect(mailbox.logins).toEqual([]);
  });

  it('when a message is sent, then it arrives with its recipient, subject, body and reply-to, and the result has the message id', async () => {
    await saveSettings();
    const result = await mail.mailer.send(SHOP, {
      to: 'anna@fabulous-furs.example',
      subject: 'New urgent case: the promised 20% did not apply',
      text: 'Dana Whitfield’s code WINTER20 was refused.\nOpen the case: https://admin.shopify.com/x',
      replyTo: 'support@fabulous-furs.example',
    });
    expect(result).toMatchObject({ok: true, response: expect.stringMatching(/^250 /)});
    const received = mailbox.messages.at(-1);
    expect(received).toMatchObject({
      to: ['anna@fabulous-furs.example'],
      subject: 'New urgent case: the promised 20% did not apply',
    });
    expect(received?.headers['reply-to']).toBe('support@fabulous-furs.example');
    expect(received?.text).toBe(
      'Dana Whitfield’s code WINTER20 was refused.\nOpen the case: https://admin.shopify.com/x',
    );
    if (!result.ok) throw new Error('not sent');
    expect(received?.headers['message-id']).toBe(result.messageId);
  });

  it('when the server is down, then the failure is retryable; when the login is refused, it is not', async () => {
    await saveSettings({port: await closedPort()});
    const down = await mail.mailer.send(SHOP, {to: 'a@example.com', subject: 's', text: 't'});
    expect(down).toMatchObject({ok: false, retryable: true, code: 'ECONNREFUSED'});

    await saveSettings({password: 'not-the-password'});
    const refused = await mail.mailer.send(SHOP, {to: 'a@example.com', subject: 's', text: 't'});
    expect(refused).toMatchObject({ok: false, retryable: false, code: 'EAUTH'});
    if (refused.ok) throw new Error('sent');
    expect(refused.error).toContain('535 5.7.8 Authentication failed');
  });

  it('when the server accepts the connection but never greets, then the send gives up after the greeting timeout', async () => {
    const silent = await startSilentServer();
    try {
      await saveSettings({port: silent.port});
      const started = performance.now();
      const result = await mail.mailer.send(SHOP, {to: 'a@example.com', subject: 's', text: 't'});
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(result).toMatchObject({
        ok: false,
        retryable: true,
        code: 'ETIMEDOUT',
        error: `127.0.0.1:${silent.port} connected but did not greet in time`,
      });
    } finally {
      await silent.close();
    }
  });

  it('when the server asks for a login and no password is saved, then the send says so', async () => {
    await saveSettings({password: null});
    const result = await mail.mailer.send(SHOP, {to: 'a@example.com', subject: 's', text: 't'});
    expect(result).toMatchObject({ok: false, retryable: false});
    if (result.ok) throw new Error('sent');
    expect(result.error).toMatch(/^127\.0\.0\.1:\d+ refused the message: 530 /);
  });

  it('when the key that sealed the password is gone, then the send asks to save it again', async () => {
    await saveSettings();
    const rotatedAway = createShopMail({
      storage,
      logger: captured.logger,
      secretKeys: [Buffer.alloc(32, 8)],
    });
    const result = await rotatedAway.mailer.send(SHOP, {
      to: 'a@example.com',
      subject: 's',
      text: 't',
    });
    expect(result).toMatchObject({ok: false, code: 'PASSWORD_UNREADABLE', retryable: false});
  });

  it('when sends succeeded and failed, then no log line holds a password or a recipient', () => {
    const logs = captured.text();
    expect(logs).toContain('email sent');
    expect(logs).toContain('email not sent');
    for (const secret of [PASSWORD, 'not-the-password', 'anna@fabulous-furs.example']) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('mail settings route guard', () => {
  let isolated: IsolatedTarget;
  let storage: Storage;
  beforeAll(async () => {
    isolated = isolatedTarget('sqlite');
    storage = await openStorage(isolated.target);
  });
  afterAll(async () => {
    await storage.close();
    await isolated.dispose();
  });

  /** The route as the app mounts it, behind a stand-in for the session middleware. */
  function appWith(canManage: () => boolean, secretKeys = [KEY]) {
    const {logger} = captureLogger();
    const shopMail = createShopMail({storage, logger, secretKeys});
    const app = express();
    app.use(requestContext(logger));
    app.use(express.json());
    app.use((_req, res, next) => {
      res.locals.shopify = {session: {shop: SHOP}};
      next();
    });
    app.use('/mail', createMailSettingsRoute({storage, now: () => 5_000, canManage, ...shopMail}));
    app.use(errorHandler(logger));
    return request(app);
  }

  const body = {
    host: 'smtp.example.com',
    port: 587,
    secure: false,
    username: 'u',
    password: 'p-word',
    fromAddress: 'shop@example.com',
  };

  it.each([
    ['save the settings', (http: ReturnType<typeof appWith>) => http.put('/mail').send(body)],
    [
      'send a test',
      (http: ReturnType<typeof appWith>) => http.post('/mail/test').send({to: 'a@example.com'}),
    ],
  ])('when the guard refuses, then a staff member cannot %s (403)', async (_what, call) => {
    const res = await call(appWith(() => false));
    expect(res.status).toBe(403);
    expect(await storage.mailSettings.get(SHOP)).toBeUndefined();
  });

  it('when the guard refuses, then the settings can still be read', async () => {
    const res = await appWith(() => false).get('/mail');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({mail: null});
  });

  it('when the guard allows, then the settings are saved', async () => {
    const res = await appWith(() => true)
      .put('/mail')
      .send(body);
    expect(res.status).toBe(200);
    expect(res.body.mail).toMatchObject({
      host: 'smtp.example.com',
      passwordSet: true,
      updatedAt: 5_000,
    });
  });

  it('when a password sealed under a key being rotated out is kept on save, then it is sealed again under the current key', async () => {
    const oldKey = Buffer.alloc(32, 3);
    const old = createSecretBox([oldKey]);
    const current = createSecretBox([KEY, oldKey]);
    await storage.mailSettings.save({
      ...body,
      shop: SHOP,
      passwordSealed: sealMailPassword(old, SHOP, 'kept-password'),
      updatedAt: 1,
    });
    const {password: _omitted, ...withoutPassword} = body;
    const res = await appWith(() => true, [KEY, oldKey])
      .put('/mail')
      .send(withoutPassword);
    expect(res.status).toBe(200);
    const sealed = (await storage.mailSettings.get(SHOP))?.passwordSealed ?? '';
    expect(current.isStale(sealed)).toBe(false);
    expect(createSecretBox([KEY]).open(sealed, `mail_settings:${SHOP}:password`)).toEqual({
      ok: true,
      value: 'kept-password',
    });
  });
});
