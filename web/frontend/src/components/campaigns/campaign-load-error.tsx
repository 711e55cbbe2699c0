import {Banner} from '@shopify/polaris';
import type {ApiError} from '../../api/api-error';
import {ApiErrorBanner} from '../api-error-banner';
import {CAMPAIGNS_URL} from './campaign-title-bar';

/** A campaign that could not be loaded; one that no longer exists needs a way back, not a retry. */
export function CampaignLoadError({error, onRetry}: {error: ApiError; onRetry: () => void}) {
  // A malformed id in the address is refused as invalid input, but to the merchant it is the same.
  const missing = error.status === 404 || error.problems.some((problem) => problem.path === 'id');
  if (missing) {
    return (
      <Banner
        tone="warning"
        title="This campaign doesn’t exist"
        action={{content: 'Back to campaigns', url: CAMPAIGNS_URL}}
      >
        <p>It may have been deleted, or the link is incomplete.</p>
      </Banner>
    );
  }
  return (
    <ApiErrorBanner title="Heed couldn’t load this campaign" error={error} onRetry={onRetry} />
  );
}
