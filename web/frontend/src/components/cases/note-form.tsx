import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, TextField} from '@shopify/polaris';
import type {ActionProps} from './case-actions-card';

/** A note for the team on the case's timeline; the shopper never sees it. */
export function NoteForm({run, pending}: ActionProps) {
  const {t} = useTranslation('cases');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = async () => {
    const note = text.trim();
    if (!note) {
      setError(t('actions.noteEmpty'));
      return;
    }
    if (await run('note', {text: note}, t('toast.noteAdded'))) setText('');
  };
  return (
    <BlockStack gap="200">
      <TextField
        id="case-note"
        label={t('actions.noteLabel')}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
        }}
        error={error}
        multiline={3}
        autoComplete="off"
      />
      <Button
        onClick={() => void add()}
        loading={pending === 'note'}
        disabled={pending !== undefined}
      >
        {t('actions.addNote')}
      </Button>
    </BlockStack>
  );
}
