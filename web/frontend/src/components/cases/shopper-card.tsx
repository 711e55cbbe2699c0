import {Banner, BlockStack, Button, Card, InlineStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CaseView} from '../../api/case-schemas';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  shopper: CaseView['shopper'];
  shopperLabel: string;
  refreshing: boolean;
  onRefresh: () => void;
  now: number;
}

/**
 * Who the shopper is, in words, as Shopify last said it. When Shopify could not be reached the
 * card says so and offers to ask again: it never guesses, and never calls anyone "new".
 */
export function ShopperCard({shopper, shopperLabel, refreshing, onRefresh, now}: Props) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  const unavailable = shopper.status?.state === 'unavailable';
  const refresh = (
    <Button onClick={onRefresh} loading={refreshing}>
      {t('shopper.refresh')}
    </Button>
  );
  return (
    <section aria-label={t('shopper.label')}>
      <Card>
        <BlockStack gap="300">
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="h2" variant="headingMd">
              {shopper.contact?.name ?? shopperLabel}
            </Text>
            {unavailable ? null : refresh}
          </InlineStack>
          {unavailable ? (
            <Banner tone="warning" title={t('shopper.unavailable')}>
              <BlockStack gap="200" inlineAlign="start">
                <Text as="p">{shopper.words}</Text>
                {refresh}
              </BlockStack>
            </Banner>
          ) : (
            <Text as="p">{shopper.words}</Text>
          )}
          {shopper.status && !unavailable ? (
            <Text as="p" tone="subdued" variant="bodySm">
              {t('shopper.fromShopify', {when: format.moment(shopper.status.readAt, now)})}
            </Text>
          ) : null}
          {shopper.contact ? (
            <BlockStack gap="050">
              {shopper.contact.email ? <Text as="p">{shopper.contact.email}</Text> : null}
              {shopper.contact.phone ? <Text as="p">{shopper.contact.phone}</Text> : null}
            </BlockStack>
          ) : null}
        </BlockStack>
      </Card>
    </section>
  );
}
