import {
  Badge,
  BlockStack,
  Button,
  Card,
  InlineStack,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {OPEN_CASES_PATH, parseCaseList} from '../../api/cases';
import {CASE_PRIORITIES} from '../../api/case-schemas';
import {useApiQuery} from '../../api/use-api';
import {PRIORITY_LOOK, priorityLabel} from '../../cases/case-words';

/** The dashboard's view of the inbox: how many shoppers wait for a person, by urgency. */
export function OpenCasesCard() {
  const {t} = useTranslation('cases');
  const {query} = useApiQuery(OPEN_CASES_PATH, parseCaseList);
  const counts = query.status === 'success' ? query.data.counts : undefined;
  const total = counts ? counts.urgent + counts.high + counts.normal : 0;
  return (
    <section aria-label={t('openCases.heading')}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t('openCases.heading')}
          </Text>
          {query.status === 'loading' ? <SkeletonBodyText lines={2} /> : null}
          {query.status === 'error' ? (
            <Text as="p" tone="subdued">
              {t('openCases.countError', {error: query.error.message})}
            </Text>
          ) : null}
          {counts ? (
            <>
              <Text as="p">
                {total === 0 ? t('openCases.none') : t('openCases.waiting', {count: total})}
              </Text>
              <InlineStack gap="200">
                {CASE_PRIORITIES.map((priority) => (
                  <Badge
                    key={priority}
                    tone={counts[priority] > 0 ? PRIORITY_LOOK[priority].tone : undefined}
                    toneAndProgressLabelOverride={t('openCases.badgeLabel')}
                  >
                    {t('openCases.badge', {
                      priority: priorityLabel(priority, t),
                      number: counts[priority],
                    })}
                  </Badge>
                ))}
              </InlineStack>
            </>
          ) : null}
          <InlineStack>
            <Button url="/inbox">{t('openCases.openInbox')}</Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </section>
  );
}
