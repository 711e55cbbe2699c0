import {Layout} from '@shopify/polaris';
import {HESITATION_SETTINGS_PATH, parseHesitationSettings} from '../../api/settings';
import {useApiQuery} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSkeleton} from './form-skeleton';
import {HesitationForm} from './hesitation-form';

export const HESITATION_SECTION_TITLE = 'Hesitation signals';

/** The shop's hesitation thresholds, loaded from the server, in the Settings page's layout. */
export function HesitationSection() {
  const {query, reload} = useApiQuery(HESITATION_SETTINGS_PATH, parseHesitationSettings);
  return (
    <Layout.AnnotatedSection
      title={HESITATION_SECTION_TITLE}
      description="When Heed counts a shopper as hesitating. The defaults suit most stores."
    >
      {query.status === 'loading' ? (
        <FormSkeleton label="Loading your hesitation settings" />
      ) : null}
      {query.status === 'error' ? (
        <ApiErrorBanner
          title="Heed couldn’t load your hesitation settings"
          error={query.error}
          onRetry={reload}
        />
      ) : null}
      {query.status === 'success' ? <HesitationForm initial={query.data} /> : null}
    </Layout.AnnotatedSection>
  );
}
