import {useTranslation} from 'react-i18next';
import {BlockStack, Box, Card, InlineStack, Text} from '@shopify/polaris';
import type {JourneySnapshot, SnapshotCart} from '../../api/case-schemas';
import type {Money} from '../../api/journey-schemas';
import {useShopFormat} from '../../shop/shop-format';

/** The cart of the case's latest checkout that had one, as it was when it joined the case. */
export function CaseCartCard({journeys}: {journeys: readonly JourneySnapshot[]}) {
  const {t} = useTranslation('cases');
  const cart = [...journeys].reverse().find((journey) => journey.cart !== null)?.cart ?? null;
  return (
    <section aria-label={t('cart.heading')}>
      <Card>
        <BlockStack gap="400">
          <Text as="h2" variant="headingMd">
            {t('cart.heading')}
          </Text>
          {cart === null ? (
            <Text as="p" tone="subdued">
              {t('cart.notSeen')}
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
  const {t} = useTranslation('cases');
  if (cart.lines.length === 0)
    return (
      <Text as="p" tone="subdued">
        {t('cart.empty')}
      </Text>
    );
  return (
    <BlockStack as="ul" gap="300">
      {cart.lines.map((line, index) => (
        <Box as="li" key={`${line.variantId ?? 'line'}-${index}`}>
          <InlineStack align="space-between" blockAlign="start" gap="200" wrap={false}>
            <BlockStack gap="050">
              <Text as="h3" variant="headingSm">
                {line.title ?? t('cart.untitled')}
              </Text>
              <Text as="p" tone="subdued" variant="bodySm">
                {[
                  t('cart.qty', {quantity: line.quantity}),
                  line.unitPrice ? t('cart.each', {price: money(line.unitPrice)}) : null,
                  line.sku ? t('cart.sku', {sku: line.sku}) : null,
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
  const {t} = useTranslation('cases');
  const rows: Array<[string, string | null]> = [
    [t('cart.subtotal'), cart.subtotal ? money(cart.subtotal) : null],
    [
      cart.codesApplied.length > 0
        ? t('cart.discountsWithCodes', {codes: cart.codesApplied.join(', ')})
        : t('cart.discounts'),
      cart.discountsAmount && cart.discountsAmount.amount > 0
        ? `−${money(cart.discountsAmount)}`
        : null,
    ],
    [t('cart.shipping'), cart.shipping ? money(cart.shipping) : null],
    [t('cart.tax'), cart.tax ? money(cart.tax) : null],
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
          {t('cart.total')}
        </Text>
        <Text as="span" fontWeight="semibold" numeric>
          {cart.total ? money(cart.total) : t('cart.unknown')}
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
