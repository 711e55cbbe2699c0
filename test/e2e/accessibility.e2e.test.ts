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
import {menuSections} from '../../web/frontend/src/navigation';
import {readLanguage} from '../support/admin-translations';

const TEST_TIMEOUT_MS = 30_000;

/** The languages every page is visited in: English, then French as `?locale=fr` asks for it. */
const LANGUAGES = ['en', 'fr'] as const;
const FRENCH = readLanguage('fr') as Record<string, Record<string, unknown>>;

/** A key's words in French (`dashboard:title`), read from the admin's own translation files. */
function french(key: string): string {
  const [namespace = '', path = ''] = key.split(':');
  const words = path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], FRENCH[namespace]);
  if (typeof words !== 'string') throw new Error(`fr/${namespace}.json has no ${path}`);
  return words;
}

interface AdminPage {
  name: string;
  path: string;
  /** The screenshot the README shows (docs/screenshots), taken in English. */
  shot?: string;
  /** In French, the title bar's title (a key of the translations)… */
  frenchTitle?: string;
  /** …or, where the title is the record's own name, a heading the page shows. */
  frenchHeading?: string;
}

/**
 * Every page of the admin, the detail pages with the demo's own records. Pages whose areas are
 * translated name the French title or heading they must show.
 */
async function pagesOf(demo: DemoServer): Promise<AdminPage[]> {
  const {storage} = demo.heed;
  const [campaign] = await storage.campaigns.list(demo.shop);
  const [openCase] = await storage.cases.list(demo.shop, {view: 'open', limit: 1});
  const [journey] = await storage.journeys.recent(demo.shop, Date.now() - 86_400_000, 1);
  if (!campaign || !openCase || !journey)
    throw new Error('the demo made no campaign, case or checkout');
  return [
    {name: 'Dashboard', path: '/', shot: 'dashboard', frenchTitle: 'dashboard:title'},
    {name: 'Campaigns', path: '/campaigns', frenchTitle: 'campaigns:list.title'},
    {
      name: 'Campaign report',
      path: `/campaigns/${campaign.id}`,
      shot: 'campaign-report',
      frenchHeading: 'campaigns:summary.title',
    },
    {name: 'New campaign', path: '/campaigns/new'},
    {name: 'Edit campaign', path: `/campaigns/${campaign.id}/edit`},
    {name: 'Follow-up inbox', path: '/inbox', shot: 'inbox'},
    {name: 'Case', path: `/inbox/${openCase.id}`, shot: 'case'},
    {name: 'Live checkouts', path: '/live', shot: 'live-checkouts'},
    {name: 'Checkout story', path: `/live/${journey.id}`},
    {name: 'Outcomes', path: '/outcomes', frenchTitle: 'outcomes:title'},
    {name: 'Rules', path: '/rules'},
    {name: 'New rule', path: '/rules/new'},
    {name: 'Settings', path: '/settings'},
    {name: 'Demo mailbox', path: '/mailbox', frenchTitle: 'demo:title'},
    {name: 'Page not found', path: '/no-such-page', frenchTitle: 'common:notFound.title'},
  ];
}

type Language = (typeof LANGUAGES)[number];

/** What one language's visit of every page found; every list is empty when all is well. */
interface Visit {
  findings: Record<string, unknown>;
  withoutMain: string[];
  notInLanguage: Record<string, unknown>;
  problems: string[];
  blocked: string[];
}

/**
 * Every page in one language, in one browser context of its own: axe, the main landmark, the
 * page's language and, in French, the menu and the translated pages' titles.
 */
async function visitEveryPage(
  browser: Browser,
  demo: DemoServer,
  pages: readonly AdminPage[],
  language: Language,
): Promise<Visit> {
  const {page, problems, blocked} = await openPage(browser, {reducedMotion: 'reduce'});
  const frenchMenu = menuSections(true).map((section) => french(`common:nav.${section.name}`));
  const visit: Visit = {findings: {}, withoutMain: [], notInLanguage: {}, problems, blocked};
  for (const {name, path, shot, frenchTitle, frenchHeading} of pages) {
    const url = new URL(path, demo.url);
    if (language !== 'en') url.searchParams.set('locale', language);
    await page.goto(url.href);
    await page.locator('ui-title-bar').first().waitFor({state: 'attached'});
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-busy="true"]') === null && !!document.querySelector('h1, h2'),
    );
    const serious = await seriousAccessibilityFindings(page);
    if (serious.length > 0) visit.findings[name] = serious;
    if ((await page.getByRole('main').count()) !== 1) visit.withoutMain.push(name);
    if (language === 'en' && shot) await screenshot(page, `screens/${shot}`, {fullPage: false});
    const seen: Record<string, unknown> = {
      lang: await page.evaluate(() => document.documentElement.lang),
    };
    const wanted: Record<string, unknown> = {lang: language};
    if (language === 'fr') {
      seen.menu = await page.locator('ui-nav-menu > a').allTextContents();
      wanted.menu = frenchMenu;
      if (frenchTitle) {
        seen.title = await page.locator('ui-title-bar').first().getAttribute('title');
        wanted.title = french(frenchTitle);
      }
      if (frenchHeading) {
        seen.heading = await page
          .getByRole('heading', {name: french(frenchHeading), exact: true})
          .count();
        wanted.heading = 1;
      }
    }
    if (JSON.stringify(seen) !== JSON.stringify(wanted)) visit.notInLanguage[name] = {seen, wanted};
  }
  // The last page may still be fetching (the mailbox looks every few seconds): its requests are let
  // go rather than failing in the network guard once the page is gone.
  await page.unrouteAll({behavior: 'ignoreErrors'});
  // Closed and waited for here: left to close on its own, the context could still be closing when
  // the browser quits, and its promise would reject with nobody listening.
  await page.context().close();
  return visit;
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

  it('when a section is added to the menu, then this check visits it too', async () => {
    const visited = new Set((await pagesOf(demoServer())).map((page) => page.path));
    const missing = menuSections(true).filter((section) => !visited.has(section.path));
    expect(missing).toEqual([]);
  });

  it(
    'when each page shows its data, in English and in French, then axe finds nothing serious or critical, each has a main landmark, French pages speak French, and the README’s pages are photographed',
    async () => {
      const demo = demoServer();
      const pages = await pagesOf(demo);
      // The two languages side by side, one browser context each: half the wait of one after the other.
      const visits = await Promise.all(
        LANGUAGES.map((language) => visitEveryPage(browser, demo, pages, language)),
      );
      const [english, inFrench] = visits;
      expect({en: english, fr: inFrench}).toEqual({
        en: {findings: {}, withoutMain: [], notInLanguage: {}, problems: [], blocked: []},
        fr: {findings: {}, withoutMain: [], notInLanguage: {}, problems: [], blocked: []},
      });
    },
    TEST_TIMEOUT_MS * 8,
  );
});
