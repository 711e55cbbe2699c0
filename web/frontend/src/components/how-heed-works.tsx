import {BlockStack, Card, Icon, InlineGrid, InlineStack, Text} from '@shopify/polaris';
import {DiscountIcon, PersonIcon, ViewIcon} from '@shopify/polaris-icons';

const PROMISES = [
  {
    icon: DiscountIcon,
    title: 'Promotions that really apply',
    body: 'Every campaign is checked before it is sent, and shoppers from the email see that their offer is applied in the cart and at checkout.',
  },
  {
    icon: ViewIcon,
    title: 'Struggles noticed as they happen',
    body: 'Heed follows each checkout and notices when one shopper hits a missing discount, a rejected code, an error, or gives up.',
  },
  {
    icon: PersonIcon,
    title: 'A person follows up',
    body: 'The cases you care about reach a staff member with the whole story, who can finish the order with the promised discount.',
  },
] as const;

/** The product in three sentences, so a new merchant knows what the setup guide is for. */
export function HowHeedWorks({shopName}: {shopName: string}) {
  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingLg">
            Welcome, {shopName}
          </Text>
          <Text as="p" tone="subdued">
            Heed makes the promises your emails make come true, one customer at a time.
          </Text>
        </BlockStack>
        <InlineGrid columns={{xs: 1, md: 3}} gap="400">
          {PROMISES.map((promise) => (
            <BlockStack gap="200" key={promise.title}>
              <InlineStack gap="200" wrap={false} blockAlign="center">
                <span>
                  <Icon source={promise.icon} tone="success" />
                </span>
                <Text as="h3" variant="headingSm">
                  {promise.title}
                </Text>
              </InlineStack>
              <Text as="p" tone="subdued">
                {promise.body}
              </Text>
            </BlockStack>
          ))}
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
