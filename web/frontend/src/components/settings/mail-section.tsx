import {Layout} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {MAIL_SETTINGS_PATH, parseMailSettings} from '../../api/mail-settings';
import {useApiQuery} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSkeleton} from './form-skeleton';
import {MailForm} from './mail-form';
import {useSectionReady} from '../../settings/settings-readiness';

/** The shop's own mail server, for plain emails a staff member writes to a shopper. */
export function MailSection() {
  const {t} = useTranslation('settings');
  const {query, reload} = useApiQuery(MAIL_SETTINGS_PATH, parseMailSettings);
  useSectionReady('mail', query.status !== 'loading');
  return (
    <Layout.AnnotatedSection title={t('mail.title')} description={t('mail.description')}>
      {query.status === 'loading' ? <FormSkeleton label={t('mail.loading')} /> : null}
      {query.status === 'error' ? (
        <ApiErrorBanner title={t('mail.loadFailed')} error={query.error} onRetry={reload} />
      ) : null}
      {query.status === 'success' ? <MailForm initial={query.data} /> : null}
    </Layout.AnnotatedSection>
  );
}
