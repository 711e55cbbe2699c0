import {Banner, BlockStack, Layout, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useNavigate, useParams} from 'react-router-dom';
import type {CampaignDetail} from '../api/campaign-schemas';
import {campaignPath, parseCampaignDetail} from '../api/campaigns';
import {useApiQuery} from '../api/use-api';
import {useShopCurrency} from '../api/use-shop-currency';
import {useVerifyCampaign} from '../campaigns/use-verify-campaign';
import {ApiErrorBanner} from '../components/api-error-banner';
import {CampaignAlerts} from '../components/campaigns/campaign-alerts';
import {CampaignLoadError} from '../components/campaigns/campaign-load-error';
import {CampaignTitleBar} from '../components/campaigns/campaign-title-bar';
import {CampaignDetailsCard} from '../components/campaigns/report/campaign-details-card';
import {FindingsChecklist} from '../components/campaigns/report/findings-checklist';
import {ReportSummaryCard} from '../components/campaigns/report/report-summary-card';
import {VerifiedLinksCard} from '../components/campaigns/report/verified-links-card';
import {PageSkeleton} from '../components/page-skeleton';

export function CampaignReportPage() {
  const {t} = useTranslation('campaigns');
  const {id = ''} = useParams();
  const {query, reload} = useApiQuery(campaignPath(id), parseCampaignDetail);
  if (query.status === 'success') return <Report detail={query.data} />;
  return (
    <>
      <CampaignTitleBar title={t('report.title')} />
      {query.status === 'loading' ? <PageSkeleton label={t('report.loading')} /> : null}
      {query.status === 'error' ? (
        <Page>
          <CampaignLoadError error={query.error} onRetry={reload} />
        </Page>
      ) : null}
    </>
  );
}

function Report({detail}: {detail: CampaignDetail}) {
  const {t} = useTranslation('campaigns');
  const {campaign} = detail;
  const navigate = useNavigate();
  const currencyCode = useShopCurrency();
  const verification = useVerifyCampaign(campaign.id);
  const latest = verification.report ?? detail.report;
  // A report older than the last edit describes a campaign that no longer exists: the save's own
  // verification failed. It is shown for reference, but the campaign counts as not verified.
  const stale = latest !== null && latest.checkedAt < campaign.updatedAt;
  const report = stale ? null : latest;
  const health = report?.health ?? 'unverified';

  return (
    <>
      <CampaignTitleBar title={campaign.name}>
        <button onClick={() => navigate(`/campaigns/${campaign.id}/edit`)}>
          {t('report.edit')}
        </button>
      </CampaignTitleBar>
      <Page>
        <Layout>
          <Layout.Section>
            <BlockStack gap="400">
              <CampaignAlerts alerts={detail.alerts} />
              {verification.error ? (
                <ApiErrorBanner
                  title={t('report.verifyError')}
                  error={verification.error}
                  onRetry={() => void verification.verify()}
                />
              ) : null}
              {report === null ? (
                <Banner tone="warning" title={t('report.notVerified')}>
                  <p>
                    {stale ? t('report.staleBody') : t('report.unreadBody')} {t('report.retrySoon')}
                  </p>
                </Banner>
              ) : null}
              <ReportSummaryCard
                health={health}
                report={report}
                verifying={verification.verifying}
                onVerify={() => void verification.verify()}
              />
              {report ? <FindingsChecklist report={report} /> : null}
              <VerifiedLinksCard
                key={report?.id ?? 'unverified'}
                campaignId={campaign.id}
                health={health}
              />
            </BlockStack>
          </Layout.Section>
          <Layout.Section variant="oneThird">
            <CampaignDetailsCard campaign={campaign} currencyCode={currencyCode} />
          </Layout.Section>
        </Layout>
      </Page>
    </>
  );
}
