import {
  Badge,
  BlockStack,
  Button,
  Card,
  InlineStack,
  SkeletonBodyText,
  Text,
} from '@shopify/polaris';
import {OPEN_CASES_PATH, parseCaseList} from '../../api/cases';
import {CASE_PRIORITIES} from '../../api/case-schemas';
import {useApiQuery} from '../../api/use-api';
import {PRIORITY_LOOK} from '../../cases/case-words';

/** The dashboard's view of the inbox: how many shoppers wait for a person, by urgency. */
export function OpenCasesCard() {
  const {query} = useApiQuery(OPEN_CASES_PATH, parseCaseList);
  const counts = query.status === 'success' ? query.data.counts : undefined;
  const total = counts ? counts.urgent + counts.high + counts.normal : 0;
  return (
    <section aria-label="Open cases">
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            Open cases
          </Text>
          {query.status === 'loading' ? <SkeletonBodyText lines={2} /> : null}
          {query.status === 'error' ? (
            <Text as="p" tone="subdued">
              {`Heed couldn’t count the open cases. ${query.error.message}`}
            </Text>
          ) : null}
          {counts ? (
            <>
              <Text as="p">
                {total === 0
                  ? 'No shopper is waiting for a person.'
                  : `${total} ${total === 1 ? 'shopper is' : 'shoppers are'} waiting for a person.`}
              </Text>
              <InlineStack gap="200">
                {CASE_PRIORITIES.map((priority) => (
                  <Badge
                    key={priority}
                    tone={counts[priority] > 0 ? PRIORITY_LOOK[priority].tone : undefined}
                    toneAndProgressLabelOverride="Open cases at priority"
                  >
                    {`${PRIORITY_LOOK[priority].label}: ${counts[priority]}`}
                  </Badge>
                ))}
              </InlineStack>
            </>
          ) : null}
          <InlineStack>
            <Button url="/inbox">Open the inbox</Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </section>
  );
}
