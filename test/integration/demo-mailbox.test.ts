import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startDemo, type RunningDemo} from '../../web/server/demo';
import {DEMO_SLACK_HOOK_PATH} from '../../web/server/demo/mailbox-routes';
import {caseAdminLink} from '../../web/server/followup/staff-email';
import {startTestHeed, type TestHeed} from '../support/test-heed';

const ANNA_EMAIL = 'anna@fabulous-furs.example';

interface Received {
  id: number;
  channel: string;
  receivedAt: number;
  from: string | null;
  to: string[];
  subject: string | null;
  body: string;
  caseLink: {url: string; caseId: string} | null;
}

describe('the demo mailbox, over HTTP in demo mode', () => {
  let dataDir: string;
  let demo: RunningDemo;
  let token: string;

  const url = (pathname: string) => new URL(pathname, demo.url);
  async function listed(query = ''): Promise<Received[]> {
    const response = await fetch(url(`/demo/mailbox${query}`));
    expect(response.status).toBe(200);
    return ((await response.json()) as {messages: Received[]}).messages;
  }
  const asAnna = (pathname: string, init: RequestInit = {}) =>
    fetch(url(pathname), {
      ...init,
      headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
    });
  const postSlack = (body: string, contentType = 'application/json') =>
    fetch(url(DEMO_SLACK_HOOK_PATH), {
      method: 'POST',
      headers: {'Content-Type': contentType},
      body,
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'heed-demo-mailbox-'));
    demo = await startDemo({
      port: 0,
      sqlitePath: path.join(dataDir, 'demo.sqlite'),
      logLevel: 'silent',
      shoppers: false,
      exampleCases: false,
    });
    const issued = await fetch(url('/demo/session-token'));
    token = ((await issued.json()) as {token: string}).token;
  });
  afterAll(async () => {
    await demo?.close();
    rmSync(dataDir, {recursive: true, force: true});
  });

  it('when the demo starts, then the shop’s mail settings point at the demo’s own SMTP server on loopback', async () => {
    const response = await asAnna('/api/settings/mail');
    expect(response.status).toBe(200);
    expect(((await response.json()) as {mail: unknown}).mail).toMatchObject({
      host: '127.0.0.1',
      port: expect.any(Number),
      secure: false,
      username: '',
      passwordSet: false,
    });
  });

  it('when a lead sends the settings page’s test email, then the mailbox lists it as received by the SMTP server', async () => {
    const sent = await asAnna('/api/settings/mail/test', {
      method: 'POST',
      body: JSON.stringify({to: ANNA_EMAIL}),
    });
    expect(await sent.json()).toMatchObject({ok: true});

    const [latest] = await listed();
    expect(latest).toMatchObject({
      channel: 'email',
      from: 'Fabulous Furs <hello@fabulous-furs.example>',
      to: [ANNA_EMAIL],
      subject: 'Test email from Heed',
      body: expect.stringContaining('It arrived, so the email settings work'),
      caseLink: null,
    });
    expect(latest?.receivedAt).toBeGreaterThan(Date.now() - 60_000);
  });

  it('when Heed posts to the demo’s Slack webhook, then it answers as Slack does and the message is listed with the case it links', async () => {
    const link = caseAdminLink(demo.shop, demo.heed.config.apiKey, 'case-from-slack');
    const response = await postSlack(
      JSON.stringify({
        text: 'New case (urgent) at Fabulous Furs',
        blocks: [
          {
            type: 'section',
            text: {type: 'mrkdwn', text: '*New case* (urgent): a code was refused'},
          },
          {type: 'actions', elements: [{type: 'button', text: {text: 'Open the case'}, url: link}]},
        ],
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');

    const slack = await listed('?channel=slack');
    expect(slack).toEqual([
      expect.objectContaining({
        channel: 'slack',
        from: null,
        to: [],
        subject: null,
        body: '*New case* (urgent): a code was refused\nOpen the case',
        caseLink: {url: link, caseId: 'case-from-slack'},
      }),
    ]);
    expect((await listed('?channel=email')).map((m) => m.channel)).not.toContain('slack');
  });

  it('when several messages arrived, then the newest is listed first', async () => {
    await postSlack(JSON.stringify({text: 'first'}));
    await postSlack(JSON.stringify({text: 'second'}));
    const [newest, before] = await listed();
    expect([newest?.body, before?.body]).toEqual(['second', 'first']);
    expect((newest?.id ?? 0) > (before?.id ?? 0)).toBe(true);
  });

  it.each([
    ['a body that is not JSON', 'text=hello', 'invalid_payload'],
    ['a JSON array', '[]', 'invalid_payload'],
    ['text that is not a string', '{"text": 5}', 'invalid_payload'],
    ['blocks that are not blocks', '{"text": "hi", "blocks": "no"}', 'invalid_payload'],
    ['no text at all', '{}', 'no_text'],
    ['only blank text', '{"text": "  "}', 'no_text'],
  ])(
    'when the Slack webhook is posted %s, then it answers 400 %s and keeps nothing',
    async (_what, body, reason) => {
      const before = (await listed()).length;
      const response = await postSlack(body);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(reason);
      expect(await listed()).toHaveLength(before);
    },
  );

  it.each([
    ['a channel it does not know', '?channel=fax'],
    ['a parameter it does not take', '?limit=5'],
  ])(
    'when the mailbox is asked for %s, then it answers 422 naming the field',
    async (_what, query) => {
      const response = await fetch(url(`/demo/mailbox${query}`));
      expect(response.status).toBe(422);
      const body = (await response.json()) as {error: {code: string; problems: unknown[]}};
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.problems).toHaveLength(1);
    },
  );
});

describe('the demo mailbox outside demo mode', () => {
  let t: TestHeed;
  beforeAll(async () => {
    t = await startTestHeed();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['GET', '/demo/mailbox'],
    ['POST', DEMO_SLACK_HOOK_PATH],
  ])(
    'when %s %s is asked of an app not in demo mode, then there is no such route',
    async (method, route) => {
      const response =
        method === 'GET'
          ? await t.http.get(route)
          : await t.http.post(route).set('Content-Type', 'application/json').send('{"text":"hi"}');
      expect(response.status).toBe(404);
    },
  );
});
