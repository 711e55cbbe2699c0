import {useState} from 'react';
import {BlockStack, Button, Link, Select, Text, TextField} from '@shopify/polaris';
import {CALL_OUTCOMES, type CallOutcome} from '../../api/case-schemas';
import type {ActionProps} from './case-actions-card';

const OUTCOME_WORDS: Record<CallOutcome, string> = {
  reached: 'Reached the shopper',
  voicemail: 'Left a voicemail',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
};
const OPTIONS = CALL_OUTCOMES.map((outcome) => ({label: OUTCOME_WORDS[outcome], value: outcome}));

/** The number to call, and a record of the call once it is made. */
export function CallForm({view, run, pending, disabled}: ActionProps & {disabled: boolean}) {
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [notes, setNotes] = useState('');
  const phone = view.shopper.contact?.phone ?? null;
  const record = async () => {
    const text = notes.trim();
    const done = await run('call', text ? {outcome, notes: text} : {outcome}, 'Call recorded');
    if (done) setNotes('');
  };
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        Call
      </Text>
      {phone ? (
        <Text as="p">
          <Link url={`tel:${phone}`}>{phone}</Link>
        </Text>
      ) : (
        <Text as="p" tone="subdued">
          Shopify has no phone number for this shopper.
        </Text>
      )}
      <Select
        id="case-call-outcome"
        label="How the call went"
        options={OPTIONS}
        value={outcome}
        onChange={(value) => setOutcome(CALL_OUTCOMES.find((o) => o === value) ?? outcome)}
        disabled={disabled}
      />
      <TextField
        id="case-call-notes"
        label="Call notes"
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
        Record call
      </Button>
    </BlockStack>
  );
}
