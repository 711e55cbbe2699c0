import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Page} from '@shopify/polaris';
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
import {useLiveJourneys} from '../live/use-live-journeys';
import {useNow} from '../live/use-now';

export const LIVE_TITLE = 'Live checkouts';

export function LiveCheckoutsPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const {state, status, retry, showHeld} = useLiveJourneys(filters);
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList).query;
  const campaignList = campaigns.status === 'success' ? campaigns.data : undefined;
  const now = useNow();
  // Filters replace the history entry: Back leaves the page rather than undoing each choice.
  const change = (next: LiveFilters) => setParams(filtersToParams(next), {replace: true});
  const clear = () => change({signal: undefined, campaign: undefined, hours: DEFAULT_HOURS});
  const range = TIME_RANGES.find((r) => r.hours === filters.hours)?.label ?? '';
  const ready = state.status === 'ready';

  return (
    <>
      <TitleBar title={LIVE_TITLE} />
      <Page>
        <BlockStack gap="400">
          <LiveAnnouncer message={state.announcement} />
          <PixelStatusBanner />
          <JourneyFilters
            filters={filters}
            onChange={change}
            campaigns={campaignList}
            status={status}
          />
          {state.status === 'loading' ? (
            <TableSkeleton label="Loading recent checkouts" columns={JOURNEY_HEADINGS.length} />
          ) : null}
          {state.status === 'error' && state.error ? (
            <ApiErrorBanner
              title="Heed couldn’t load recent checkouts"
              error={state.error}
              onRetry={retry}
            />
          ) : null}
          {ready && state.journeys.length === 0 && isFiltered(filters) ? (
            <NoMatchingJourneys onClear={clear} />
          ) : null}
          {ready && state.journeys.length === 0 && !isFiltered(filters) ? (
            <JourneysEmptyState rangeLabel={range} />
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
