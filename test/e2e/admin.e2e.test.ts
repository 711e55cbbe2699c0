import {readFile} from 'node:fs/promises';
import {ENGLISH_MENU} from '../support/admin-translations';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import express from 'express';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  APP_BRIDGE_CDN_SRC,
  DEMO_APP_BRIDGE_SRC,
  createFrontendRouter,
} from '../../web/server/http/frontend';
import {outcomesReport} from '../support/outcomes-fixtures';
import {
  assertFrontendBuilt,
  launchChromium,
  openPage as openBrowserPage,
  screenshot,
  skipBrowserTests,
  useDemoServer,
} from './browser';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FRONTEND_DIST = path.join(REPO_ROOT, 'web/frontend/dist');
const APP_BRIDGE_STAND_IN = path.join(REPO_ROOT, 'web/frontend/demo/app-bridge.js');
const STEP_TIMEOUT_MS = 10_000;
const TEST_TIMEOUT_MS = 45_000;

describe.skipIf(skipBrowserTests)('the embedded admin in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openPage = () => openBrowserPage(browser, {}, STEP_TIMEOUT_MS);

  describe('demo mode (npm run demo)', () => {
    const demoServer = useDemoServer('demo');

    it(
      'when a newcomer opens the printed URL, then the demo shop’s dashboard renders and every section is one click away',
      async () => {
        const {page, blocked, problems} = await openPage();
        const overviewResponse = page.waitForResponse(
          (response) => new URL(response.url()).pathname === '/api/overview',
        );
        await page.goto(demoServer().url);

        const overview: unknown = await (await overviewResponse).json();
        const shopName = demoShopName(overview);
        await page.getByRole('heading', {level: 1, name: 'Dashboard'}).waitFor();
        await page.getByRole('heading', {name: `Welcome, ${shopName}`}).waitFor();
        await page.getByRole('heading', {name: 'Setup guide'}).waitFor();
        await page.getByText('Demo mode — a simulated shop, no Shopify account needed').waitFor();

        const nav = page.getByRole('navigation', {name: 'Heed'});
        // The demo's own sections (its mailbox) come last, and only in the demo.
        expect(await nav.getByRole('link').allTextContents()).toEqual([
          ...ENGLISH_MENU,
          'Demo mailbox',
        ]);
        expect(await nav.getByRole('link', {name: 'Dashboard'}).getAttribute('aria-current')).toBe(
          'page',
        );
        await screenshot(page, 'demo-dashboard');

        await nav.getByRole('link', {name: 'Campaigns'}).click();
        await page.getByRole('heading', {level: 1, name: 'Campaigns'}).waitFor();
        // The demo seeds campaigns, so the section opens on its list rather than its empty state.
        await page.getByRole('columnheader', {name: 'Health'}).waitFor();
        expect(new URL(page.url()).pathname).toBe('/campaigns');
        expect(await nav.getByRole('link', {name: 'Campaigns'}).getAttribute('aria-current')).toBe(
          'page',
        );
        await screenshot(page, 'demo-campaigns');

        // The demo's example cases fill the inbox, and the dashboard counts them by urgency.
        await nav.getByRole('link', {name: 'Follow-up inbox'}).click();
        await page.getByRole('heading', {level: 1, name: 'Follow-up inbox'}).waitFor();
        await page.locator('tbody tr').filter({hasText: 'Urgent'}).first().waitFor();
        await screenshot(page, 'demo-inbox');

        await nav.getByRole('link', {name: 'Rules'}).click();
        await page.getByRole('heading', {level: 1, name: 'Rules'}).waitFor();
        await page.getByText('Failed promise', {exact: true}).waitFor();
        await screenshot(page, 'demo-rules');

        await page.evaluate(() => window.shopify.toast.show('Campaign saved'));
        await page.getByRole('status').filter({hasText: 'Campaign saved'}).waitFor();

        expect(problems).toEqual([]);
        expect(blocked).toEqual([]);
        await page.close();
      },
      TEST_TIMEOUT_MS,
    );
  });

  describe('settings against the demo server', () => {
    const demoServer = useDemoServer('settings');

    it(
      'when the merchant sets the shop’s thresholds, then a value out of range is refused at its field and the rest is stored',
      async () => {
        const {page, blocked, problems} = await openPage();
        const demo = demoServer();
        await page.goto(demo.url);
        await page
          .getByRole('navigation', {name: 'Heed'})
          .getByRole('link', {name: 'Settings'})
          .click();
        await page.getByRole('heading', {name: 'Hesitation signals'}).waitFor();
        const stalled = page.getByLabel('Stalled after', {exact: true});
        await expect.poll(() => stalled.inputValue()).toBe('4');

        // The form's own Save; App Bridge's save bar, drawn outside the app, has one too.
        const save = page.locator('#root').getByRole('button', {name: 'Save', exact: true});
        await stalled.fill('0.1');
        await save.click();
        await page.getByText('Use 0.5 to 1,440 minutes (30 seconds to 1 day)').waitFor();
        expect(await demo.heed.storage.shops.hesitationSettings(demo.shop)).toEqual({});

        await stalled.fill('6');
        await page.getByLabel('Payment', {exact: true}).fill('10');
        await save.click();
        await page.getByRole('status').filter({hasText: 'Hesitation settings saved'}).waitFor();
        expect(await demo.heed.storage.shops.hesitationSettings(demo.shop)).toEqual({
          stallAfterMs: 360_000,
          stallAfterMsByStep: {payment: 600_000},
        });
        await screenshot(page, 'demo-settings');

        await page.reload();
        await page.getByRole('heading', {name: 'Hesitation signals'}).waitFor();
        await expect
          .poll(() => page.getByLabel('Stalled after', {exact: true}).inputValue())
          .toBe('6');
        expect(problems).toEqual([]);
        expect(blocked).toEqual([]);
        await page.close();
      },
      TEST_TIMEOUT_MS,
    );
  });

  describe('production page, App Bridge from Shopify’s CDN', () => {
    let server: Server;
    let baseUrl: string;
    let appBridgeStandIn: string;

    beforeAll(async () => {
      appBridgeStandIn = await readFile(APP_BRIDGE_STAND_IN, 'utf8');
      // The production page router, without the demo rewrite: index.html keeps the CDN script.
      const app = express().use(
        createFrontendRouter({
          distDir: FRONTEND_DIST,
          apiKey: 'e2e-api-key',
          useDemoAppBridge: false,
        }),
      );
      server = app.listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', resolve));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server?.close(() => resolve()));
    });

    /** Stands in for Shopify: App Bridge from the CDN, and the token service App Bridge would use. */
    async function embed(page: Page, sessionToken: string): Promise<{cdnRequests: string[]}> {
      const cdnRequests: string[] = [];
      await page.route('https://cdn.shopify.com/**', async (route) => {
        cdnRequests.push(route.request().url());
        if (route.request().url() !== APP_BRIDGE_CDN_SRC) return route.abort('blockedbyclient');
        await route.fulfill({status: 200, contentType: 'text/javascript', body: appBridgeStandIn});
      });
      await page.route('**/demo/session-token', (route) =>
        route.fulfill({json: {token: sessionToken}}),
      );
      return {cdnRequests};
    }

    it(
      'when App Bridge comes from the CDN, then the admin renders and calls the API with App Bridge’s session token',
      async () => {
        const {page, problems} = await openPage();
        const sessionToken = fakeSessionToken();
        const {cdnRequests} = await embed(page, sessionToken);
        const authorizations: (string | undefined)[] = [];
        await page.route('**/api/overview', async (route) => {
          authorizations.push(route.request().headers().authorization);
          await route.fulfill({
            json: {
              shop: {domain: 'furs.myshopify.com', name: 'Fabulous Furs', currencyCode: 'CAD'},
              storage: {healthy: true},
            },
          });
        });
        // The dashboard's open-cases card asks for the inbox too.
        await page.route('**/api/cases?*', async (route) => {
          authorizations.push(route.request().headers().authorization);
          await route.fulfill({json: {cases: [], counts: {urgent: 0, high: 0, normal: 0}}});
        });
        // The admin's one live stream, open on every page for case notices.
        const streamAuthorizations: (string | undefined)[] = [];
        await page.route('**/api/live', async (route) => {
          streamAuthorizations.push(route.request().headers().authorization);
          await route.fulfill({
            status: 200,
            contentType: 'text/event-stream',
            body: ': connected\n\n',
          });
        });
        // And its outcomes card, this week's.
        await page.route('**/api/outcomes', async (route) => {
          authorizations.push(route.request().headers().authorization);
          await route.fulfill({json: outcomesReport()});
        });
        // And its setup guide, which steps are done.
        await page.route('**/api/setup', async (route) => {
          authorizations.push(route.request().headers().authorization);
          await route.fulfill({
            json: {
              setup: {
                campaignExists: false,
                campaignVerified: false,
                cartBarSeenAt: null,
                pixelActive: false,
                ruleExists: false,
                staffAdded: false,
              },
            },
          });
        });

        await page.goto(
          `${baseUrl}/?shop=furs.myshopify.com&host=YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvZnVycw`,
        );
        await page.getByRole('heading', {name: 'Welcome, Fabulous Furs'}).waitFor();
        await page.getByText('Recording checkouts').waitFor();

        expect(cdnRequests).toEqual([APP_BRIDGE_CDN_SRC]);
        await expect.poll(() => authorizations.length).toBe(4);
        expect(authorizations).toEqual(Array(4).fill(`Bearer ${sessionToken}`));
        await expect.poll(() => streamAuthorizations.length).toBeGreaterThan(0);
        expect(streamAuthorizations[0]).toBe(`Bearer ${sessionToken}`);
        expect(await page.locator('meta[name="shopify-api-key"]').getAttribute('content')).toBe(
          'e2e-api-key',
        );
        expect(await page.locator(`script[src="${DEMO_APP_BRIDGE_SRC}"]`).count()).toBe(0);
        // No demo tag, so no demo pages: a real shop's admin has no demo mailbox.
        expect(await page.locator('meta[name="heed-demo"]').count()).toBe(0);
        const nav = page.getByRole('navigation', {name: 'Heed'});
        await nav.getByRole('link', {name: 'Dashboard'}).waitFor();
        expect(await nav.getByRole('link', {name: 'Demo mailbox'}).count()).toBe(0);
        expect(await page.evaluate(() => window.shopify.config.shop)).toBe('furs.myshopify.com');
        expect(problems).toEqual([]);
        await page.close();
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'when the API answers an error, then a critical banner shows the request id to quote',
      async () => {
        const {page} = await openPage();
        await embed(page, fakeSessionToken());
        await page.route('**/api/overview', (route) =>
          route.fulfill({
            status: 503,
            json: {
              error: {
                code: 'STORAGE_UNAVAILABLE',
                message: 'Heed is temporarily unavailable.',
                requestId: 'req-e2e-0001',
              },
            },
          }),
        );

        await page.goto(baseUrl);
        await page.getByText('Heed couldn’t load your store’s overview').waitFor();
        await page.getByText('req-e2e-0001').waitFor();
        await page.close();
      },
      TEST_TIMEOUT_MS,
    );
  });
});

function demoShopName(overview: unknown): string {
  const shop =
    typeof overview === 'object' && overview !== null && 'shop' in overview
      ? overview.shop
      : undefined;
  const name = typeof shop === 'object' && shop !== null && 'name' in shop ? shop.name : undefined;
  if (typeof name !== 'string')
    throw new Error(`GET /api/overview answered without a shop name: ${JSON.stringify(overview)}`);
  return name;
}

/** Shaped like a session token (the stand-in reads `exp`); nothing verifies it in this test. */
function fakeSessionToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 60;
  return `${encode({alg: 'HS256', typ: 'JWT'})}.${encode({dest: 'https://furs.myshopify.com', exp})}.signature`;
}
