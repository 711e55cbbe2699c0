import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Layout, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {ApiErrorBanner} from '../components/api-error-banner';
import {OpenCasesCard} from '../components/cases/open-cases-card';
import {HowHeedWorks} from '../components/how-heed-works';
import {OutcomesSummaryCard} from '../components/outcomes/outcomes-summary-card';
import {PageSkeleton} from '../components/page-skeleton';
import {SetupGuide} from '../components/setup-guide';
import {StoreStatusCard} from '../components/store-status-card';
import {useOverview} from '../shop/shop-format';

/** The app's client id, from the meta tag App Bridge itself reads (it is public). */
function appApiKey(): string {
  return document.querySelector('meta[name="shopify-api-key"]')?.getAttribute('content') ?? '';
}

export function DashboardPage() {
  const {query, reload} = useOverview();
  const {t} = useTranslation('dashboard');
  return (
    <>
      <TitleBar title={t('title')} />
      {query.status === 'loading' ? <PageSkeleton label={t('loading')} /> : null}
      {query.status === 'error' ? (
        <Page>
          <ApiErrorBanner title={t('loadError')} error={query.error} onRetry={reload} />
        </Page>
      ) : null}
      {query.status === 'success' ? (
        <Page>
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                <HowHeedWorks shopName={query.data.shop.name} />
                <SetupGuide apiKey={appApiKey()} />
              </BlockStack>
            </Layout.Section>
            <Layout.Section variant="oneThird">
              <BlockStack gap="400">
                <OpenCasesCard />
                <OutcomesSummaryCard />
                <StoreStatusCard overview={query.data} />
              </BlockStack>
            </Layout.Section>
          </Layout>
        </Page>
      ) : null}
    </>
  );
}
