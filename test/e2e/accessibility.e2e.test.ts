import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  assertFrontendBuilt,
  launchChromium,
  openPage,
  screenshot,
  seriousAccessibilityFindings,
  skipBrowserTests,
  useDemoServer,
  type DemoServer,
} from './browser';

const TEST_TIMEOUT_MS = 30_000;

/**
 * Every page of the admin, the detail pages with the demo's own records. `shot` names the
 * screenshot the README shows (docs/screenshots), taken when the page has its data.
 */
async function pagesOf(demo: DemoServer) {
  const {storage} = demo.heed;
  const [campaign] = await storage.campaigns.list(demo.shop);
  const [openCase] = await storage.cases.list(demo.shop, {view: 'open', limit: 1});
  const [journey] = await storage.journeys.recent(demo.shop, Date.now() - 86_400_000, 1);
  if (!campaign || !openCase || !journey)
    throw new Error('the demo made no campaign, case or checkout');
  return [
    {name: 'Dashboard', path: '/', shot: 'dashboard'},
    {name: 'Campaigns', path: '/campaigns'},
    {name: 'Campaign report', path: `/campaigns/${campaign.id}`, shot: 'campaign-report'},
    {name: 'New campaign', path: '/campaigns/new'},
    {name: 'Edit campaign', path: `/campaigns/${campaign.id}/edit`},
    {name: 'Follow-up inbox', path: '/inbox', shot: 'inbox'},
    {name: 'Case', path: `/inbox/${openCase.id}`, shot: 'case'},
    {name: 'Live checkouts', path: '/live', shot: 'live-checkouts'},
    {name: 'Checkout story', path: `/live/${journey.id}`},
    {name: 'Outcomes', path: '/outcomes'},
    {name: 'Rules', path: '/rules'},
    {name: 'New rule', path: '/rules/new'},
    {name: 'Settings', path: '/settings'},
    {name: 'Demo mailbox', path: '/mailbox'},
    {name: 'Page not found', path: '/no-such-page'},
  ];
}

describe.skipIf(skipBrowserTests)('accessibility of every admin page (axe-core)', () => {
  let browser: Browser;
  const demoServer = useDemoServer('a11y', {shoppers: false});

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'when each page shows its data, then axe finds nothing serious or critical, each has a main landmark, and the README’s pages are photographed',
    async () => {
      const demo = demoServer();
      const {page, problems, blocked} = await openPage(browser, {reducedMotion: 'reduce'});
      const findings: Record<string, unknown> = {};
      const withoutMain: string[] = [];
      for (const {name, path, shot} of await pagesOf(demo)) {
        await page.goto(new URL(path, demo.url).href);
        await page.locator('ui-title-bar').first().waitFor({state: 'attached'});
        await page.waitForFunction(
          () =>
            document.querySelector('[aria-busy="true"]') === null &&
            !!document.querySelector('h1, h2'),
        );
        const serious = await seriousAccessibilityFindings(page);
        if (serious.length > 0) findings[name] = serious;
        if ((await page.getByRole('main').count()) !== 1) withoutMain.push(name);
        if (shot) await screenshot(page, `screens/${shot}`, {fullPage: false});
      }
      expect(findings).toEqual({});
      expect(withoutMain).toEqual([]);
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS * 4,
  );
});
