import {useState} from 'react';
import {BlockStack, Button, Select, TextField} from '@shopify/polaris';
import {CASE_OUTCOMES, type CaseOutcome} from '../../api/case-schemas';
import {outcomeLabel} from '../../cases/case-words';
import type {ActionProps} from './case-actions-card';

const OPTIONS = CASE_OUTCOMES.map((outcome) => ({label: outcomeLabel(outcome), value: outcome}));

/** Closes the case with what came of it; the note is optional. */
export function ResolveForm({run, pending}: ActionProps) {
  const [outcome, setOutcome] = useState<CaseOutcome>('will_buy_later');
  const [note, setNote] = useState('');
  const resolve = () => {
    const text = note.trim();
    void run('resolve', text ? {outcome, note: text} : {outcome}, 'Case resolved');
  };
  return (
    <BlockStack gap="200">
      <Select
        id="case-resolve-outcome"
        label="Outcome"
        options={OPTIONS}
        value={outcome}
        onChange={(value) => setOutcome(CASE_OUTCOMES.find((o) => o === value) ?? outcome)}
      />
      <TextField
        id="case-resolve-note"
        label="Note (optional)"
        value={note}
        onChange={setNote}
        multiline={2}
        autoComplete="off"
      />
      <Button onClick={resolve} loading={pending === 'resolve'} disabled={pending !== undefined}>
        Resolve
      </Button>
    </BlockStack>
  );
}
