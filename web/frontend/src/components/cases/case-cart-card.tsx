import {BlockStack, Box, Card, InlineStack, Text} from '@shopify/polaris';
import type {JourneySnapshot, SnapshotCart} from '../../api/case-schemas';
import type {Money} from '../../api/journey-schemas';
import {useShopFormat} from '../../shop/shop-format';

/** The cart of the case's latest checkout that had one, as it was when it joined the case. */
export function CaseCartCard({journeys}: {journeys: readonly JourneySnapshot[]}) {
  const cart = [...journeys].reverse().find((journey) => journey.cart !== null)?.cart ?? null;
  return (
    <section aria-label="Cart">
      <Card>
        <BlockStack gap="400">
          <Text as="h2" variant="headingMd">
            Cart
          </Text>
          {cart === null ? (
            <Text as="p" tone="subdued">
              Heed didn’t see this shopper’s cart.
            </Text>
          ) : (
            <>
              <Lines cart={cart} />
              <Totals cart={cart} />
            </>
          )}
        </BlockStack>
      </Card>
    </section>
  );
}

function Lines({cart}: {cart: SnapshotCart}) {
  const money = useMoney();
  if (cart.lines.length === 0)
    return (
      <Text as="p" tone="subdued">
        The cart was empty.
      </Text>
    );
  return (
    <BlockStack as="ul" gap="300">
      {cart.lines.map((line, index) => (
        <Box as="li" key={`${line.variantId ?? 'line'}-${index}`}>
          <InlineStack align="space-between" blockAlign="start" gap="200" wrap={false}>
            <BlockStack gap="050">
              <Text as="h3" variant="headingSm">
                {line.title ?? 'Untitled product'}
              </Text>
              <Text as="p" tone="subdued" variant="bodySm">
                {[
                  `Qty ${line.quantity}`,
                  line.unitPrice ? `${money(line.unitPrice)} each` : null,
                  line.sku ? `SKU ${line.sku}` : null,
                  ...line.properties.map((p) => `${p.key}: ${p.value}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </BlockStack>
            <Text as="p" numeric>
              {line.linePrice ? money(line.linePrice) : '—'}
            </Text>
          </InlineStack>
        </Box>
      ))}
    </BlockStack>
  );
}

function Totals({cart}: {cart: SnapshotCart}) {
  const money = useMoney();
  const rows: Array<[string, string | null]> = [
    ['Subtotal', cart.subtotal ? money(cart.subtotal) : null],
    [
      cart.codesApplied.length > 0 ? `Discounts (${cart.codesApplied.join(', ')})` : 'Discounts',
      cart.discountsAmount && cart.discountsAmount.amount > 0
        ? `−${money(cart.discountsAmount)}`
        : null,
    ],
    ['Shipping', cart.shipping ? money(cart.shipping) : null],
    ['Tax', cart.tax ? money(cart.tax) : null],
  ];
  return (
    <BlockStack gap="100">
      {rows.map(([label, value]) =>
        value === null ? null : (
          <InlineStack key={label} align="space-between" gap="200">
            <Text as="span">{label}</Text>
            <Text as="span" numeric>
              {value}
            </Text>
          </InlineStack>
        ),
      )}
      <InlineStack align="space-between" gap="200">
        <Text as="span" fontWeight="semibold">
          Total
        </Text>
        <Text as="span" fontWeight="semibold" numeric>
          {cart.total ? money(cart.total) : 'Unknown'}
        </Text>
      </InlineStack>
    </BlockStack>
  );
}

/** Amounts in the shop's way of writing money. */
function useMoney(): (value: Money) => string {
  const format = useShopFormat();
  return (value) => format.money(value.amount, value.currencyCode);
}
