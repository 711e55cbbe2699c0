import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Button, Card, InlineStack, Page, SkeletonBodyText} from '@shopify/polaris';
import {lazy, Suspense} from 'react';
import {useTranslation} from 'react-i18next';
import {useSearchParams} from 'react-router-dom';
import {outcomesPath, parseOutcomes, type Outcomes, type OutcomesQuery} from '../api/outcomes';
import {useApiQuery} from '../api/use-api';
import {ApiErrorBanner} from '../components/api-error-banner';
import {PageSkeleton} from '../components/page-skeleton';
import {BuyerGuarantee} from '../components/outcomes/buyer-guarantee';
import {OutcomeFigures} from '../components/outcomes/outcome-figures';
import {OutcomesEmptyState} from '../components/outcomes/outcomes-empty-state';
import {OutcomesFilters} from '../components/outcomes/outcomes-filters';

const OutcomeCharts = lazy(() => import('../components/outcomes/outcome-charts'));

function queryFrom(params: URLSearchParams): OutcomesQuery {
  return {
    week: params.get('week') || undefined,
    campaign: params.get('campaign') || undefined,
  };
}

function isEmpty(report: Outcomes): boolean {
  return (
    report.cases.total === 0 &&
    report.promises.length === 0 &&
    report.days.every((d) => d.contacts === 0)
  );
}

/** What follow-up achieved in a week: speed, the deadline kept, outcomes, revenue, promises. */
export function OutcomesPage() {
  const {t} = useTranslation('outcomes');
  const [params, setParams] = useSearchParams();
  const {query, reload} = useApiQuery(outcomesPath(queryFrom(params)), parseOutcomes);
  // Filters replace the history entry: Back leaves the page rather than undoing each choice.
  const change = (next: OutcomesQuery) => {
    const search = new URLSearchParams();
    if (next.week) search.set('week', next.week);
    if (next.campaign) search.set('campaign', next.campaign);
    setParams(search, {replace: true});
  };
  return (
    <>
      <TitleBar title={t('title')} />
      {query.status === 'loading' ? <PageSkeleton label={t('loading')} /> : null}
      {query.status === 'error' ? (
        <Page>
          <BlockStack gap="400">
            <ApiErrorBanner title={t('loadError')} error={query.error} onRetry={reload} />
            {/* A week or campaign in the address the server refused: the way back to this week. */}
            {params.size > 0 ? (
              <InlineStack>
                <Button url="/outcomes">{t('thisWeek')}</Button>
              </InlineStack>
            ) : null}
          </BlockStack>
        </Page>
      ) : null}
      {query.status === 'success' ? (
        <Page>
          <BlockStack gap="400">
            <OutcomesFilters report={query.data} onChange={change} />
            {isEmpty(query.data) ? (
              <OutcomesEmptyState campaign={query.data.campaign?.name ?? null} />
            ) : (
              <>
                <BuyerGuarantee contacts={query.data.contactsToBuyers} />
                <OutcomeFigures report={query.data} />
                <Suspense
                  fallback={
                    <Card>
                      <SkeletonBodyText lines={8} />
                    </Card>
                  }
                >
                  <OutcomeCharts report={query.data} />
                </Suspense>
              </>
            )}
          </BlockStack>
        </Page>
      ) : null}
    </>
  );
}
