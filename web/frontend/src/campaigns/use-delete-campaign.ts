import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import {asApiError} from '../api/api-error';
import {deleteCampaign} from '../api/campaigns';
import {useApiClient} from '../api/use-api';
import {showToast} from '../toast';

export function useDeleteCampaign(id: string) {
  const {t} = useTranslation('campaigns');
  const client = useApiClient();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    setDeleting(true);
    try {
      await deleteCampaign(client, id);
      showToast(t('delete.done'));
      navigate('/campaigns');
    } catch (caught: unknown) {
      showToast(t('delete.failed', {message: asApiError(caught).message}), {isError: true});
      setDeleting(false);
    }
  };

  return {remove, deleting};
}
