import {BlockStack, Button, Card, InlineStack, SkeletonBodyText, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {OUTCOMES_PATH, parseOutcomes} from '../../api/outcomes';
import {useApiQuery} from '../../api/use-api';
import {minutesWords, rateWords} from '../../outcomes/outcome-words';
import {useShopFormat} from '../../shop/shop-format';

/** The dashboard's glance at this week's follow-up; the Outcomes page has the rest. */
export function OutcomesSummaryCard() {
  const {t} = useTranslation('outcomes');
  const format = useShopFormat();
  const {query} = useApiQuery(OUTCOMES_PATH, parseOutcomes);
  const report = query.status === 'success' ? query.data : undefined;
  return (
    <section aria-label={t('summary.title')}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t('summary.title')}
          </Text>
          {query.status === 'loading' ? <SkeletonBodyText lines={3} /> : null}
          {query.status === 'error' ? (
            <Text as="p" tone="subdued">
              {t('summary.error', {message: query.error.message})}
            </Text>
          ) : null}
          {report ? (
            <BlockStack gap="100">
              <Text as="p">
                {t('summary.firstContact', {value: minutesWords(report.firstContact.medianMs, t)})}
              </Text>
              <Text as="p">{t('summary.inTime', {value: rateWords(report.sla.hitRate)})}</Text>
              <Text as="p">
                {t('summary.revenue', {
                  value: format.money(
                    report.recoveredRevenue.amount,
                    report.recoveredRevenue.currencyCode,
                  ),
                })}
              </Text>
              <Text as="p">
                {t('summary.buyers')}{' '}
                <Text
                  as="span"
                  fontWeight="bold"
                  tone={report.contactsToBuyers.count === 0 ? 'success' : 'critical'}
                >
                  {String(report.contactsToBuyers.count)}
                </Text>
              </Text>
            </BlockStack>
          ) : null}
          <InlineStack>
            <Button url="/outcomes">{t('summary.see')}</Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </section>
  );
}
