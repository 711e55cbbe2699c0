import {Banner, BlockStack, Link, List, Text} from '@shopify/polaris';
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
  const open = alerts.filter((alert) => alert.resolvedAt === null);
  if (open.length === 0) return null;
  const names = new Map(campaigns.map((campaign) => [campaign.id, campaign.name]));
  const title =
    open.length === 1
      ? 'A running campaign has a new blocker'
      : `Running campaigns have ${open.length} new blockers`;
  return (
    <Banner title={title} tone="critical">
      <BlockStack gap="200">
        <Text as="p">
          Shoppers from these emails may not get the promised discount right now. Open the campaign
          to see what changed and how to fix it.
        </Text>
        <List>
          {open.map((alert) => (
            <List.Item key={alert.id}>
              <Link url={`/campaigns/${alert.campaignId}`}>
                {names.get(alert.campaignId) ?? 'Campaign'}
              </Link>
              : {findingTitle(alert.code)}
              {alert.subject ? ` (${alert.subject})` : ''}
            </List.Item>
          ))}
        </List>
      </BlockStack>
    </Banner>
  );
}
