import {Badge, BlockStack, Box, Icon, InlineStack, Text} from '@shopify/polaris';
import {
  AlertTriangleIcon,
  ArrowRightIcon,
  CheckCircleIcon,
  ClockIcon,
} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import {durationUnits, formatDuration} from '../../live/format-time';
import {endingWords, isEnded} from '../../live/signal-ending';
import {SEVERITY_LOOK} from '../../live/signal-types';
import type {TimelineEntry} from '../../live/timeline';
import {useShopFormat} from '../../shop/shop-format';

/** One line of a journey's story: when, what happened, and how long it took to get there. */
export function TimelineEntryItem({entry, now}: {entry: TimelineEntry; now: number}) {
  const format = useShopFormat();
  return (
    <Box as="li">
      <InlineStack gap="300" wrap={false} blockAlign="start">
        <span>
          <Icon source={iconOf(entry)} tone={isAlarm(entry) ? 'critical' : 'subdued'} />
        </span>
        <BlockStack gap="050">
          <Text as="p" tone="subdued" variant="bodySm">
            {format.moment(entry.at, now, 'seconds')}
          </Text>
          <EntryBody entry={entry} now={now} />
        </BlockStack>
      </InlineStack>
    </Box>
  );
}

function EntryBody({entry, now}: {entry: TimelineEntry; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('live');
  switch (entry.kind) {
    case 'step':
      return (
        <>
          <Text as="h3" variant="headingSm">
            {entry.title}
          </Text>
          {entry.spent ? (
            <Text as="p" tone="subdued">
              {t(`stepSentence.after.${entry.spent.on}`, {
                duration: formatDuration(entry.spent.ms, durationUnits(t)),
              })}
            </Text>
          ) : null}
        </>
      );
    case 'signal': {
      const look = SEVERITY_LOOK[entry.severity];
      if (isEnded(entry)) {
        return (
          <>
            <InlineStack gap="200" blockAlign="center">
              <Text as="h3" variant="headingSm" tone="subdued" textDecorationLine="line-through">
                {entry.label}
              </Text>
              <Badge>{t('ending.badge')}</Badge>
            </InlineStack>
            <Text as="p" tone="subdued" textDecorationLine="line-through">
              {entry.sentence}
            </Text>
            <Text as="p">{endingWords(entry, now, format, t)}</Text>
          </>
        );
      }
      return (
        <>
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {entry.label}
            </Text>
            <Badge tone={look.tone}>{t(`severity.${entry.severity}`)}</Badge>
          </InlineStack>
          <Text as="p">{entry.sentence}</Text>
        </>
      );
    }
    case 'last-seen':
      return (
        <>
          <Text as="h3" variant="headingSm">
            {entry.step ? t(`stepSentence.lastSeen.${entry.step}`) : t('stepUnknown')}
          </Text>
          <Text as="p" tone="subdued">
            {t('timeline.lastActive', {when: format.relative(entry.at, now)})}
          </Text>
        </>
      );
  }
}

/** An open signal is the alarm of the story; one that ended is a fact of the past. */
function isAlarm(entry: TimelineEntry): boolean {
  return entry.kind === 'signal' && !isEnded(entry);
}

function iconOf(entry: TimelineEntry) {
  if (entry.kind === 'signal') return isEnded(entry) ? CheckCircleIcon : AlertTriangleIcon;
  if (entry.kind === 'last-seen') return ClockIcon;
  return entry.step === 'completed' ? CheckCircleIcon : ArrowRightIcon;
}
