import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../api/api-error';
import type {Report} from '../api/campaign-schemas';
import {verifyCampaignNow} from '../api/campaigns';
import {useApiClient} from '../api/use-api';
import {showToast} from '../toast';

/** "Verify again": the fresh report replaces the loaded one without reloading the page. */
export function useVerifyCampaign(id: string) {
  const {t} = useTranslation('campaigns');
  const client = useApiClient();
  const [verifying, setVerifying] = useState(false);
  const [report, setReport] = useState<Report | undefined>();
  const [error, setError] = useState<ApiError | undefined>();

  const verify = async () => {
    setVerifying(true);
    setError(undefined);
    try {
      const fresh = await verifyCampaignNow(client, id);
      setReport(fresh);
      showToast(t('summary.verified'));
    } catch (caught: unknown) {
      setError(asApiError(caught));
    } finally {
      setVerifying(false);
    }
  };

  return {verify, verifying, report, error};
}
