import {useState} from 'react';
import {BlockStack, Button, Text, TextField} from '@shopify/polaris';
import {parseLocalDateTime, toLocalDateTime} from '../../campaigns/datetime-local';
import {useShopFormat} from '../../shop/shop-format';
import type {ActionProps} from './case-actions-card';

const HOUR_MS = 3_600_000;

/** Puts the case aside until a time (the shopper asked to be called tomorrow), or wakes it. */
export function SnoozeForm({view, run, pending, now}: ActionProps) {
  const format = useShopFormat();
  const [until, setUntil] = useState(() => toLocalDateTime(now + 2 * HOUR_MS, format.timeZone));
  const [error, setError] = useState<string | undefined>();
  const {snoozedUntil} = view.case;
  if (snoozedUntil !== null && snoozedUntil > now) {
    return (
      <BlockStack gap="200" inlineAlign="start">
        <Text as="p">{`Snoozed until ${format.moment(snoozedUntil, now)}.`}</Text>
        <Button
          onClick={() => void run('wake', {}, 'Case woken')}
          loading={pending === 'wake'}
          disabled={pending !== undefined}
        >
          Wake
        </Button>
      </BlockStack>
    );
  }
  const snooze = () => {
    const at = parseLocalDateTime(until, format.timeZone);
    if (at === null || at <= Date.now()) {
      setError('Choose a time in the future');
      return;
    }
    void run('snooze', {until: at}, `Case snoozed until ${format.moment(at, Date.now())}`);
  };
  return (
    <BlockStack gap="200">
      <TextField
        id="case-snooze-until"
        label="Snooze until"
        type="datetime-local"
        value={until}
        onChange={(value) => {
          setUntil(value);
          setError(undefined);
        }}
        error={error}
        helpText={`In your store’s time zone, ${format.zoneLabel(now)}.`}
        autoComplete="off"
      />
      <Button onClick={snooze} loading={pending === 'snooze'} disabled={pending !== undefined}>
        Snooze
      </Button>
    </BlockStack>
  );
}
