import {SaveBar} from '@shopify/app-bridge-react';
import {useTranslation} from 'react-i18next';
import {useUnsavedChanges} from '../forms/unsaved-changes';

interface Props {
  /** Unique on the page: App Bridge finds the save bar by it. */
  id: string;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

/**
 * App Bridge's save bar for one form: Shopify admin shows it, with Save and Discard, while the form
 * holds changes nobody saved, and asks before the merchant leaves the page.
 * https://shopify.dev/docs/api/app-bridge-library/react-components/savebar-component
 */
export function FormSaveBar({id, dirty, saving, onSave, onDiscard}: Props) {
  const {t} = useTranslation();
  useUnsavedChanges(id, dirty);
  return (
    <SaveBar id={id} open={dirty}>
      <button type="button" variant="primary" onClick={onSave} loading={saving ? '' : undefined}>
        {t('save')}
      </button>
      <button type="button" onClick={onDiscard} disabled={saving}>
        {t('discard')}
      </button>
    </SaveBar>
  );
}
