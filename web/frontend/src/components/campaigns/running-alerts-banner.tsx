import {Banner, BlockStack, Link, List, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CampaignAlert, CampaignSummary} from '../../api/campaign-schemas';
import {findingTitle} from '../../campaigns/finding-titles';

interface Props {
  alerts: readonly CampaignAlert[];
  campaigns: readonly CampaignSummary[];
}

/**
 * Raised when a campaign that is already running gets a new blocker (a code edited or used up):
 * shoppers are being let down right now, so it sits above the list, where nobody misses it.
 */
export function RunningAlertsBanner({alerts, campaigns}: Props) {
  const {t} = useTranslation('campaigns');
  const open = alerts.filter((alert) => alert.resolvedAt === null);
  if (open.length === 0) return null;
  const names = new Map(campaigns.map((campaign) => [campaign.id, campaign.name]));
  const title = t('runningAlerts.title', {count: open.length});
  return (
    <Banner title={title} tone="critical">
      <BlockStack gap="200">
        <Text as="p">{t('runningAlerts.body')}</Text>
        <List>
          {open.map((alert) => (
            <List.Item key={alert.id}>
              <Link url={`/campaigns/${alert.campaignId}`}>
                {names.get(alert.campaignId) ?? t('runningAlerts.campaign')}
              </Link>
              : {findingTitle(alert.code, t)}
              {alert.subject ? ` (${alert.subject})` : ''}
            </List.Item>
          ))}
        </List>
      </BlockStack>
    </Banner>
  );
}
