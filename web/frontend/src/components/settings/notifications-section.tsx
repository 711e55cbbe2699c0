import {Layout} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {
  NOTIFICATION_SETTINGS_PATH,
  parseNotificationSettings,
} from '../../api/notification-settings';
import {STAFF_ME_PATH, parseMe} from '../../api/staff';
import {useApiQuery} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSkeleton} from './form-skeleton';
import {NotificationsForm} from './notifications-form';
import {useSectionReady} from '../../settings/settings-readiness';

/** How the team hears of a case: the open admin always, email and Slack as the shop sets. */
export function NotificationsSection() {
  const {t} = useTranslation('settings');
  const {query, reload} = useApiQuery(NOTIFICATION_SETTINGS_PATH, parseNotificationSettings);
  const me = useApiQuery(STAFF_ME_PATH, parseMe).query;
  useSectionReady('notifications', query.status !== 'loading' && me.status !== 'loading');
  return (
    <Layout.AnnotatedSection
      title={t('notifications.title')}
      description={t('notifications.description')}
    >
      {/* Until the viewer's role is known too: a form shown disabled, then enabled, would jump. */}
      {query.status === 'loading' || (query.status === 'success' && me.status === 'loading') ? (
        <FormSkeleton label={t('notifications.loading')} />
      ) : null}
      {query.status === 'error' ? (
        <ApiErrorBanner
          title={t('notifications.loadFailed')}
          error={query.error}
          onRetry={reload}
        />
      ) : null}
      {query.status === 'success' && me.status !== 'loading' ? (
        <NotificationsForm
          initial={query.data}
          canEdit={me.status === 'success' && me.data.role === 'lead'}
        />
      ) : null}
    </Layout.AnnotatedSection>
  );
}
