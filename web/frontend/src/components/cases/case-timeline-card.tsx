import {BlockStack, Card, Text} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {CaseEvent} from '../../api/case-schemas';
import {useShopFormat} from '../../shop/shop-format';

/** Every action on the case, oldest first: who did what, and when. */
export function CaseTimelineCard({timeline, now}: {timeline: readonly CaseEvent[]; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  return (
    <section aria-label={t('timeline.heading')}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t('timeline.heading')}
          </Text>
          <BlockStack as="ol" gap="200">
            {timeline.map((event) => (
              <li key={event.id}>
                <BlockStack gap="050">
                  <Text as="p">{event.sentence}</Text>
                  <Text as="p" tone="subdued" variant="bodySm">
                    {`${actorWords(event, t)} · ${format.moment(event.at, now, 'seconds')}`}
                  </Text>
                </BlockStack>
              </li>
            ))}
          </BlockStack>
        </BlockStack>
      </Card>
    </section>
  );
}

function actorWords(event: CaseEvent, t: TFunction<'cases'>): string {
  if (event.actorName) return event.actorName;
  return event.actor === 'heed' ? t('timeline.heed') : t('timeline.someone');
}
