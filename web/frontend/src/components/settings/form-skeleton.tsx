import {BlockStack, Card, SkeletonBodyText, SkeletonDisplayText, Text} from '@shopify/polaris';

/** Shaped like a section's card, so the page does not jump when its data arrives. */
export function FormSkeleton({label, lines = 8}: {label: string; lines?: number}) {
  return (
    <div role="status" aria-busy="true">
      <Text as="span" visuallyHidden>
        {label}
      </Text>
      <Card>
        <BlockStack gap="400">
          <SkeletonDisplayText size="small" />
          <SkeletonBodyText lines={lines} />
        </BlockStack>
      </Card>
    </div>
  );
}
