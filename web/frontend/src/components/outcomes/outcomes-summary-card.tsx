import {BlockStack, Button, Card, InlineStack, SkeletonBodyText, Text} from '@shopify/polaris';
import {OUTCOMES_PATH, parseOutcomes} from '../../api/outcomes';
import {useApiQuery} from '../../api/use-api';
import {minutesWords, rateWords} from '../../outcomes/outcome-words';
import {useShopFormat} from '../../shop/shop-format';

/** The dashboard's glance at this week's follow-up; the Outcomes page has the rest. */
export function OutcomesSummaryCard() {
  const format = useShopFormat();
  const {query} = useApiQuery(OUTCOMES_PATH, parseOutcomes);
  const report = query.status === 'success' ? query.data : undefined;
  return (
    <section aria-label="This week’s outcomes">
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            This week’s outcomes
          </Text>
          {query.status === 'loading' ? <SkeletonBodyText lines={3} /> : null}
          {query.status === 'error' ? (
            <Text as="p" tone="subdued">
              {`Heed couldn’t read this week’s outcomes. ${query.error.message}`}
            </Text>
          ) : null}
          {report ? (
            <BlockStack gap="100">
              <Text as="p">{`Time to first contact: ${minutesWords(report.firstContact.medianMs)} (median)`}</Text>
              <Text as="p">{`Contacted in time: ${rateWords(report.sla.hitRate)}`}</Text>
              <Text as="p">
                {`Recovered revenue: ${format.money(report.recoveredRevenue.amount, report.recoveredRevenue.currencyCode)}`}
              </Text>
              <Text as="p">
                {'Contacts to shoppers who had already ordered: '}
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
            <Button url="/outcomes">See the outcomes</Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </section>
  );
}
