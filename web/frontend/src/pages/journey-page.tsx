import {TitleBar} from '@shopify/app-bridge-react';
import {Banner, BlockStack, Layout, Page} from '@shopify/polaris';
import {useNavigate, useParams, useSearchParams} from 'react-router-dom';
import type {ApiError} from '../api/api-error';
import {CAMPAIGNS_PATH, parseCampaignList} from '../api/campaigns';
import {useApiQuery} from '../api/use-api';
import {ApiErrorBanner} from '../components/api-error-banner';
import {JourneyCartCard} from '../components/live/journey-cart-card';
import {JourneySummaryCard} from '../components/live/journey-summary-card';
import {JourneyTimelineCard} from '../components/live/journey-timeline-card';
import {LiveAnnouncer} from '../components/live/live-announcer';
import {PageSkeleton} from '../components/page-skeleton';
import {filtersFrom, filtersToParams} from '../live/filters';
import {useJourneyDetail} from '../live/use-journey-detail';
import {useNow} from '../live/use-now';
import {LIVE_TITLE} from './live-checkouts-page';
import {useShopFormat} from '../shop/shop-format';

export const JOURNEY_TITLE = 'Checkout';
const LIVE_URL = '/live';

export function JourneyPage() {
  const {id = ''} = useParams();
  // A new id is a new story: nothing of the previous one may linger while it loads.
  return <JourneyStory key={id} id={id} />;
}

function JourneyStory({id}: {id: string}) {
  const format = useShopFormat();
  const {query, retry, status, announcement} = useJourneyDetail(id);
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList).query;
  const now = useNow();
  const journey = query.status === 'success' ? query.data.journey : undefined;
  const title = journey ? `Checkout started ${format.dateTime(journey.startedAt)}` : JOURNEY_TITLE;

  return (
    <>
      <JourneyTitleBar title={title} />
      <LiveAnnouncer message={announcement} />
      {query.status === 'loading' ? <PageSkeleton label="Loading the checkout’s story" /> : null}
      {query.status === 'error' ? (
        <Page>
          <JourneyLoadError error={query.error} onRetry={retry} />
        </Page>
      ) : null}
      {query.status === 'success' ? (
        <Page>
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                <JourneyTimelineCard detail={query.data} now={now} />
                <JourneyCartCard facts={query.data.detail} now={now} />
              </BlockStack>
            </Layout.Section>
            <Layout.Section variant="oneThird">
              <JourneySummaryCard
                journey={query.data.journey}
                facts={query.data.detail}
                campaigns={campaigns.status === 'success' ? campaigns.data : undefined}
                status={status}
              />
            </Layout.Section>
          </Layout>
        </Page>
      ) : null}
    </>
  );
}

function JourneyTitleBar({title}: {title: string}) {
  const navigate = useNavigate();
  // Back to the list as it was filtered; the filters are read, not passed on as given.
  const [params] = useSearchParams();
  const query = filtersToParams(filtersFrom(params)).toString();
  return (
    <TitleBar title={title}>
      <button
        variant="breadcrumb"
        onClick={() => navigate(query ? `${LIVE_URL}?${query}` : LIVE_URL)}
      >
        {LIVE_TITLE}
      </button>
    </TitleBar>
  );
}

/** Journeys merge when a shopper's two visits turn out to be one, and shops can ask to erase them. */
function JourneyLoadError({error, onRetry}: {error: ApiError; onRetry: () => void}) {
  const missing = error.status === 404 || error.problems.some((problem) => problem.path === 'id');
  if (missing) {
    return (
      <Banner
        tone="warning"
        title="This checkout isn’t here anymore"
        action={{content: 'Back to live checkouts', url: LIVE_URL}}
      >
        <p>It may have been merged with another visit of the same shopper, or erased.</p>
      </Banner>
    );
  }
  return (
    <ApiErrorBanner title="Heed couldn’t load this checkout" error={error} onRetry={onRetry} />
  );
}
