import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  assertFrontendBuilt,
  blockExternalNetwork,
  collectPageProblems,
  launchChromium,
  screenshot,
  skipBrowserTests,
  useDemoServer,
} from './browser';

const STEP_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 60_000;

describe.skipIf(skipBrowserTests)('the demo mailbox in Chromium', () => {
  let browser: Browser;
  const demoServer = useDemoServer('mailbox', {shoppers: false});

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'when a newcomer opens the demo mailbox, then the example cases’ notifications are listed and each opens its case',
    async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const problems = collectPageProblems(page);
      const blocked = await blockExternalNetwork(page);
      await page.goto(demoServer().url);
      await page
        .getByRole('navigation', {name: 'Heed'})
        .getByRole('link', {name: 'Demo mailbox'})
        .click();
      await page.getByRole('heading', {level: 1, name: 'Demo mailbox'}).waitFor();

      const toOmar = page
        .getByRole('listitem')
        .filter({hasText: 'To omar@fabulous-furs.example'})
        .filter({hasText: 'New case (urgent)'});
      await toOmar.first().waitFor();
      await page
        .getByRole('listitem')
        .filter({hasText: 'To margaret.holloway@example.com'})
        .getByRole('heading', {name: 'Your code FURS25'})
        .waitFor();
      await screenshot(page, 'demo-mailbox');

      // The demo shop announces its cases in the Slack stand-in too.
      await page.getByRole('button', {name: 'Slack', exact: true}).click();
      await page.getByRole('listitem').filter({hasText: 'New case'}).first().waitFor();
      expect(await page.getByRole('listitem').filter({hasText: 'To omar@'}).count()).toBe(0);
      await page.getByRole('button', {name: 'All', exact: true}).click();

      await toOmar.first().getByRole('link', {name: 'Open the case'}).click();
      await page.getByRole('region', {name: 'Case', exact: true}).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/inbox\/[0-9a-f-]{36}$/);

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
