import {Badge, BlockStack, Card, InlineStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Overview} from '../api/overview';

/** The shop Heed is working for, and whether Heed can currently record what shoppers go through. */
export function StoreStatusCard({overview}: {overview: Overview}) {
  const {t} = useTranslation('dashboard');
  const {shop, storage} = overview;
  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          {t('store.title')}
        </Text>
        <BlockStack gap="100">
          <Text as="p" fontWeight="semibold">
            {shop.name}
          </Text>
          <Text as="p" tone="subdued">
            {shop.domain}
          </Text>
          <Text as="p" tone="subdued">
            {t('store.currency', {currency: shop.currencyCode})}
          </Text>
        </BlockStack>
        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            {t('store.status')}
          </Text>
          <InlineStack gap="200" blockAlign="center">
            {storage.healthy ? (
              <Badge tone="success">{t('store.recording')}</Badge>
            ) : (
              <Badge tone="critical">{t('store.storageDown')}</Badge>
            )}
          </InlineStack>
          {storage.healthy ? null : (
            <Text as="p" tone="critical">
              {t('store.storageDownBody')}
            </Text>
          )}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
