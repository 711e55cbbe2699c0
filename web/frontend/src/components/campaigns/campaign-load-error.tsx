import {Banner} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {ApiError} from '../../api/api-error';
import {ApiErrorBanner} from '../api-error-banner';
import {CAMPAIGNS_URL} from './campaign-title-bar';

/** A campaign that could not be loaded; one that no longer exists needs a way back, not a retry. */
export function CampaignLoadError({error, onRetry}: {error: ApiError; onRetry: () => void}) {
  const {t} = useTranslation('campaigns');
  // A malformed id in the address is refused as invalid input, but to the merchant it is the same.
  const missing = error.status === 404 || error.problems.some((problem) => problem.path === 'id');
  if (missing) {
    return (
      <Banner
        tone="warning"
        title={t('loadError.missing')}
        action={{content: t('loadError.back'), url: CAMPAIGNS_URL}}
      >
        <p>{t('loadError.missingBody')}</p>
      </Banner>
    );
  }
  return <ApiErrorBanner title={t('loadError.title')} error={error} onRetry={onRetry} />;
}
