import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseOutcomes, type Outcomes} from '../../web/frontend/src/api/outcomes';
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
const TEST_TIMEOUT_MS = 120_000;
const CHARTS = ['Cases by outcome', 'Day by day', 'Promises kept and broken'] as const;

describe.skipIf(skipBrowserTests)('the Outcomes page, against the demo shop', () => {
  let browser: Browser;
  const demoServer = useDemoServer('outcomes', {shoppers: false});

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(): Promise<{page: Page; blocked: string[]; problems: string[]}> {
    // The store's time zone, and no animation: the charts are read as they end up.
    const context = await browser.newContext({
      viewport: {width: 1280, height: 1000},
      timezoneId: 'America/Toronto',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems = collectPageProblems(page);
    const blocked = await blockExternalNetwork(page);
    return {page, blocked, problems};
  }

  /** The `/api/outcomes` answer the page is about to show. */
  function nextReport(page: Page): Promise<Outcomes> {
    return page
      .waitForResponse((r) => new URL(r.url()).pathname === '/api/outcomes' && r.ok())
      .then(async (r) => parseOutcomes(await r.json()));
  }

  async function expectCharts(page: Page): Promise<void> {
    for (const name of CHARTS) {
      const chart = page.getByRole('region', {name, exact: true});
      await chart.locator('svg').first().waitFor();
      // Each bar is a drawn shape named by its value (Polaris Viz labels them for screen readers).
      expect(await chart.locator('svg rect, svg path').count(), name).toBeGreaterThan(0);
    }
  }

  it(
    'when the owner opens Outcomes from the menu, then the week’s figures and charts come from the demo’s cases, another week can be chosen, and the dashboard sums it up',
    async () => {
      const {page, blocked, problems} = await openPage();
      const demo = demoServer();
      await page.goto(demo.url);
      await page.getByRole('heading', {level: 1, name: 'Dashboard'}).waitFor();
      const card = page.getByRole('region', {name: 'This week’s outcomes'});
      await card.getByText('Contacts to shoppers who had already ordered: 0').waitFor();

      const first = nextReport(page);
      await page
        .getByRole('navigation', {name: 'Heed'})
        .getByRole('link', {name: 'Outcomes'})
        .click();
      await page.getByRole('heading', {level: 1, name: 'Outcomes'}).waitFor();
      const report = await first;
      expect(report.cases.total).toBeGreaterThan(0);

      const guarantee = page.getByRole('region', {
        name: 'Contacts to shoppers who had already ordered',
      });
      await guarantee.getByText('No shopper was contacted after they had ordered').waitFor();
      expect(await guarantee.getByText('0', {exact: true}).count()).toBe(1);
      const cases = page.getByRole('region', {name: 'Cases', exact: true});
      expect(await cases.getByText(String(report.cases.total), {exact: true}).count()).toBe(1);
      const revenue = page.getByRole('region', {name: 'Recovered revenue'});
      const amount = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'CAD'}).format(
        report.recoveredRevenue.amount,
      );
      expect(await revenue.textContent()).toContain(amount);
      expect(await page.getByRole('region', {name: 'Contacted in time'}).textContent()).toContain(
        `${report.sla.hit} in time, ${report.sla.missed} late`,
      );
      await expectCharts(page);
      const kept = report.promises.reduce((n, p) => n + p.kept, 0);
      await page
        .getByRole('region', {name: 'Promises kept and broken'})
        .locator(`[aria-label*="Promise kept ${kept}"]`)
        .first()
        .waitFor();
      await screenshot(page, 'outcomes');

      // Last week: the demo's history, every day of it in the store's time zone.
      const previous = report.filters.weeks[1];
      expect(previous).toBeDefined();
      const earlier = nextReport(page);
      await page.getByLabel('Week').selectOption(previous?.id ?? '');
      const last = await earlier;
      expect(last.week.id).toBe(previous?.id);
      expect(new URL(page.url()).searchParams.get('week')).toBe(previous?.id);
      expect(last.cases.total).toBeGreaterThan(0);
      await page
        .getByRole('region', {name: 'Cases', exact: true})
        .getByText(String(last.cases.total), {exact: true})
        .waitFor();
      await expectCharts(page);
      await screenshot(page, 'outcomes-last-week');

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
