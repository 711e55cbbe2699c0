import {BlockStack, Box, Card, Divider, InlineStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CartFacts, JourneyFacts, Money} from '../../api/journey-schemas';
import {JourneyCodes} from './journey-codes';
import {useShopFormat} from '../../shop/shop-format';

/** What the shopper had in the cart as Heed last saw it, and what happened to the discounts. */
export function JourneyCartCard({facts, now}: {facts: JourneyFacts; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('live');
  const {cart} = facts;
  const asOf = cart
    ? t(cart.source === 'webhook' ? 'cart.asOfWebhook' : 'cart.asOf', {
        when: format.moment(cart.asOf, now),
      })
    : t('cart.notSeen');
  return (
    <section aria-label={t('cart.heading')}>
      <Card>
        <BlockStack gap="400">
          <BlockStack gap="100">
            <Text as="h2" variant="headingMd">
              {t('cart.heading')}
            </Text>
            <Text as="p" tone="subdued">
              {asOf}
            </Text>
          </BlockStack>
          {cart ? <CartLines cart={cart} /> : null}
          {cart ? <CartTotals cart={cart} /> : null}
          <Divider />
          <JourneyCodes facts={facts} />
        </BlockStack>
      </Card>
    </section>
  );
}

function CartLines({cart}: {cart: CartFacts}) {
  const money = useMoney();
  const {t} = useTranslation('live');
  if (cart.lines.length === 0) {
    return (
      <Text as="p" tone="subdued">
        {t('cart.empty')}
      </Text>
    );
  }
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
                  line.sku ? t('cart.sku', {sku: line.sku}) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {line.discountAllocations.map((allocation) => (
                <Text as="p" variant="bodySm" tone="success" key={allocation.code}>
                  {`${allocation.code} −${money(allocation.amount)}`}
                </Text>
              ))}
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

function CartTotals({cart}: {cart: CartFacts}) {
  const money = useMoney();
  const {t} = useTranslation('live');
  const discounts =
    cart.discountsAmount && cart.discountsAmount.amount > 0
      ? `−${money(cart.discountsAmount)}`
      : null;
  const rows: Array<[string, string | null]> = [
    [t('cart.subtotal'), cart.subtotal ? money(cart.subtotal) : null],
    [t('cart.discounts'), discounts],
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
