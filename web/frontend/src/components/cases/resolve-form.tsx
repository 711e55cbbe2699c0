import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, Select, TextField} from '@shopify/polaris';
import {CASE_OUTCOMES, type CaseOutcome} from '../../api/case-schemas';
import {caseOutcomeLabel} from '../../cases/case-words';
import type {ActionProps} from './case-actions-card';

/** Closes the case with what came of it; the note is optional. */
export function ResolveForm({run, pending}: ActionProps) {
  const {t} = useTranslation('cases');
  const options = CASE_OUTCOMES.map((value) => ({label: caseOutcomeLabel(value, t), value}));
  const [outcome, setOutcome] = useState<CaseOutcome>('will_buy_later');
  const [note, setNote] = useState('');
  const resolve = () => {
    const text = note.trim();
    void run('resolve', text ? {outcome, note: text} : {outcome}, t('toast.resolved'));
  };
  return (
    <BlockStack gap="200">
      <Select
        id="case-resolve-outcome"
        label={t('actions.outcomeLabel')}
        options={options}
        value={outcome}
        onChange={(value) => setOutcome(CASE_OUTCOMES.find((o) => o === value) ?? outcome)}
      />
      <TextField
        id="case-resolve-note"
        label={t('actions.resolveNote')}
        value={note}
        onChange={setNote}
        multiline={2}
        autoComplete="off"
      />
      <Button onClick={resolve} loading={pending === 'resolve'} disabled={pending !== undefined}>
        {t('actions.resolve')}
      </Button>
    </BlockStack>
  );
}
