import {TitleBar} from '@shopify/app-bridge-react';
import {Banner, BlockStack, Layout, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
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
import {newsWords} from '../live/live-news';
import {useJourneyDetail} from '../live/use-journey-detail';
import {useNow} from '../live/use-now';
import {useShopFormat} from '../shop/shop-format';

const LIVE_URL = '/live';

export function JourneyPage() {
  const {id = ''} = useParams();
  // A new id is a new story: nothing of the previous one may linger while it loads.
  return <JourneyStory key={id} id={id} />;
}

function JourneyStory({id}: {id: string}) {
  const format = useShopFormat();
  const {t} = useTranslation('live');
  const {query, retry, status, announcement} = useJourneyDetail(id);
  const campaigns = useApiQuery(CAMPAIGNS_PATH, parseCampaignList).query;
  const now = useNow();
  const journey = query.status === 'success' ? query.data.journey : undefined;
  const title = journey
    ? t('journey.titleStarted', {when: format.dateTime(journey.startedAt)})
    : t('journey.title');

  return (
    <>
      <JourneyTitleBar title={title} />
      <LiveAnnouncer message={newsWords(announcement, t)} />
      {query.status === 'loading' ? <PageSkeleton label={t('journey.loading')} /> : null}
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
  const {t} = useTranslation('live');
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
        {t('title')}
      </button>
    </TitleBar>
  );
}

/** Journeys merge when a shopper's two visits turn out to be one, and shops can ask to erase them. */
function JourneyLoadError({error, onRetry}: {error: ApiError; onRetry: () => void}) {
  const {t} = useTranslation('live');
  const missing = error.status === 404 || error.problems.some((problem) => problem.path === 'id');
  if (missing) {
    return (
      <Banner
        tone="warning"
        title={t('journey.goneTitle')}
        action={{content: t('journey.goneBack'), url: LIVE_URL}}
      >
        <p>{t('journey.goneBody')}</p>
      </Banner>
    );
  }
  return <ApiErrorBanner title={t('journey.loadError')} error={error} onRetry={onRetry} />;
}
