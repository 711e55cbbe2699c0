import {Suspense, useMemo, type ComponentProps, type ComponentType} from 'react';
import {NavMenu} from '@shopify/app-bridge-react';
import {AppProvider} from '@shopify/polaris';
import type {i18n as I18n} from 'i18next';
import {I18nextProvider, useTranslation} from 'react-i18next';
import {BrowserRouter, Route, Routes} from 'react-router-dom';
import type {ApiClient} from './api/api-client';
import {ApiClientContext} from './api/use-api';
import {isDemoMode} from './demo/demo-mode';
import {SECTIONS, menuSections, type DemoSectionPath, type SectionPath} from './navigation';
import {RouterLink} from './router-link';
import {CaseToasts} from './components/cases/case-toasts';
import {createLiveHub, LiveHubContext} from './live/live-hub';
import {ShopFormatProvider} from './shop/shop-format';
import {PageSkeleton} from './components/page-skeleton';
import {lazyPage} from './lazy-page';
import {polarisEnglish} from './i18n/polaris-translations';

type PolarisTranslations = ComponentProps<typeof AppProvider>['i18n'];

// Each page is a chunk of its own, loaded when it is first shown (see lazy-page.ts).
const DashboardPage = lazyPage(() => import('./pages/dashboard-page'), 'DashboardPage');
const CampaignsPage = lazyPage(() => import('./pages/campaigns-page'), 'CampaignsPage');
const CampaignNewPage = lazyPage(() => import('./pages/campaign-new-page'), 'CampaignNewPage');
const CampaignReportPage = lazyPage(
  () => import('./pages/campaign-report-page'),
  'CampaignReportPage',
);
const CampaignEditPage = lazyPage(() => import('./pages/campaign-edit-page'), 'CampaignEditPage');
const InboxPage = lazyPage(() => import('./pages/inbox-page'), 'InboxPage');
const CasePage = lazyPage(() => import('./pages/case-page'), 'CasePage');
const LiveCheckoutsPage = lazyPage(
  () => import('./pages/live-checkouts-page'),
  'LiveCheckoutsPage',
);
const JourneyPage = lazyPage(() => import('./pages/journey-page'), 'JourneyPage');
const OutcomesPage = lazyPage(() => import('./pages/outcomes-page'), 'OutcomesPage');
const RulesPage = lazyPage(() => import('./pages/rules-page'), 'RulesPage');
const RuleNewPage = lazyPage(() => import('./pages/rule-edit-page'), 'RuleNewPage');
const RuleEditPage = lazyPage(() => import('./pages/rule-edit-page'), 'RuleEditPage');
const SettingsPage = lazyPage(() => import('./pages/settings-page'), 'SettingsPage');
const DemoMailboxPage = lazyPage(() => import('./pages/demo-mailbox-page'), 'DemoMailboxPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found-page'), 'NotFoundPage');

const PAGES: Record<SectionPath, ComponentType> = {
  '/': DashboardPage,
  '/campaigns': CampaignsPage,
  '/inbox': InboxPage,
  '/live': LiveCheckoutsPage,
  '/outcomes': OutcomesPage,
  '/rules': RulesPage,
  '/settings': SettingsPage,
};

/** Pages of the demo's own sections, routed only in demo mode. */
const DEMO_PAGES: Record<DemoSectionPath, ComponentType> = {
  '/mailbox': DemoMailboxPage,
};

/** Pages below a section, relative to its path; a static segment (`new`) wins over `:id`. */
const SUBPAGES: Partial<Record<SectionPath, readonly {path: string; Page: ComponentType}[]>> = {
  '/campaigns': [
    {path: 'new', Page: CampaignNewPage},
    {path: ':id', Page: CampaignReportPage},
    {path: ':id/edit', Page: CampaignEditPage},
  ],
  '/inbox': [{path: ':id', Page: CasePage}],
  '/live': [{path: ':id', Page: JourneyPage}],
  '/rules': [
    {path: 'new', Page: RuleNewPage},
    {path: ':id', Page: RuleEditPage},
  ],
};

/** Opt in to React Router 7's behaviour now: the same code keeps working after the upgrade, and v6 stops warning. */
export const ROUTER_FUTURE = {v7_startTransition: true, v7_relativeSplatPath: true} as const;

export function App({
  apiClient,
  demo = isDemoMode(),
  locale,
  i18n,
  polarisTranslations = [polarisEnglish],
}: {
  apiClient: ApiClient;
  demo?: boolean;
  /** The admin user's language, from App Bridge (`shopify.config.locale`). */
  locale?: string;
  /** Heed's sentences in that language (`createAdminI18n`); without it, the default instance's. */
  i18n?: I18n;
  /** Polaris's own words in that language, English last (`polarisTranslations`). */
  polarisTranslations?: PolarisTranslations;
}) {
  const app = (
    <AppContent
      apiClient={apiClient}
      demo={demo}
      locale={locale}
      polarisTranslations={polarisTranslations}
    />
  );
  return i18n ? <I18nextProvider i18n={i18n}>{app}</I18nextProvider> : app;
}

function AppContent({
  apiClient,
  demo,
  locale,
  polarisTranslations,
}: {
  apiClient: ApiClient;
  demo: boolean;
  locale: string | undefined;
  polarisTranslations: PolarisTranslations;
}) {
  const liveHub = useMemo(() => createLiveHub(apiClient), [apiClient]);
  const {t} = useTranslation();
  return (
    <BrowserRouter future={ROUTER_FUTURE}>
      <AppProvider i18n={polarisTranslations} linkComponent={RouterLink}>
        <ApiClientContext.Provider value={apiClient}>
          <ShopFormatProvider locale={locale}>
            <LiveHubContext.Provider value={liveHub}>
              {/* App Bridge renders this menu in Shopify admin's sidebar; the `home` link is the app's name. */}
              <NavMenu>
                {menuSections(demo).map((section) => (
                  <a
                    key={section.path}
                    href={section.path}
                    rel={section.path === '/' ? 'home' : undefined}
                  >
                    {t(`nav.${section.name}`)}
                  </a>
                ))}
              </NavMenu>
              <CaseToasts />
              {/* The same skeleton the pages show while their data loads, so nothing jumps. */}
              <Suspense fallback={<PageSkeleton label={t('loading')} />}>
                <Routes>
                  {SECTIONS.map((section) => {
                    const SectionPage = PAGES[section.path];
                    return (
                      <Route key={section.path} path={section.path}>
                        <Route index element={<SectionPage />} />
                        {(SUBPAGES[section.path] ?? []).map(({path, Page}) => (
                          <Route key={path} path={path} element={<Page />} />
                        ))}
                      </Route>
                    );
                  })}
                  {demo
                    ? Object.entries(DEMO_PAGES).map(([path, DemoPage]) => (
                        <Route key={path} path={path} element={<DemoPage />} />
                      ))
                    : null}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </LiveHubContext.Provider>
          </ShopFormatProvider>
        </ApiClientContext.Provider>
      </AppProvider>
    </BrowserRouter>
  );
}
