import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hashIngestKey, newIngestKey} from '../../web/server/signals/ingest-key';
import {
  assertFrontendBuilt,
  launchChromium,
  openPage as openBrowserPage,
  screenshot,
  skipBrowserTests,
  useDemoServer,
  type DemoServer,
} from './browser';
import {recentFixture} from '../support/pixel-fixtures';

const STEP_TIMEOUT_MS = 10_000;
const TEST_TIMEOUT_MS = 60_000;
const MINUTE_MS = 60_000;

describe.skipIf(skipBrowserTests)('live checkouts in the admin, against the demo shop', () => {
  let browser: Browser;
  // The page starts empty: the demo's example cases would bring their checkouts onto it.
  const demoServer = useDemoServer('live', {exampleCases: false});
  let demo: DemoServer;
  let ingestKey: string;

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
    demo = demoServer();
    // As the pixel's settings would carry it once Heed activated the pixel on the shop.
    ingestKey = newIngestKey();
    await demo.heed.storage.shops.setIngestKey(
      demo.shop,
      hashIngestKey(ingestKey),
      null,
      Date.now(),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openPage = () => openBrowserPage(browser, {}, STEP_TIMEOUT_MS);

  /** What the web pixel sends from a shopper's checkout: a batch, as text/plain (no preflight). */
  async function shopperChecksOut(fixture: string): Promise<void> {
    const response = await fetch(new URL('/api/pixel/events', demo.url), {
      method: 'POST',
      headers: {'Content-Type': 'text/plain'},
      body: JSON.stringify({
        shop: demo.shop,
        key: ingestKey,
        events: recentFixture(fixture, MINUTE_MS),
      }),
    });
    expect(response.status).toBe(200);
  }

  it(
    'when a shopper from the email reaches payment without the promised discount, then the open page shows it live, and its story reads step by step',
    async () => {
      const {page, blocked, problems} = await openPage();
      await page.goto(new URL('/live', demo.url).href);
      await page.getByRole('heading', {level: 1, name: 'Live checkouts'}).waitFor();
      await page.getByText('No checkouts in the last 24 hours').waitFor();
      await page.locator('[data-live-status="connected"]').waitFor();
      await screenshot(page, 'live-checkouts-empty');
      // Set on this document only: if the page reloaded, the marker would be gone.
      await page.evaluate(() => Object.assign(window, {heedSamePage: true}));

      await shopperChecksOut('promo-not-applied');

      const row = page.locator('tbody tr').filter({hasText: 'Promised discount not applied'});
      await row.waitFor();
      await row.getByText(/^Was promised 20% off the entire order/).waitFor();
      expect(await row.textContent()).toContain('Payment');
      expect(await row.textContent()).toContain('$265.55');
      expect(await row.textContent()).toContain('utm_campaign=winter-sale');
      expect(await page.evaluate(() => 'heedSamePage' in window)).toBe(true);
      await expect
        .poll(() => page.locator('[data-live-announcer]').textContent())
        .toContain('New signal: Promised discount not applied.');
      await screenshot(page, 'live-checkouts');

      await row.getByRole('link').click();
      await page.getByRole('heading', {name: 'What happened'}).waitFor();
      const story = page.locator('ol > li');
      await expect.poll(() => story.count()).toBe(6);
      expect(await story.allTextContents()).toEqual([
        expect.stringContaining('Started checkout'),
        expect.stringMatching(/Entered contact details.*After 45 s on contact details/),
        // Told as of when it was first true: on reaching the delivery step, where it is checked.
        expect.stringMatching(
          /Promised discount not applied.*on the delivery address step, no discount applied.*went on to the payment step/,
        ),
        expect.stringMatching(/Entered the delivery address.*After 40 s on the delivery address/),
        expect.stringMatching(/Chose a shipping method.*After 16 s on the shipping method/),
        expect.stringContaining('Last seen on payment'),
      ]);
      const cart = page.getByRole('region', {name: 'Cart'});
      await cart.getByText('Faux Fur Throw').waitFor();
      await cart.getByText('Promise not kept').waitFor();
      await page.locator('[data-live-status="connected"]').waitFor();
      await screenshot(page, 'live-journey');

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when the page is as wide as a phone, then the checkouts are a list of lines, not a table',
    async () => {
      await shopperChecksOut('code-rejected');
      const {page, problems} = await openBrowserPage(
        browser,
        {viewport: {width: 390, height: 844}},
        STEP_TIMEOUT_MS,
      );
      await page.goto(new URL('/live', demo.url).href);
      await page.getByRole('heading', {level: 1, name: 'Live checkouts'}).waitFor();
      const line = page.locator('li').filter({hasText: 'Discount code rejected'}).first();
      await line.waitFor();
      expect(await line.textContent()).toMatch(/Started .*Discount code rejected/);
      expect(await page.getByRole('columnheader').count()).toBe(0);
      await screenshot(page, 'live-checkouts-phone');
      expect(problems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
