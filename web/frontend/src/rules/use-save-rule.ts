import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import {asApiError, type ApiError} from '../api/api-error';
import type {RuleInput} from '../api/rule-schemas';
import {saveRule} from '../api/rules';
import {useApiClient} from '../api/use-api';
import {showToast} from '../toast';

/** Saves the rule and goes back to the list; a refusal stays in `error` for the form's fields. */
export function useSaveRule(id?: string) {
  const {t} = useTranslation('rules');
  const client = useApiClient();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  const save = async (input: RuleInput) => {
    setSaving(true);
    setError(undefined);
    try {
      await saveRule(client, input, id);
      showToast(id === undefined ? t('toast.added') : t('toast.saved'));
      navigate('/rules');
    } catch (caught: unknown) {
      setError(asApiError(caught));
      setSaving(false);
    }
  };

  return {save, saving, error};
}
