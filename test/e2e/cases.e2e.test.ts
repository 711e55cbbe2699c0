import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hashIngestKey, newIngestKey} from '../../web/server/signals/ingest-key';
import {WEBHOOK_PATH} from '../../web/server/shopify';
import {deliverWebhook, type SimCustomer} from '../../web/simulator';
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
import {recentFixture} from '../support/pixel-fixtures';

const STEP_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 120_000;
const MINUTE_MS = 60_000;
const TOKEN = 'tok-e2e-case';

/** A customer of many years the demo has no case for; her order count tells her row apart. */
const ELLEN: SimCustomer = {
  id: 'gid://shopify/Customer/6090',
  firstName: 'Ellen',
  lastName: 'Marsh',
  email: 'ellen.marsh@example.com',
  phone: '+14165550190',
  locale: 'en-CA',
  numberOfOrders: 27,
  amountSpent: {amount: '4120.00', currencyCode: 'CAD'},
  emailMarketingConsent: {marketingState: 'SUBSCRIBED', consentUpdatedAt: '2018-05-02T10:00:00Z'},
  createdAt: '2018-05-02T09:55:00Z',
};

/**
 * The promo-not-applied checkout (a shopper from the winter email whose WINTER20 never applied),
 * as Ellen's: signed in, with her own address, under a checkout token of its own.
 */
function ellensCheckout(): unknown[] {
  return recentFixture('promo-not-applied', MINUTE_MS).map((event, n) => {
    const copy = structuredClone(event) as unknown as {
      id: string;
      data?: {checkout?: Record<string, unknown>};
    };
    copy.id = `${TOKEN}-${n}`;
    const checkout = copy.data?.checkout;
    if (checkout) {
      checkout.token = TOKEN;
      if (typeof checkout.email === 'string') checkout.email = ELLEN.email;
      checkout.order = {id: null, customer: {id: ELLEN.id.split('/').at(-1), isFirstOrder: null}};
    }
    return copy;
  });
}

describe.skipIf(skipBrowserTests)('a follow-up case in the admin, against the demo shop', () => {
  let browser: Browser;
  // The demo's own shoppers stay home: this test's shopper is the one that matters.
  const demoServer = useDemoServer('cases', {shoppers: false});
  let demo: DemoServer;
  let ingestKey: string;

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
    demo = demoServer();
    demo.simulator.shop(demo.shop).customers.push(structuredClone(ELLEN));
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

  async function openPage(): Promise<{page: Page; blocked: string[]; problems: string[]}> {
    // In the shop's time zone, as its staff are: the story's sentences and the page's times agree.
    const context = await browser.newContext({
      viewport: {width: 1280, height: 1000},
      timezoneId: 'America/Toronto',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems = collectPageProblems(page);
    const blocked = await blockExternalNetwork(page);
    return {page, blocked, problems};
  }

  async function shopperChecksOut(): Promise<void> {
    const response = await fetch(new URL('/api/pixel/events', demo.url), {
      method: 'POST',
      headers: {'Content-Type': 'text/plain'},
      body: JSON.stringify({shop: demo.shop, key: ingestKey, events: ellensCheckout()}),
    });
    expect(response.status).toBe(200);
  }

  /** Ellen pays the draft order's invoice; Shopify tells Heed with `orders/create`. */
  async function shopperPays(draftOrderId: string): Promise<void> {
    const paid = demo.simulator.payDraftOrder(demo.shop, draftOrderId);
    const response = await deliverWebhook(demo.url, WEBHOOK_PATH, {
      topic: 'orders/create',
      shop: demo.shop,
      body: paid.webhookBody,
      secret: demo.heed.config.apiSecret,
    });
    expect(response.status).toBe(200);
  }

  it(
    'when a campaign shopper’s code does not apply, then a person claims the case, reads its story, resumes the order, sends the invoice, and sees it resolved as purchased',
    async () => {
      const {page, blocked, problems} = await openPage();
      await page.goto(new URL('/inbox', demo.url).href);
      // The demo's example cases are there already.
      await page.locator('tbody tr').first().waitFor();

      await shopperChecksOut();
      const row = page.locator('tbody tr').filter({hasText: 'Returning customer · 27 orders'});
      await row.waitFor();
      expect(await row.textContent()).toContain('Urgent');
      expect(await row.textContent()).toContain('WINTER20');
      await screenshot(page, 'cases-inbox');

      await row.getByRole('link').click();
      const overview = page.getByRole('region', {name: 'Case', exact: true});
      await overview.getByText('Urgent', {exact: true}).waitFor();
      const actions = page.getByRole('region', {name: 'Actions'});
      await actions.getByRole('button', {name: 'Claim'}).click();
      await actions.getByText('This case is yours.').waitFor();
      await overview.getByText('Anna Lindqvist').waitFor();

      // The story: what the email promised, what the shopper met, the cart.
      const promise = page.getByRole('region', {name: 'What the email promised'});
      await promise.getByText('Code WINTER20', {exact: true}).waitFor();
      expect(await promise.textContent()).toMatch(/20% off/);
      expect(await promise.textContent()).toMatch(/last check of WINTER20 .* said: The last check/);
      expect(await promise.textContent()).not.toContain('READY');
      const met = page.getByRole('region', {name: 'What the shopper met'});
      await met.getByText(/no discount applied \(code WINTER20\)/).waitFor();
      await met.getByText('Steps reached').waitFor();
      const cart = page.getByRole('region', {name: 'Cart'});
      await cart.getByText('Faux Fur Throw').waitFor();
      const shopper = await page.getByText(/Customer since May 2018 · 27 orders/).textContent();
      expect(shopper).not.toMatch(/\bnew\b/i);

      const contact = page.getByRole('region', {name: 'Contact'});
      await contact.getByText(/promised discount did not apply/).waitFor();
      await contact.getByRole('button', {name: 'Resume the order'}).click();
      await contact.getByText(/^Draft order #D\d+, created/).waitFor();
      // The demo's winter campaign promises from a later date, so its code cannot apply yet.
      await contact
        .getByText(
          'The code could not apply to a draft order, so an equal discount went in instead: 20% off the entire order (20%).',
        )
        .waitFor();
      const draft = demo.simulator
        .shop(demo.shop)
        .draftOrders.find((d) => d.customerId === ELLEN.id);
      expect(draft).toMatchObject({
        lineItems: [
          expect.objectContaining({
            variantId: 'gid://shopify/ProductVariant/44910284324974',
            quantity: 2,
          }),
        ],
        appliedDiscount: expect.objectContaining({value: 20, valueType: 'PERCENTAGE'}),
        email: ELLEN.email,
      });

      const message =
        'Ellen, the 20% from our winter email did not apply at checkout. This invoice has it taken off. — Anna';
      await contact.getByLabel('Message', {exact: true}).fill(message);
      await contact.getByRole('button', {name: 'Send invoice with this message'}).click();
      await contact.getByText(/^Invoice sent/).waitFor();
      await overview.getByText('Contacted', {exact: true}).waitFor();
      expect(demo.simulator.sentInvoices(demo.shop)).toContainEqual(
        expect.objectContaining({draftOrderId: draft?.id, customMessage: message}),
      );

      if (!draft) throw new Error('no draft order for the case');
      await shopperPays(draft.id);
      // The page hears of the change on the live stream and reads the case again.
      await overview.getByText('Outcome:').waitFor();
      expect(await overview.textContent()).toMatch(/Outcome:\s*Purchased/);
      const paid = demo.simulator.shop(demo.shop).orders.find((o) => o.draftOrderId === draft.id);
      expect(await overview.textContent()).toContain(`Order: ${paid?.name}`);
      expect(await overview.textContent()).toMatch(
        new RegExp(`Recovered:\\s*\\D*${Number(paid?.total).toFixed(2)}`),
      );
      await contact.getByText(/Reopen it to contact the shopper again/).waitFor();
      await page
        .getByRole('region', {name: 'Timeline'})
        .getByText(/Resolved as purchased/)
        .waitFor();
      const file = await screenshot(page, 'case-resolved');
      console.info(`case page screenshot: ${file}`);

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );
});
