import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useSearchParams} from 'react-router-dom';
import {CAMPAIGNS_PATH, parseCampaignList} from '../api/campaigns';
import {useApiQuery} from '../api/use-api';
import {
  DEFAULT_FILTERS,
  inboxFiltersFrom,
  inboxFiltersToParams,
  isNarrowed,
  type InboxFilters,
} from '../cases/inbox-filters';
import {useLiveCases} from '../cases/use-live-cases';
import {ApiErrorBanner} from '../components/api-error-banner';
import {CASE_HEADINGS, CasesTable} from '../components/cases/cases-table';
import {InboxEmptyState, NoMatchingCases} from '../components/cases/inbox-empty-state';
import {InboxFiltersCard} from '../components/cases/inbox-filters-card';
import {LiveAnnouncer} from '../components/live/live-announcer';
import {TableSkeleton} from '../components/table-skeleton';
import {useNow} from '../live/use-now';

export function InboxPage() {
  // Both namespaces at once: the rows name signals in the `live` namespace's words.
  const {t} = useTranslation(['cases', 'live']);
  const [params, setParams] = useSearchParams();
  const filters = inboxFiltersFrom(params);
  const {state, status, retry} = useLiveCases(filters);
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList).query;
  const now = useNow();
  // Filters replace the history entry: Back leaves the page rather than undoing each choice.
  const change = (next: InboxFilters) => setParams(inboxFiltersToParams(next), {replace: true});
  const clear = () => change({...DEFAULT_FILTERS, view: filters.view});
  const ready = state.status === 'ready';
  const empty = ready && state.cases.length === 0;
  const nothingAtAll = empty && filters.view === 'open' && !isNarrowed(filters);

  return (
    <>
      <TitleBar title={t('inbox.title')} />
      <Page>
        <BlockStack gap="400">
          <LiveAnnouncer message={state.announcement} />
          <InboxFiltersCard
            filters={filters}
            onChange={change}
            campaigns={campaigns.status === 'success' ? campaigns.data : undefined}
            status={status}
          />
          {state.status === 'loading' ? (
            <TableSkeleton label={t('inbox.loading')} columns={CASE_HEADINGS.length} />
          ) : null}
          {state.status === 'error' && state.error ? (
            <ApiErrorBanner title={t('inbox.loadError')} error={state.error} onRetry={retry} />
          ) : null}
          {nothingAtAll ? <InboxEmptyState /> : null}
          {empty && !nothingAtAll ? (
            <NoMatchingCases
              resolved={filters.view === 'resolved'}
              onClear={isNarrowed(filters) ? clear : undefined}
            />
          ) : null}
          {ready && state.cases.length > 0 ? (
            <CasesTable
              cases={state.cases}
              fresh={state.fresh}
              now={now}
              listQuery={inboxFiltersToParams(filters).toString()}
            />
          ) : null}
        </BlockStack>
      </Page>
    </>
  );
}
