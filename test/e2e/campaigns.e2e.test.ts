import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
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
import {
  DAY_MS,
  clickSave,
  createCampaignThroughApi,
  fillCampaignForm,
  twentyPercentCampaign,
  shopLocalDateTime,
  type CampaignFields,
} from './campaign-form-driver';

const STEP_TIMEOUT_MS = 10_000;
/** A save verifies against the simulated Shopify; with every test file running at once it can be slow. */
const SAVE_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 90_000;
const CAMPAIGN_PAGE = /\/campaigns\/[0-9a-f-]{36}$/;
/**
 * The email of the story (lip-service-or-customer-service.txt): no code in it, and a link to the
 * shop (`host`, the demo shop's own domain) that does not carry the code.
 */
function fabulousFursHtml(host: string): string {
  return (
    '<p>20% off your entire order for our valued e-mail customers. ' +
    `<a href="https://${host}/collections/faux-fur">Follow any link</a></p>`
  );
}

function fabulousFurs(now: number, host: string): CampaignFields {
  return {
    name: 'Fabulous Furs — September 20%',
    percent: 20,
    audience: 'email_subscribers',
    codes: 'FURS20',
    sendAt: now + 7 * DAY_MS,
    startsAt: now + 7 * DAY_MS,
    endsAt: now + 21 * DAY_MS,
    utmCampaign: 'fabulous-furs-sept',
    emailHtml: fabulousFursHtml(host),
  };
}

describe.skipIf(skipBrowserTests)('campaigns in the admin, against the demo shop', () => {
  let browser: Browser;
  const demoServer = useDemoServer('campaigns');
  let demo: DemoServer;

  beforeAll(async () => {
    assertFrontendBuilt();
    browser = await launchChromium();
    demo = demoServer();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const at = (pathname: string) => new URL(pathname, demo.url).href;

  async function openPage(): Promise<{page: Page; blocked: string[]; problems: string[]}> {
    const context = await browser.newContext({
      viewport: {width: 1280, height: 900},
      // A German browser in Berlin on a Toronto shop's English admin: neither may leak into it.
      timezoneId: 'Europe/Berlin',
      locale: 'de-DE',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(demo.url).origin,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const problems = collectPageProblems(page);
    const blocked = await blockExternalNetwork(page);
    return {page, blocked, problems};
  }

  it(
    'when the merchant registers the Fabulous Furs campaign, then the report lists its blockers and says not to send',
    async () => {
      const {page, blocked, problems} = await openPage();
      const writes: string[] = [];
      page.on('request', (request) => {
        if (request.method() !== 'GET')
          writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
      });
      await page.goto(at('/campaigns'));
      await page.getByRole('heading', {level: 1, name: 'Campaigns'}).waitFor();
      await page.getByRole('button', {name: 'Create campaign'}).first().click();
      await page.getByRole('heading', {level: 1, name: 'Create campaign'}).waitFor();
      await page
        .getByText('Times are in your store’s time zone, Eastern Time (America/Toronto)')
        .waitFor();

      // A slip first: the offer ends before it starts. The form says so and sends nothing.
      const campaign = fabulousFurs(Date.now(), demo.shop);
      await fillCampaignForm(page, {...campaign, endsAt: campaign.startsAt - DAY_MS});
      await clickSave(page);
      await page.getByText('The offer window must end after it starts').first().waitFor();
      const endField = page.getByLabel('Offer ends', {exact: true});
      expect(await endField.getAttribute('aria-invalid')).toBe('true');
      await page
        .getByRole('alert')
        .filter({hasText: 'To save this campaign, fix 1 problem'})
        .waitFor();
      expect(writes).toEqual([]);
      await screenshot(page, 'campaign-form-invalid');

      await endField.fill(shopLocalDateTime(campaign.endsAt));
      await clickSave(page);
      await page.waitForURL(CAMPAIGN_PAGE, {timeout: SAVE_TIMEOUT_MS});
      expect(writes).toEqual(['POST /api/campaigns']);
      const reportPath = new URL(page.url()).pathname;

      await page.getByRole('heading', {level: 1, name: campaign.name}).waitFor();
      await page.getByText('Blocked — do not send yet').waitFor();
      // The send date reads on Toronto's clock and in English, not Berlin's clock in German.
      const sendsOnShopClock = new Intl.DateTimeFormat('en-US', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'America/Toronto',
      }).format(Math.floor(campaign.sendAt / 60_000) * 60_000);
      await page.getByText(sendsOnShopClock, {exact: true}).first().waitFor();
      const blockers = page.getByRole('region', {name: /^Blockers \(\d+\)$/});
      await expect
        .poll(() => blockers.textContent())
        .toContain('Code covers less than the email promises');
      const blockerText = (await blockers.textContent()) ?? '';
      expect(blockerText).toContain('FURS20 only applies to');
      expect(blockerText).toContain('Link doesn’t carry the code');
      expect(blockerText).toContain(`https://${demo.shop}/collections/faux-fur`);
      expect(blockerText).toContain('carries neither the code nor utm_campaign=fabulous-furs-sept');
      expect(blockerText).toContain('How to fix:');
      const warnings = (await page.getByRole('region', {name: /^Warnings/}).textContent()) ?? '';
      expect(warnings).toContain('Email never shows the code');
      expect(warnings).toContain('The email text never shows FURS20');
      await page.getByText('Heed gives you links once the blockers are fixed').waitFor();
      expect(await page.getByRole('button', {name: /^Copy the link/}).count()).toBe(0);
      await screenshot(page, 'campaign-report-blocked');

      // The breadcrumb leads back to the list, where the campaign carries its verdict.
      await page.getByRole('button', {name: 'Campaigns', exact: true}).click();
      // The demo seeds a "Fabulous Furs — September 20% email" of its own: match the name exactly.
      const row = rowOf(page, campaign.name);
      await row.waitFor();
      expect(await row.textContent()).toContain('Blocked');
      await screenshot(page, 'campaigns-list');
      // A click anywhere on the row opens the campaign, not only on its name.
      await row.getByText('20% off the entire order').click();
      await page.waitForURL((url) => url.pathname === reportPath);

      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      await page.context().close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when the merchant picks the Mink coat for FURS20, which covers only throws, then the report blocks on the coat',
    async () => {
      const {page, problems} = await openPage();
      await page.goto(at('/campaigns/new'));
      await page.getByRole('heading', {level: 1, name: 'Create campaign'}).waitFor();
      const campaign = {
        ...fabulousFurs(Date.now(), demo.shop),
        name: 'Mink coat 20%',
        utmCampaign: 'mink-coat-20',
      };
      await fillCampaignForm(page, campaign);
      await page.getByLabel('Applies to', {exact: true}).selectOption('products');
      await page.getByRole('button', {name: 'Browse products'}).click();
      const picker = page.getByRole('dialog', {name: 'Select products'});
      await picker.getByLabel('Mink Faux Fur Coat').check();
      await picker.getByRole('button', {name: 'Select'}).click();
      await page.getByText('Mink Faux Fur Coat').first().waitFor();
      await clickSave(page);
      await page.waitForURL(CAMPAIGN_PAGE, {timeout: SAVE_TIMEOUT_MS});
      const blockers = page.getByRole('region', {name: /^Blockers \(\d+\)$/});
      await expect
        .poll(() => blockers.textContent())
        .toContain('“Mink Faux Fur Coat” is charged full price');
      expect(problems).toEqual([]);
      await page.context().close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when the merchant fixes the code and the links, then the report turns sendable and a verified link is copied',
    async () => {
      const {page, problems} = await openPage();
      await page.goto(at('/campaigns'));
      await page.getByRole('heading', {level: 1, name: 'Campaigns'}).waitFor();
      const id = await createCampaignThroughApi(
        page,
        twentyPercentCampaign({
          name: 'Winter throws',
          code: 'FURS20',
          utmCampaign: 'winter-throws',
          html: fabulousFursHtml(demo.shop),
          now: Date.now(),
        }),
      );
      await page.goto(at(`/campaigns/${id}`));
      await page.getByText('Blocked — do not send yet').waitFor();

      await page.getByRole('button', {name: 'Edit campaign'}).click();
      await page.getByRole('heading', {level: 1, name: 'Edit Winter throws'}).waitFor();
      await page.getByLabel('Discount codes', {exact: true}).fill('WINTER20');
      const verified = `https://${demo.shop}/discount/WINTER20?redirect=%2Fcollections%2Ffaux-fur&utm_campaign=winter-throws`;
      await page
        .getByLabel('Email HTML', {exact: true})
        .fill(
          `<p>20% off your entire order with code WINTER20. <a href="${verified}">Shop now</a></p>`,
        );
      await clickSave(page);
      await page.waitForURL(CAMPAIGN_PAGE, {timeout: SAVE_TIMEOUT_MS});
      await page.getByText(/^(Ready to send|Warnings — review before sending)$/).waitFor();
      expect(await page.getByRole('region', {name: /^Blockers/}).count()).toBe(0);

      const links = page.getByRole('region', {name: 'Verified links'});
      await links.getByLabel('Page the link opens').fill('/collections/faux-fur');
      await links.getByRole('button', {name: 'Update links'}).click();
      const link = links.getByText(/\/discount\/WINTER20\?redirect=%2Fcollections%2Ffaux-fur/);
      await link.waitFor();
      const shown = (await link.textContent()) ?? '';
      expect(shown).toContain('utm_campaign=winter-throws');
      await links.getByRole('button', {name: 'Copy the link for WINTER20'}).click();
      await page.getByRole('status').filter({hasText: 'Link copied'}).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      await screenshot(page, 'campaign-report-ready');

      expect(problems).toEqual([]);
      await page.context().close();
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'when the utm_campaign key is already used, then the server’s conflict shows on that field and nothing is created',
    async () => {
      const {page, problems} = await openPage();
      await page.goto(at('/campaigns'));
      await page.getByRole('heading', {level: 1, name: 'Campaigns'}).waitFor();
      const now = Date.now();
      await createCampaignThroughApi(
        page,
        twentyPercentCampaign({
          name: 'First',
          code: 'SAVE15',
          utmCampaign: 'taken-key',
          html: '',
          now,
        }),
      );

      await page.goto(at('/campaigns/new'));
      await fillCampaignForm(page, {
        ...fabulousFurs(now, demo.shop),
        name: 'Second',
        utmCampaign: 'taken-key',
      });
      await clickSave(page);
      const utmField = page.getByLabel('Link tag', {exact: true});
      await page
        .getByText('“First” already uses the link tag “taken-key”')
        .first()
        .waitFor({timeout: SAVE_TIMEOUT_MS});
      expect(await utmField.getAttribute('aria-invalid')).toBe('true');
      expect(new URL(page.url()).pathname).toBe('/campaigns/new');
      await screenshot(page, 'campaign-form-conflict');

      await page.goto(at('/campaigns'));
      await rowOf(page, 'First').waitFor();
      expect(await rowOf(page, 'Second').count()).toBe(0);
      // The refused save is the only thing the browser reported.
      expect(problems.filter((problem) => !problem.includes('409'))).toEqual([]);
      await page.context().close();
    },
    TEST_TIMEOUT_MS,
  );
});

/** The campaigns table's row whose campaign is named exactly `name`. */
function rowOf(page: Page, name: string) {
  return page.getByRole('row').filter({has: page.getByRole('link', {name, exact: true})});
}
