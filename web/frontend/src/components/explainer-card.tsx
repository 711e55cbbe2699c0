import type {ReactNode} from 'react';
import {BlockStack, Box, Card, Icon, InlineStack, Text} from '@shopify/polaris';
import {CheckCircleIcon} from '@shopify/polaris-icons';

export interface ExplainerItem {
  title: string;
  body: string;
  /** Shown instead of the check mark, for items that have a status or a severity. */
  badge?: ReactNode;
}

interface Props {
  title: string;
  intro?: string;
  items: readonly ExplainerItem[];
}

/** A titled list that tells the merchant what a section will do for them. */
export function ExplainerCard({title, intro, items}: Props) {
  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            {title}
          </Text>
          {intro ? (
            <Text as="p" tone="subdued">
              {intro}
            </Text>
          ) : null}
        </BlockStack>
        <BlockStack as="ul" gap="300">
          {items.map((item) => (
            <Box as="li" key={item.title}>
              <InlineStack gap="300" wrap={false} blockAlign="start">
                {item.badge ?? (
                  <span>
                    <Icon source={CheckCircleIcon} tone="success" />
                  </span>
                )}
                <BlockStack gap="050">
                  <Text as="h3" variant="headingSm">
                    {item.title}
                  </Text>
                  <Text as="p" tone="subdued">
                    {item.body}
                  </Text>
                </BlockStack>
              </InlineStack>
            </Box>
          ))}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
