import {Banner, BlockStack, Layout, Page} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useParams} from 'react-router-dom';
import type {ApiError} from '../api/api-error';
import {STAFF_ME_PATH, parseMe} from '../api/staff';
import {useApiQuery} from '../api/use-api';
import {useCase} from '../cases/use-case';
import {ApiErrorBanner} from '../components/api-error-banner';
import {ActionFailureBanner} from '../components/cases/action-failure-banner';
import {CaseActionsCard} from '../components/cases/case-actions-card';
import {CaseCartCard} from '../components/cases/case-cart-card';
import {CaseOverviewCard} from '../components/cases/case-overview-card';
import {CaseTimelineCard} from '../components/cases/case-timeline-card';
import {CaseTitleBar, INBOX_URL} from '../components/cases/case-title-bar';
import {ContactCard} from '../components/cases/contact-card';
import {MetCard} from '../components/cases/met-card';
import {NotificationsCard} from '../components/cases/notifications-card';
import {PromiseCard} from '../components/cases/promise-card';
import {ShopperCard} from '../components/cases/shopper-card';
import {ShopperRequestCard} from '../components/cases/shopper-request-card';
import {PageSkeleton} from '../components/page-skeleton';
import {useNow} from '../live/use-now';

export function CasePage() {
  const {id = ''} = useParams();
  // A new id is a new case: nothing of the previous one may linger while it loads.
  return <CaseStory key={id} id={id} />;
}

function CaseStory({id}: {id: string}) {
  // Both namespaces at once: the case names signals and steps in the `live` namespace's words.
  const {t} = useTranslation(['cases', 'live']);
  const {query, reload, run, retry, pending, failure, dismiss, retryNotice, retrying} = useCase(id);
  const me = useApiQuery(STAFF_ME_PATH, parseMe).query;
  const now = useNow();
  const view = query.status === 'success' ? query.data : undefined;
  const title = view
    ? t('case.titleWithShopper', {shopper: view.case.shopperLabel})
    : t('case.title');

  return (
    <>
      <CaseTitleBar title={title} />
      {query.status === 'loading' ? <PageSkeleton label={t('case.loading')} /> : null}
      {query.status === 'error' ? (
        <Page>
          <CaseLoadError error={query.error} onRetry={reload} />
        </Page>
      ) : null}
      {view ? (
        <Page>
          <BlockStack gap="400">
            <ActionFailureBanner failure={failure} onRetry={retry} onDismiss={dismiss} />
            <Layout>
              <Layout.Section>
                <BlockStack gap="400">
                  <CaseOverviewCard item={view.case} now={now} />
                  {view.shopperRequest ? (
                    <ShopperRequestCard request={view.shopperRequest} now={now} />
                  ) : null}
                  <ShopperCard
                    shopper={view.shopper}
                    shopperLabel={view.case.shopperLabel}
                    refreshing={pending === 'refresh-status'}
                    onRefresh={() => void run('refresh-status', {}, t('toast.statusRefreshed'))}
                    now={now}
                  />
                  <PromiseCard promise={view.case.snapshot.promise} />
                  <MetCard journeys={view.case.snapshot.journeys} now={now} />
                  <CaseCartCard journeys={view.case.snapshot.journeys} />
                  <CaseTimelineCard timeline={view.timeline} now={now} />
                </BlockStack>
              </Layout.Section>
              <Layout.Section variant="oneThird">
                <BlockStack gap="400">
                  <CaseActionsCard
                    view={view}
                    run={run}
                    pending={pending}
                    now={now}
                    me={me.status === 'success' ? me.data.userId : undefined}
                  />
                  <ContactCard view={view} run={run} pending={pending} now={now} />
                  <NotificationsCard
                    notifications={view.notifications ?? []}
                    now={now}
                    retrying={retrying}
                    onRetry={(notificationId) => void retryNotice(notificationId)}
                  />
                </BlockStack>
              </Layout.Section>
            </Layout>
          </BlockStack>
        </Page>
      ) : null}
    </>
  );
}

function CaseLoadError({error, onRetry}: {error: ApiError; onRetry: () => void}) {
  const {t} = useTranslation('cases');
  if (error.status === 404) {
    return (
      <Banner
        tone="warning"
        title={t('case.goneTitle')}
        action={{content: t('case.backToInbox'), url: INBOX_URL}}
      >
        <p>{t('case.goneBody')}</p>
      </Banner>
    );
  }
  return <ApiErrorBanner title={t('case.loadError')} error={error} onRetry={onRetry} />;
}
