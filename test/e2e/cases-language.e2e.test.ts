import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  assertFrontendBuilt,
  launchChromium,
  openPage,
  skipBrowserTests,
  useDemoServer,
  type DemoServer,
} from './browser';

const STEP_TIMEOUT_MS = 10_000;
const TEST_TIMEOUT_MS = 60_000;

describe.skipIf(skipBrowserTests)(
  'the follow-up and live pages in the admin user’s language',
  () => {
    let browser: Browser;
    // The demo's example cases give the inbox rows to read.
    const demoServer = useDemoServer('cases-language');
    let demo: DemoServer;

    beforeAll(async () => {
      assertFrontendBuilt();
      browser = await launchChromium();
      demo = demoServer();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it(
      'when the admin reads French, then the inbox, a case and Live checkouts arrive in French, their sentences fetched as the pages open',
      async () => {
        const {page, problems} = await openPage(browser, {}, STEP_TIMEOUT_MS);
        await page.goto(new URL('/inbox?locale=fr', demo.url).href);
        await page.getByRole('columnheader', {name: 'Ce qui s’est passé'}).waitFor();
        await page.getByRole('button', {name: 'Résolus'}).waitFor();
        await page.locator('tbody tr').first().click();
        await page.getByRole('heading', {name: 'Ce que l’e-mail promettait'}).waitFor();
        await page.getByRole('heading', {name: 'Contacter le client'}).waitFor();

        await page.goto(new URL('/live?locale=de', demo.url).href);
        await page.getByRole('heading', {name: 'Checkouts anzeigen'}).waitFor();
        expect(await page.getByText('Show checkouts').count()).toBe(0);
        expect(problems).toEqual([]);
        await page.close();
      },
      TEST_TIMEOUT_MS,
    );

    it(
      'when the admin reads French, then what the server wrote reads in French too: a finding of a campaign report',
      async () => {
        const {page, problems} = await openPage(browser, {}, STEP_TIMEOUT_MS);
        await page.goto(new URL('/campaigns?locale=fr', demo.url).href);
        await page.getByText('Black Friday preview — 20% off').first().click();
        // The demo's Black Friday code gives 15 % where the email promises 20 %.
        await page
          .getByText(
            'L’e-mail promet 20 % de réduction sur toute la commande, mais SAVE15 accorde 15 % de réduction.',
          )
          .waitFor();
        expect(await page.getByText('The email promises').count()).toBe(0);
        expect(problems).toEqual([]);
        await page.close();
      },
      TEST_TIMEOUT_MS,
    );
  },
);
