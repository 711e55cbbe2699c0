import type {Browser, Page, Request} from 'playwright-core';
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

/** The lists whose rows open a page of their own, and the heading that page shows. */
const LISTS = [
  {list: '/campaigns', detail: /^\/campaigns\/[^/]+$/},
  {list: '/inbox', detail: /^\/inbox\/[^/]+$/},
  {list: '/live', detail: /^\/live\/[^/]+$/},
] as const;

describe.skipIf(skipBrowserTests)('one click, one effect, against the demo shop', () => {
  let browser: Browser;
  const demoServer = useDemoServer('one-click');

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string): Promise<{page: Page; problems: string[]; blocked: string[]}> {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems = collectPageProblems(page);
    const blocked = await blockExternalNetwork(page);
    await page.goto(new URL(path, demoServer().url).href);
    return {page, problems, blocked};
  }

  /** Every API request of one method and path the page sends from now on. */
  function countRequests(page: Page, method: string, path: RegExp): Request[] {
    const seen: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === method && path.test(new URL(request.url()).pathname)) {
        seen.push(request);
      }
    });
    return seen;
  }

  it.each(LISTS)(
    'when a row’s title in $list is clicked and the browser goes back, then the list is shown again',
    async ({list, detail}) => {
      const {page, problems, blocked} = await open(list);
      const title = page.locator('tbody tr').first().locator('[data-primary-link]');
      await title.click();
      await page.waitForURL((url) => detail.test(url.pathname));

      await page.goBack();
      await page.waitForURL((url) => url.pathname === list);
      await page.locator('tbody tr').first().waitFor();
      expect(new URL(page.url()).pathname).toBe(list);

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when a rule is added with the title bar’s Save rule, then one rule is created, once',
    async () => {
      const {page, problems, blocked} = await open('/rules/new');
      const posts = countRequests(page, 'POST', /^\/api\/rules$/);
      await page.locator('#rule-name').fill('Big carts, one call');
      await page.getByRole('checkbox', {name: 'Payment failed'}).check();
      await page.locator('.heed-demo-actions').getByRole('button', {name: 'Save rule'}).click();

      await page.waitForURL((url) => url.pathname === '/rules');
      const added = page.getByRole('heading', {name: 'Big carts, one call'});
      await added.first().waitFor();
      expect(posts).toHaveLength(1);
      expect(await added.count()).toBe(1);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when a rule is edited and saved with the title bar’s Save rule, then it is sent once and one toast says so',
    async () => {
      const {page, problems, blocked} = await open('/rules');
      await page.getByRole('link', {name: 'Edit'}).first().click();
      await page.waitForURL((url) => /^\/rules\/[^/]+$/.test(url.pathname));
      const puts = countRequests(page, 'PUT', /^\/api\/rules\/[^/]+$/);
      await page.locator('#rule-name').fill('Renamed once');
      await page.locator('.heed-demo-actions').getByRole('button', {name: 'Save rule'}).click();

      await page.waitForURL((url) => url.pathname === '/rules');
      await page.getByRole('heading', {name: 'Renamed once'}).waitFor();
      expect(puts).toHaveLength(1);
      expect(await page.locator('.heed-demo-toast', {hasText: 'Rule saved'}).count()).toBe(1);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
  /** Opens the first demo campaign's edit page; answers the page and the campaign's path. */
  async function editFirstCampaign() {
    const opened = await open('/campaigns');
    await opened.page.locator('tbody tr').first().locator('[data-primary-link]').click();
    await opened.page.waitForURL((url) => /^\/campaigns\/[^/]+$/.test(url.pathname));
    const report = new URL(opened.page.url()).pathname;
    await opened.page.goto(new URL(`${report}/edit`, demoServer().url).href);
    await opened.page.locator('input').first().waitFor();
    return {...opened, report};
  }

  it(
    'when a campaign is edited and saved with the title bar’s Save campaign, then it is sent once and one toast says so',
    async () => {
      const {page, problems, blocked, report} = await editFirstCampaign();
      const puts = countRequests(page, 'PUT', /^\/api\/campaigns\/[^/]+$/);
      await page.getByLabel('Campaign name').fill('Winter sale, saved once');
      await page.locator('.heed-demo-actions').getByRole('button', {name: 'Save campaign'}).click();

      await page.waitForURL((url) => url.pathname === report);
      await page.locator('.heed-demo-toast', {hasText: 'Campaign saved'}).first().waitFor();
      expect(puts).toHaveLength(1);
      expect(await page.locator('.heed-demo-toast', {hasText: 'Campaign saved'}).count()).toBe(1);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when the Campaigns breadcrumb is clicked on the edit page, then it goes to the list and sends nothing',
    async () => {
      const {page, problems, blocked} = await editFirstCampaign();
      const puts = countRequests(page, 'PUT', /^\/api\/campaigns\/[^/]+$/);
      await page.locator('.heed-demo-breadcrumb', {hasText: 'Campaigns'}).click();

      await page.waitForURL((url) => url.pathname === '/campaigns');
      await page.locator('tbody tr').first().waitFor();
      expect(puts).toHaveLength(0);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
