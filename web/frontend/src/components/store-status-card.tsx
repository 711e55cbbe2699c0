import {Badge, BlockStack, Card, InlineStack, Text} from '@shopify/polaris';
import type {Overview} from '../api/overview';

/** The shop Heed is working for, and whether Heed can currently record what shoppers go through. */
export function StoreStatusCard({overview}: {overview: Overview}) {
  const {shop, storage} = overview;
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Your store
        </Text>
        <BlockStack gap="100">
          <Text as="p" fontWeight="semibold">
            {shop.name}
          </Text>
          <Text as="p" tone="subdued">
            {shop.domain}
          </Text>
          <Text as="p" tone="subdued">
            Prices in {shop.currencyCode}
          </Text>
        </BlockStack>
        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            Heed status
          </Text>
          <InlineStack gap="200" blockAlign="center">
            {storage.healthy ? (
              <Badge tone="success">Recording checkouts</Badge>
            ) : (
              <Badge tone="critical">Storage unavailable</Badge>
            )}
          </InlineStack>
          {storage.healthy ? null : (
            <Text as="p" tone="critical">
              Heed cannot save checkout events right now. Shoppers are not affected, but new cases
              may be delayed.
            </Text>
          )}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
