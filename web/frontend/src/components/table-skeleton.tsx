import {BlockStack, Box, Card, Divider, InlineGrid, SkeletonBodyText, Text} from '@shopify/polaris';

const ROWS = 4;

/** Shaped like the table it stands for (`columns`), so the page does not jump when the rows arrive. */
export function TableSkeleton({label, columns = 5}: {label: string; columns?: number}) {
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
                <InlineGrid columns={columns} gap="400">
                  {Array.from({length: columns}, (_, column) => (
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
