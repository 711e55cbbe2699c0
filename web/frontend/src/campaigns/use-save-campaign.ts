import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import {asApiError, type ApiError} from '../api/api-error';
import {saveCampaign, type CampaignInput} from '../api/campaigns';
import {useApiClient} from '../api/use-api';
import {showToast} from '../toast';

/**
 * Saves the form and opens the campaign's report, which the server wrote while saving. A refusal
 * stays in `error` for the form to show on its fields.
 */
export function useSaveCampaign(id?: string) {
  const {t} = useTranslation('campaigns');
  const client = useApiClient();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  const save = async (input: CampaignInput) => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await saveCampaign(client, input, id);
      showToast(saved.report === null ? t('saved.pending') : t('saved.verified'));
      navigate(`/campaigns/${saved.campaign.id}`);
    } catch (caught: unknown) {
      setError(asApiError(caught));
      setSaving(false);
    }
  };

  return {save, saving, error};
}
