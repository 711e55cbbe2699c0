import {BlockStack, Box, Card, Divider, InlineGrid, SkeletonBodyText, Text} from '@shopify/polaris';

const ROWS = 4;
const COLUMNS = 5;

/** Shaped like the campaigns table, so the page does not jump when the rows arrive. */
export function TableSkeleton({label}: {label: string}) {
  return (
    <div role="status" aria-busy="true">
      <Text as="span" visuallyHidden>
        {label}
      </Text>
      <Card padding="0">
        <BlockStack>
          {Array.from({length: ROWS}, (_, row) => (
            <BlockStack key={row}>
              {row > 0 ? <Divider /> : null}
              <Box padding="400">
                <InlineGrid columns={COLUMNS} gap="400">
                  {Array.from({length: COLUMNS}, (_, column) => (
                    <SkeletonBodyText key={column} lines={1} />
                  ))}
                </InlineGrid>
              </Box>
            </BlockStack>
          ))}
        </BlockStack>
      </Card>
    </div>
  );
}
