import {useId, type ReactNode} from 'react';
import {BlockStack, Card, InlineStack, Text} from '@shopify/polaris';

interface Props {
  title: string;
  intro?: string;
  /** Next to the title (a button). */
  action?: ReactNode;
  children: ReactNode;
}

/** A report card that is also a named landmark, so screen readers can jump between its parts. */
export function TitledCard({title, intro, action, children}: Props) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Card>
        <BlockStack gap="400">
          <BlockStack gap="100">
            <InlineStack align="space-between" blockAlign="center" gap="300">
              <Text as="h2" variant="headingMd" id={headingId}>
                {title}
              </Text>
              {action}
            </InlineStack>
            {intro ? (
              <Text as="p" tone="subdued">
                {intro}
              </Text>
            ) : null}
          </BlockStack>
          {children}
        </BlockStack>
      </Card>
    </section>
  );
}
