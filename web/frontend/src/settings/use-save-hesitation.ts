import {useRef, useState} from 'react';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../api/api-error';
import {
  saveHesitationOverrides,
  type HesitationSettings,
  type ThresholdOverrides,
} from '../api/settings';
import {useApiClient} from '../api/use-api';
import {showToast} from '../toast';

export type SaveKind = 'save' | 'restore';

interface Callbacks {
  onSaved: (settings: HesitationSettings) => void;
  /** The server refused: its `problems` belong on the form's fields. */
  onRefused: (error: ApiError) => void;
}

const SAVED_MESSAGES = {save: 'hesitation.saved', restore: 'hesitation.restored'} as const;

/** Sends the shop's overrides; the last failure stays in `error` and `retry` sends it again. */
export function useSaveHesitation({onSaved, onRefused}: Callbacks) {
  const {t} = useTranslation('settings');
  const client = useApiClient();
  const [pending, setPending] = useState<SaveKind | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const last = useRef<{kind: SaveKind; overrides: ThresholdOverrides} | undefined>(undefined);

  const save = async (kind: SaveKind, overrides: ThresholdOverrides) => {
    last.current = {kind, overrides};
    setPending(kind);
    setError(undefined);
    try {
      const settings = await saveHesitationOverrides(client, overrides);
      onSaved(settings);
      showToast(t(SAVED_MESSAGES[kind]));
    } catch (caught: unknown) {
      const refusal = asApiError(caught);
      setError(refusal);
      onRefused(refusal);
    } finally {
      setPending(undefined);
    }
  };

  const retry = () => {
    if (last.current) void save(last.current.kind, last.current.overrides);
  };

  return {save, retry, pending, error};
}
