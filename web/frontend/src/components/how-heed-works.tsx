import {BlockStack, Card, Icon, InlineGrid, InlineStack, Text} from '@shopify/polaris';
import {DiscountIcon, PersonIcon, ViewIcon} from '@shopify/polaris-icons';

import {useTranslation} from 'react-i18next';

/** Their words are `dashboard:promises.<id>.title` and `.body`. */
const PROMISES = [
  {id: 'apply', icon: DiscountIcon},
  {id: 'notice', icon: ViewIcon},
  {id: 'person', icon: PersonIcon},
] as const;

/** The product in three sentences, so a new merchant knows what the setup guide is for. */
export function HowHeedWorks({shopName}: {shopName: string}) {
  const {t} = useTranslation('dashboard');
  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingLg">
            {t('welcome', {shopName})}
          </Text>
          <Text as="p" tone="subdued">
            {t('tagline')}
          </Text>
        </BlockStack>
        <InlineGrid columns={{xs: 1, md: 3}} gap="400">
          {PROMISES.map((promise) => (
            <BlockStack gap="200" key={promise.id}>
              <InlineStack gap="200" wrap={false} blockAlign="center">
                <span>
                  <Icon source={promise.icon} tone="success" />
                </span>
                <Text as="h3" variant="headingSm">
                  {t(`promises.${promise.id}.title`)}
                </Text>
              </InlineStack>
              <Text as="p" tone="subdued">
                {t(`promises.${promise.id}.body`)}
              </Text>
            </BlockStack>
          ))}
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}
