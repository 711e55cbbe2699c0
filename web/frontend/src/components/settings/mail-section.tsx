import {Layout} from '@shopify/polaris';
import {MAIL_SETTINGS_PATH, parseMailSettings} from '../../api/mail-settings';
import {useApiQuery} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSkeleton} from './form-skeleton';
import {MailForm} from './mail-form';

/** The shop's own mail server, for plain emails a staff member writes to a shopper. */
export function MailSection() {
  const {query, reload} = useApiQuery(MAIL_SETTINGS_PATH, parseMailSettings);
  return (
    <Layout.AnnotatedSection
      title="Email to shoppers"
      description="Messages your team writes, and email notifications to your team, leave from your own mail server, from your address. Invoices for resumed orders are sent by Shopify and need none of this."
    >
      {query.status === 'loading' ? <FormSkeleton label="Loading your email settings" /> : null}
      {query.status === 'error' ? (
        <ApiErrorBanner
          title="Heed couldn’t load your email settings"
          error={query.error}
          onRetry={reload}
        />
      ) : null}
      {query.status === 'success' ? <MailForm initial={query.data} /> : null}
    </Layout.AnnotatedSection>
  );
}
