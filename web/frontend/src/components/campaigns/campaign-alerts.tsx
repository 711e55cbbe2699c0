import {Banner, BlockStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CampaignAlert} from '../../api/campaign-schemas';
import {findingTitle} from '../../campaigns/finding-titles';
import {useShopFormat} from '../../shop/shop-format';

/** New blockers found while the campaign runs, each with its explanation and fix. */
export function CampaignAlerts({alerts}: {alerts: readonly CampaignAlert[]}) {
  const {t} = useTranslation('campaigns');
  const format = useShopFormat();
  const open = alerts.filter((alert) => alert.resolvedAt === null);
  if (open.length === 0) return null;
  return (
    <Banner tone="critical" title={t('alerts.title', {count: open.length})}>
      <BlockStack gap="300">
        {open.map((alert) => (
          <BlockStack key={alert.id} gap="100">
            <Text as="h3" variant="headingSm">
              {findingTitle(alert.code, t)}
              {alert.subject ? ` — ${alert.subject}` : ''}
            </Text>
            <Text as="p">{alert.explanation}</Text>
            <Text as="p">
              <Text as="span" fontWeight="semibold">
                {t('alerts.howToFix')}
              </Text>{' '}
              {alert.fix}
            </Text>
            <Text as="p" tone="subdued" variant="bodySm">
              {t('alerts.found', {when: format.dateTime(alert.raisedAt)})}
            </Text>
          </BlockStack>
        ))}
      </BlockStack>
    </Banner>
  );
}
