import {useMemo, type ComponentType} from 'react';
import {NavMenu} from '@shopify/app-bridge-react';
import {AppProvider} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import {BrowserRouter, Route, Routes} from 'react-router-dom';
import type {ApiClient} from './api/api-client';
import {ApiClientContext} from './api/use-api';
import {isDemoMode} from './demo/demo-mode';
import {SECTIONS, menuSections, type DemoSectionPath, type SectionPath} from './navigation';
import {CampaignEditPage} from './pages/campaign-edit-page';
import {CampaignNewPage} from './pages/campaign-new-page';
import {CampaignReportPage} from './pages/campaign-report-page';
import {CampaignsPage} from './pages/campaigns-page';
import {CasePage} from './pages/case-page';
import {DashboardPage} from './pages/dashboard-page';
import {DemoMailboxPage} from './pages/demo-mailbox-page';
import {InboxPage} from './pages/inbox-page';
import {JourneyPage} from './pages/journey-page';
import {LiveCheckoutsPage} from './pages/live-checkouts-page';
import {NotFoundPage} from './pages/not-found-page';
import {OutcomesPage} from './pages/outcomes-page';
import {RuleEditPage, RuleNewPage} from './pages/rule-edit-page';
import {RulesPage} from './pages/rules-page';
import {SettingsPage} from './pages/settings-page';
import {RouterLink} from './router-link';
import {CaseToasts} from './components/cases/case-toasts';
import {createLiveHub, LiveHubContext} from './live/live-hub';
import {ShopFormatProvider} from './shop/shop-format';

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
}: {
  apiClient: ApiClient;
  demo?: boolean;
  /** The admin user's language, from App Bridge (`shopify.config.locale`). */
  locale?: string;
}) {
  const liveHub = useMemo(() => createLiveHub(apiClient), [apiClient]);
  return (
    <BrowserRouter future={ROUTER_FUTURE}>
      <AppProvider i18n={en} linkComponent={RouterLink}>
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
                    {section.label}
                  </a>
                ))}
              </NavMenu>
              <CaseToasts />
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
            </LiveHubContext.Provider>
          </ShopFormatProvider>
        </ApiClientContext.Provider>
      </AppProvider>
    </BrowserRouter>
  );
}
