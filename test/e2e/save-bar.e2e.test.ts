import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  assertFrontendBuilt,
  blockExternalNetwork,
  collectPageProblems,
  launchChromium,
  skipBrowserTests,
  useDemoServer,
} from './browser';

const STEP_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 60_000;

describe.skipIf(skipBrowserTests)('App Bridge’s save bar, against the demo shop', () => {
  let browser: Browser;
  const demoServer = useDemoServer('save-bar', {shoppers: false, exampleCases: false});

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(
    'when a new rule holds changes, then the menu asks before leaving, and the save bar’s Save adds the rule once',
    async () => {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const problems = collectPageProblems(page);
      const blocked = await blockExternalNetwork(page);
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/rules') {
          posts.push(request.url());
        }
      });
      await page.goto(new URL('/rules/new', demoServer().url).href);
      const saveBar = page.getByRole('region', {name: 'Save bar'});
      await page.locator('#rule-name').waitFor();
      expect(await saveBar.isVisible()).toBe(false);

      await page.locator('#rule-name').fill('Asked before leaving');
      await page.getByRole('checkbox', {name: 'Payment failed'}).check();
      await saveBar.getByText('Unsaved changes').waitFor();

      await page
        .getByRole('navigation', {name: 'Heed'})
        .getByRole('link', {name: 'Settings'})
        .click();
      const prompt = page.getByRole('alertdialog', {name: 'Leave page with unsaved changes?'});
      await prompt.getByRole('button', {name: 'Stay'}).click();
      await prompt.waitFor({state: 'detached'});
      expect(new URL(page.url()).pathname).toBe('/rules/new');
      expect(await page.locator('#rule-name').inputValue()).toBe('Asked before leaving');

      await saveBar.getByRole('button', {name: 'Save'}).click();
      await page.waitForURL((url) => url.pathname === '/rules');
      await page.getByRole('heading', {name: 'Asked before leaving'}).waitFor();
      await saveBar.waitFor({state: 'hidden'});
      expect(posts).toHaveLength(1);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
