import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startMailbox, type Mailbox} from '../support/smtp-mailbox';
import {startSlackHook, type SlackHook} from '../support/slack-hook';
import {
  assertFrontendBuilt,
  blockExternalNetwork,
  collectPageProblems,
  launchChromium,
  screenshot,
  skipBrowserTests,
  useDemoServer,
  type DemoServer,
} from './browser';

const STEP_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 90_000;
const USERNAME = 'shop@fabulous-furs.example';
const PASSWORD = 'Winter-Coats-2026!';
/** The demo's owner, as Shopify's staff directory names her. */
const ANNA_EMAIL = 'anna@fabulous-furs.example';

describe.skipIf(skipBrowserTests)('Settings → Notifications, against the demo shop', () => {
  let browser: Browser;
  const demoServer = useDemoServer('notifications', {shoppers: false, exampleCases: false});
  let demo: DemoServer;
  let mailbox: Mailbox;
  let slack: SlackHook;

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
    demo = demoServer();
    mailbox = await startMailbox({username: USERNAME, password: PASSWORD});
    slack = await startSlackHook();
  });

  afterAll(async () => {
    await slack?.close();
    await mailbox?.close();
    await browser?.close();
  });

  async function openSettings(): Promise<{page: Page; blocked: string[]; problems: string[]}> {
    const context = await browser.newContext({
      viewport: {width: 1280, height: 1000},
      timezoneId: 'America/Toronto',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems = collectPageProblems(page);
    const blocked = await blockExternalNetwork(page);
    await page.goto(new URL('/settings', demo.url).href);
    return {page, blocked, problems};
  }

  it(
    'when a lead sets up the shop’s mail server and sends a test notification, then the local SMTP server receives it at her address; a Slack test reaches the local webhook',
    async () => {
      const {page, blocked, problems} = await openSettings();

      // The shop's own mail server, as a merchant fills it in.
      await page.locator('#mail-host').fill('127.0.0.1');
      await page.locator('#mail-port').fill(String(mailbox.port));
      await page.locator('#mail-username').fill(USERNAME);
      await page.locator('#mail-password').fill(PASSWORD);
      await page.locator('#mail-fromAddress').fill(USERNAME);
      await page.getByRole('button', {name: 'Save email settings'}).click();
      await page.getByText('A password is saved. Leave this blank to keep it.').waitFor();

      const notifications = page.getByRole('button', {name: 'Send a test email to me'});
      await notifications.click();
      await page.getByText('The mail server accepted the test').waitFor();
      await expect.poll(() => mailbox.messages.length).toBe(1);
      expect(mailbox.messages[0]).toMatchObject({
        to: [ANNA_EMAIL],
        subject: expect.stringMatching(/^Test notification from Heed for /),
      });
      expect(mailbox.logins).toEqual([{username: USERNAME, accepted: true}]);

      // Slack: a webhook URL tried before it is saved, then saved and shown masked.
      await page.locator('#notify-slack-url').fill(slack.url);
      await page.getByRole('button', {name: 'Test this webhook'}).click();
      await page.getByText('Slack accepted the test').waitFor();
      expect(slack.posts).toHaveLength(1);
      expect(String(slack.posts[0]?.body.text)).toMatch(/test from Heed/);
      await page.getByRole('button', {name: 'Save notifications'}).click();
      await page.getByText(`Posting to http://127.0.0.1:${slack.port}/services/T0HE…`).waitFor();
      expect(await page.locator('#notify-slack-url').inputValue()).toBe('');
      await screenshot(page, 'settings-notifications');

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
