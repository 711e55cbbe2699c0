import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useSearchParams} from 'react-router-dom';
import {CAMPAIGNS_PATH, parseCampaignList} from '../api/campaigns';
import {useApiQuery} from '../api/use-api';
import {ApiErrorBanner} from '../components/api-error-banner';
import {JourneyFilters} from '../components/live/journey-filters';
import {JourneysEmptyState, NoMatchingJourneys} from '../components/live/journeys-empty-state';
import {JOURNEY_HEADINGS, JourneysTable} from '../components/live/journeys-table';
import {NewCheckoutsBar} from '../components/live/new-checkouts-bar';
import {LiveAnnouncer} from '../components/live/live-announcer';
import {PixelStatusBanner} from '../components/live/pixel-status-banner';
import {TableSkeleton} from '../components/table-skeleton';
import {
  DEFAULT_HOURS,
  TIME_RANGES,
  filtersFrom,
  filtersToParams,
  isFiltered,
  type LiveFilters,
} from '../live/filters';
import {newsWords} from '../live/live-news';
import {useLiveJourneys} from '../live/use-live-journeys';
import {useNow} from '../live/use-now';

export function LiveCheckoutsPage() {
  const {t} = useTranslation('live');
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const {state, status, retry, showHeld} = useLiveJourneys(filters);
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList).query;
  const campaignList = campaigns.status === 'success' ? campaigns.data : undefined;
  const now = useNow();
  // Filters replace the history entry: Back leaves the page rather than undoing each choice.
  const change = (next: LiveFilters) => setParams(filtersToParams(next), {replace: true});
  const clear = () => change({signal: undefined, campaign: undefined, hours: DEFAULT_HOURS});
  const range = TIME_RANGES.find((r) => r.hours === filters.hours)?.name ?? 'day';
  const ready = state.status === 'ready';

  return (
    <>
      <TitleBar title={t('title')} />
      <Page>
        <BlockStack gap="400">
          <LiveAnnouncer message={newsWords(state.announcement, t)} />
          <PixelStatusBanner />
          <JourneyFilters
            filters={filters}
            onChange={change}
            campaigns={campaignList}
            status={status}
          />
          {state.status === 'loading' ? (
            <TableSkeleton label={t('loading')} columns={JOURNEY_HEADINGS.length} />
          ) : null}
          {state.status === 'error' && state.error ? (
            <ApiErrorBanner title={t('loadError')} error={state.error} onRetry={retry} />
          ) : null}
          {ready && state.journeys.length === 0 && isFiltered(filters) ? (
            <NoMatchingJourneys onClear={clear} />
          ) : null}
          {ready && state.journeys.length === 0 && !isFiltered(filters) ? (
            <JourneysEmptyState range={range} />
          ) : null}
          {ready && state.journeys.length > 0 ? (
            <NewCheckoutsBar count={state.held.length} onShow={showHeld} />
          ) : null}
          {ready && state.journeys.length > 0 ? (
            <JourneysTable
              journeys={state.journeys}
              campaigns={campaignList}
              fresh={state.fresh}
              now={now}
              listQuery={filtersToParams(filters).toString()}
            />
          ) : null}
        </BlockStack>
      </Page>
    </>
  );
}
