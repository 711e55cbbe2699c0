import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, Text, TextField} from '@shopify/polaris';
import {parseLocalDateTime, toLocalDateTime} from '../../campaigns/datetime-local';
import {useShopFormat} from '../../shop/shop-format';
import type {ActionProps} from './case-actions-card';

const HOUR_MS = 3_600_000;

/** Puts the case aside until a time (the shopper asked to be called tomorrow), or wakes it. */
export function SnoozeForm({view, run, pending, now}: ActionProps) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  const [until, setUntil] = useState(() => toLocalDateTime(now + 2 * HOUR_MS, format.timeZone));
  const [error, setError] = useState<string | undefined>();
  const {snoozedUntil} = view.case;
  if (snoozedUntil !== null && snoozedUntil > now) {
    return (
      <BlockStack gap="200" inlineAlign="start">
        <Text as="p">{t('actions.snoozedUntil', {when: format.moment(snoozedUntil, now)})}</Text>
        <Button
          onClick={() => void run('wake', {}, t('toast.woken'))}
          loading={pending === 'wake'}
          disabled={pending !== undefined}
        >
          {t('actions.wake')}
        </Button>
      </BlockStack>
    );
  }
  const snooze = () => {
    const at = parseLocalDateTime(until, format.timeZone);
    if (at === null || at <= Date.now()) {
      setError(t('actions.snoozeFuture'));
      return;
    }
    void run('snooze', {until: at}, t('toast.snoozed', {when: format.moment(at, Date.now())}));
  };
  return (
    <BlockStack gap="200">
      <TextField
        id="case-snooze-until"
        label={t('actions.snoozeLabel')}
        type="datetime-local"
        value={until}
        onChange={(value) => {
          setUntil(value);
          setError(undefined);
        }}
        error={error}
        helpText={t('actions.snoozeZone', {zone: format.zoneLabel(now)})}
        autoComplete="off"
      />
      <Button onClick={snooze} loading={pending === 'snooze'} disabled={pending !== undefined}>
        {t('actions.snooze')}
      </Button>
    </BlockStack>
  );
}
