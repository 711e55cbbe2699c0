import {Layout} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {HESITATION_SETTINGS_PATH, parseHesitationSettings} from '../../api/settings';
import {useApiQuery} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSkeleton} from './form-skeleton';
import {HesitationForm} from './hesitation-form';
import {useSectionReady} from '../../settings/settings-readiness';

/** The shop's hesitation thresholds, loaded from the server, in the Settings page's layout. */
export function HesitationSection() {
  const {t} = useTranslation('settings');
  const {query, reload} = useApiQuery(HESITATION_SETTINGS_PATH, parseHesitationSettings);
  useSectionReady('hesitation', query.status !== 'loading');
  return (
    <Layout.AnnotatedSection
      title={t('hesitation.title')}
      description={t('hesitation.description')}
    >
      {query.status === 'loading' ? <FormSkeleton label={t('hesitation.loading')} /> : null}
      {query.status === 'error' ? (
        <ApiErrorBanner title={t('hesitation.loadFailed')} error={query.error} onRetry={reload} />
      ) : null}
      {query.status === 'success' ? <HesitationForm initial={query.data} /> : null}
    </Layout.AnnotatedSection>
  );
}
