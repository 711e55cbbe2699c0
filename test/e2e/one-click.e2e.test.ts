import type {Browser, Page} from 'playwright-core';
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
});
