import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startTestHeed, type TestHeed} from '../support/test-heed';
import {batteryEngines} from '../support/databases';
import {findInDatabase} from '../support/scan-database';
import {closedPort, startMailbox, type Mailbox} from '../support/smtp-mailbox';

const SHOP = 'fabulous-furs.myshopify.com';
const OTHER = 'other-store.myshopify.com';
const PATH = '/api/settings/mail';
const USERNAME = 'shop@fabulous-furs.example';
const PASSWORD = 'Winter-Coats-2026!';
const WRONG_PASSWORD = 'Summer-Hats-1999?';
const TO = 'dana.whitfield@example.com';

describe.each(batteryEngines())('mail settings over HTTP, on %s', (engine) => {
  let t: TestHeed;
  let mailbox: Mailbox;
  let auth: string;
  let otherAuth: string;
  const settings = () => ({
    host: '127.0.0.1',
    port: mailbox.port,
    secure: false,
    username: USERNAME,
    fromAddress: 'Fabulous Furs <shop@fabulous-furs.example>',
  });

  beforeAll(async () => {
    t = await startTestHeed({engine});
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    await t.install(SHOP);
    await t.install(OTHER);
    auth = `Bearer ${await t.sessionToken(SHOP)}`;
    otherAuth = `Bearer ${await t.sessionToken(OTHER)}`;
  });
  afterAll(async () => {
    await mailbox.close();
    await t.close();
  });

  const put = (body: object, as = auth) => t.http.put(PATH).set('Authorization', as).send(body);
  const sendTest = (body: object = {to: TO}, as = auth) =>
    t.http.post(`${PATH}/test`).set('Authorization', as).send(body);

  it('when nothing was saved, then there are no settings and a test says so', async () => {
    const res = await t.http.get(PATH).set('Authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({mail: null});
    const test = await sendTest();
    expect(test.body).toEqual({ok: false, error: 'No email settings are saved for this shop'});
  });

  it('when settings are saved with a password, then the password is never sent back and is stored only sealed', async () => {
    const res = await put({...settings(), password: PASSWORD});
    expect(res.status).toBe(200);
    expect(res.body.mail).toEqual({
      ...settings(),
      passwordSet: true,
      updatedAt: expect.any(Number),
    });
    expect(JSON.stringify(res.body)).not.toContain(PASSWORD);
    const read = await t.http.get(PATH).set('Authorization', auth);
    expect(read.body).toEqual(res.body);

    expect(await findInDatabase(t.heed.storage, [PASSWORD])).toEqual([]);
    const row = await t.heed.storage.db('mail_settings').where({shop: SHOP}).first();
    expect(row.password_sealed).toMatch(/^v1\./);
  });

  it('when a test is sent, then the SMTP server receives it and the answer is the server’s own', async () => {
    const res = await sendTest();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ok: true,
      response: expect.stringMatching(/^250 .*Queued as test-1/),
    });
    const received = mailbox.messages.at(-1);
    expect(received).toMatchObject({
      from: 'shop@fabulous-furs.example',
      to: [TO],
      subject: 'Test email from Heed',
    });
    expect(received?.text).toContain(`This is a test from Heed for ${SHOP}.`);
    expect(mailbox.logins.at(-1)).toEqual({username: USERNAME, accepted: true});
  });

  it('when settings are saved again without a password, then the saved password is kept', async () => {
    const res = await put({...settings(), fromAddress: 'shop@fabulous-furs.example'});
    expect(res.body.mail).toMatchObject({
      passwordSet: true,
      fromAddress: 'shop@fabulous-furs.example',
    });
    const test = await sendTest();
    expect(test.body.ok).toBe(true);
    expect(mailbox.logins.at(-1)).toEqual({username: USERNAME, accepted: true});
  });

  it('when the password is wrong, then the server’s 535 refusal is reported and nothing arrives', async () => {
    await put({...settings(), password: WRONG_PASSWORD});
    const before = mailbox.messages.length;
    const res = await sendTest();
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.error).toMatch(/refused the login: 535 5\.7\.8 Authentication failed/);
    expect(res.body.error).not.toContain(WRONG_PASSWORD);
    expect(mailbox.logins.at(-1)).toEqual({username: USERNAME, accepted: false});
    expect(mailbox.messages).toHaveLength(before);
  });

  it('when the SMTP server is down, then the test says the connection was refused', async () => {
    const port = await closedPort();
    await put({...settings(), port, password: PASSWORD});
    const res = await sendTest();
    expect(res.body).toEqual({
      ok: false,
      error: `127.0.0.1:${port} refused the connection: check the host and port, and that the server runs`,
    });
  });

  it('when passwords were sent and refused, then no log line holds one', () => {
    expect(t.logs()).toContain('email not sent');
    expect(t.logs()).not.toContain(PASSWORD);
    expect(t.logs()).not.toContain(WRONG_PASSWORD);
    expect(t.logs()).not.toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('when another shop reads or saves its settings, then it sees nothing of this shop and changes nothing of it', async () => {
    const read = await t.http.get(PATH).set('Authorization', otherAuth);
    expect(read.body).toEqual({mail: null});
    const theirs = await put({...settings(), host: 'smtp.other.example'}, otherAuth);
    expect(theirs.body.mail).toMatchObject({host: 'smtp.other.example', passwordSet: false});
    const ours = await t.http.get(PATH).set('Authorization', auth);
    expect(ours.body.mail).toMatchObject({host: '127.0.0.1', passwordSet: true});
  });

  it('when the request has no session token, then it is refused', async () => {
    expect((await t.http.get(PATH)).status).toBe(401);
    expect((await t.http.put(PATH).send(settings())).status).toBe(401);
  });

  it.each([
    ['a host with a scheme', {host: 'smtp://mail.example.com'}, 'host'],
    ['a host with a port', {host: 'mail.example.com:587'}, 'host'],
    ['an empty host', {host: ''}, 'host'],
    ['port 0', {port: 0}, 'port'],
    ['a port past 65535', {port: 70_000}, 'port'],
    ['a port as text', {port: '587'}, 'port'],
    ['secure as text', {secure: 'yes'}, 'secure'],
    ['no username', {username: undefined}, 'username'],
    ['a username over two lines', {username: 'a\r\nBcc: x@example.com'}, 'username'],
    ['an empty password', {password: ''}, 'password'],
    ['a password without a username', {username: '', password: PASSWORD}, 'username'],
    ['a sender that is not an address', {fromAddress: 'Fabulous Furs'}, 'fromAddress'],
    [
      'a sender over two lines',
      {fromAddress: 'a@example.com\r\nBcc: x@example.com'},
      'fromAddress',
    ],
  ])('when saved with %s, then 422 names the field', async (_what, change, path) => {
    const res = await put({...settings(), ...change});
    expect(res.status).toBe(422);
    expect(res.body.error.problems.map((p: {path: string}) => p.path)).toContain(path);
  });

  it.each([
    ['no recipient', {}],
    ['a recipient that is not an address', {to: 'dana'}],
  ])('when a test is asked with %s, then 422 names the field', async (_what, body) => {
    const res = await sendTest(body);
    expect(res.status).toBe(422);
    expect(res.body.error.problems).toEqual([{path: 'to', message: expect.any(String)}]);
  });
});
