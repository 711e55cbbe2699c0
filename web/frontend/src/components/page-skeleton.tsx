import {
  Card,
  Layout,
  Page,
  SkeletonBodyText,
  SkeletonDisplayText,
  BlockStack,
  Text,
} from '@shopify/polaris';

/**
 * Mirrors the loaded page's layout so nothing jumps when data arrives. Not `SkeletonPage`: that one
 * reserves room for an in-page title, and Heed's titles live in the App Bridge title bar.
 */
export function PageSkeleton({label}: {label: string}) {
  return (
    <Page>
      <div role="status" aria-busy="true">
        <Text as="span" visuallyHidden>
          {label}
        </Text>
        <Layout>
          <Layout.Section>
            <BlockStack gap="400">
              <Card>
                <BlockStack gap="400">
                  <SkeletonDisplayText size="small" />
                  <SkeletonBodyText lines={3} />
                </BlockStack>
              </Card>
              <Card>
                <BlockStack gap="400">
                  <SkeletonDisplayText size="small" />
                  <SkeletonBodyText lines={6} />
                </BlockStack>
              </Card>
            </BlockStack>
          </Layout.Section>
          <Layout.Section variant="oneThird">
            <Card>
              <BlockStack gap="400">
                <SkeletonDisplayText size="small" />
                <SkeletonBodyText lines={4} />
              </BlockStack>
            </Card>
          </Layout.Section>
        </Layout>
      </div>
    </Page>
  );
}
