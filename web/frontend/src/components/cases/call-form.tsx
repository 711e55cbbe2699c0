import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, Link, Select, Text, TextField} from '@shopify/polaris';
import {CALL_OUTCOMES, type CallOutcome} from '../../api/case-schemas';
import type {ActionProps} from './case-actions-card';

/** The number to call, and a record of the call once it is made. */
export function CallForm({view, run, pending, disabled}: ActionProps & {disabled: boolean}) {
  const {t} = useTranslation('cases');
  const options = CALL_OUTCOMES.map((value) => ({label: t(`call.outcome.${value}`), value}));
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [notes, setNotes] = useState('');
  const phone = view.shopper.contact?.phone ?? null;
  const record = async () => {
    const text = notes.trim();
    const done = await run(
      'call',
      text ? {outcome, notes: text} : {outcome},
      t('toast.callRecorded'),
    );
    if (done) setNotes('');
  };
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        {t('call.heading')}
      </Text>
      {phone ? (
        <Text as="p">
          <Link url={`tel:${phone}`}>{phone}</Link>
        </Text>
      ) : (
        <Text as="p" tone="subdued">
          {t('call.noPhone')}
        </Text>
      )}
      <Select
        id="case-call-outcome"
        label={t('call.outcomeLabel')}
        options={options}
        value={outcome}
        onChange={(value) => setOutcome(CALL_OUTCOMES.find((o) => o === value) ?? outcome)}
        disabled={disabled}
      />
      <TextField
        id="case-call-notes"
        label={t('call.notesLabel')}
        value={notes}
        onChange={setNotes}
        multiline={2}
        autoComplete="off"
        disabled={disabled}
      />
      <Button
        onClick={() => void record()}
        loading={pending === 'call'}
        disabled={disabled || phone === null || pending !== undefined}
      >
        {t('call.record')}
      </Button>
    </BlockStack>
  );
}
