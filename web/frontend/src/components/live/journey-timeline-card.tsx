import {BlockStack, Card, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {JourneyDetail} from '../../api/journey-schemas';
import {buildTimeline} from '../../live/timeline';
import {TimelineEntryItem} from './timeline-entry';

/** The shopper's checkout as a story, step by step, with what went wrong where it happened. */
export function JourneyTimelineCard({detail, now}: {detail: JourneyDetail; now: number}) {
  const {t} = useTranslation('live');
  const entries = buildTimeline(detail, t);
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          {t('timeline.heading')}
        </Text>
        <BlockStack as="ol" gap="400">
          {entries.map((entry) => (
            <TimelineEntryItem key={entry.key} entry={entry} now={now} />
          ))}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
