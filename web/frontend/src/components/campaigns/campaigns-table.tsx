import {Card, IndexTable, InlineStack, Link, Text, Tag} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {describePromise} from '../../campaigns/format';
import {useNavigate} from 'react-router-dom';
import {HealthBadge} from './health-badge';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  campaigns: readonly CampaignSummary[];
  currencyCode: string | undefined;
}

const HEADINGS: [{title: string}, ...{title: string}[]] = [
  {title: 'Campaign'},
  {title: 'Promise'},
  {title: 'Codes'},
  {title: 'Sends'},
  {title: 'Health'},
  {title: 'Last checked'},
];

/**
 * Every campaign with its verdict; a click anywhere on a row opens it. The row navigates itself:
 * Polaris wires a row to its `dataPrimaryLink` only on a re-render after mounting (a hover), so
 * a quick tap on a freshly shown row would otherwise do nothing.
 */
export function CampaignsTable({campaigns, currencyCode}: Props) {
  const format = useShopFormat();
  const navigate = useNavigate();
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{singular: 'campaign', plural: 'campaigns'}}
        itemCount={campaigns.length}
        headings={HEADINGS}
        selectable={false}
      >
        {campaigns.map((campaign, index) => (
          <IndexTable.Row
            id={campaign.id}
            key={campaign.id}
            position={index}
            onClick={() => navigate(campaignUrl(campaign.id))}
          >
            <IndexTable.Cell>
              <Link url={campaignUrl(campaign.id)} monochrome removeUnderline dataPrimaryLink>
                <Text as="span" fontWeight="semibold">
                  {campaign.name}
                </Text>
              </Link>
              <Text as="p" tone="subdued" variant="bodySm">
                utm_campaign={campaign.attributionKey}
              </Text>
            </IndexTable.Cell>
            <IndexTable.Cell>
              {describePromise(campaign.promise, currencyCode, format)}
            </IndexTable.Cell>
            <IndexTable.Cell>
              <InlineStack gap="100">
                {campaign.discountCodes.map((code) => (
                  <Tag key={code}>{code}</Tag>
                ))}
              </InlineStack>
            </IndexTable.Cell>
            <IndexTable.Cell>{format.dateTime(campaign.sendAt)}</IndexTable.Cell>
            <IndexTable.Cell>
              <HealthBadge health={campaign.health} />
            </IndexTable.Cell>
            <IndexTable.Cell>
              <Text as="span" tone="subdued">
                {campaign.lastCheckedAt === null
                  ? 'Never'
                  : format.dateTime(campaign.lastCheckedAt)}
              </Text>
            </IndexTable.Cell>
          </IndexTable.Row>
        ))}
      </IndexTable>
    </Card>
  );
}

function campaignUrl(id: string): string {
  return `/campaigns/${encodeURIComponent(id)}`;
}
