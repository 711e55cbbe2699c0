import {TitleBar} from '@shopify/app-bridge-react';
import {Banner, BlockStack, Layout, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import {
  CAMPAIGN_ALERTS_PATH,
  CAMPAIGNS_PATH,
  parseAlertList,
  parseCampaignList,
} from '../api/campaigns';
import {useApiQuery} from '../api/use-api';
import {useShopCurrency} from '../api/use-shop-currency';
import {ApiErrorBanner} from '../components/api-error-banner';
import {CampaignsEmptyState} from '../components/campaigns/campaigns-empty-state';
import {CampaignsTable} from '../components/campaigns/campaigns-table';
import {RunningAlertsBanner} from '../components/campaigns/running-alerts-banner';
import {TableSkeleton} from '../components/table-skeleton';

export const NEW_CAMPAIGN_URL = '/campaigns/new';

export function CampaignsPage() {
  const {t} = useTranslation(['campaigns', 'common']);
  const navigate = useNavigate();
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList);
  const alerts = useApiQuery(CAMPAIGN_ALERTS_PATH, parseAlertList);
  const currencyCode = useShopCurrency();
  const create = () => navigate(NEW_CAMPAIGN_URL);
  const list = campaigns.query;

  return (
    <>
      <TitleBar title={t('list.title')}>
        <button variant="primary" onClick={create}>
          {t('list.create')}
        </button>
      </TitleBar>
      <Page>
        <BlockStack gap="400">
          {alerts.query.status === 'error' ? (
            <Banner
              tone="warning"
              title={t('list.alertsError')}
              action={{content: t('common:tryAgain'), onAction: alerts.reload}}
            />
          ) : null}
          {alerts.query.status === 'success' && list.status === 'success' ? (
            <RunningAlertsBanner alerts={alerts.query.data} campaigns={list.data} />
          ) : null}
          {list.status === 'loading' ? <TableSkeleton label={t('list.loading')} /> : null}
          {list.status === 'error' ? (
            <ApiErrorBanner
              title={t('list.loadError')}
              error={list.error}
              onRetry={campaigns.reload}
            />
          ) : null}
          {list.status === 'success' && list.data.length === 0 ? (
            <CampaignsEmptyState onCreate={create} />
          ) : null}
          {list.status === 'success' && list.data.length > 0 ? (
            <Layout>
              <Layout.Section>
                <CampaignsTable campaigns={list.data} currencyCode={currencyCode} />
              </Layout.Section>
            </Layout>
          ) : null}
        </BlockStack>
      </Page>
    </>
  );
}
