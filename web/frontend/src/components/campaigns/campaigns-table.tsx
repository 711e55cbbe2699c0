import {Card, IndexTable, InlineStack, Link, Text, Tag} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {describePromise, formatDateTime} from '../../campaigns/format';
import {HealthBadge} from './health-badge';

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

/** Every campaign with its verdict; a click anywhere on a row follows its name's link (`dataPrimaryLink`). */
export function CampaignsTable({campaigns, currencyCode}: Props) {
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{singular: 'campaign', plural: 'campaigns'}}
        itemCount={campaigns.length}
        headings={HEADINGS}
        selectable={false}
      >
        {campaigns.map((campaign, index) => (
          <IndexTable.Row id={campaign.id} key={campaign.id} position={index}>
            <IndexTable.Cell>
              <Link url={`/campaigns/${campaign.id}`} monochrome removeUnderline dataPrimaryLink>
                <Text as="span" fontWeight="semibold">
                  {campaign.name}
                </Text>
              </Link>
              <Text as="p" tone="subdued" variant="bodySm">
                utm_campaign={campaign.attributionKey}
              </Text>
            </IndexTable.Cell>
            <IndexTable.Cell>{describePromise(campaign.promise, currencyCode)}</IndexTable.Cell>
            <IndexTable.Cell>
              <InlineStack gap="100">
                {campaign.discountCodes.map((code) => (
                  <Tag key={code}>{code}</Tag>
                ))}
              </InlineStack>
            </IndexTable.Cell>
            <IndexTable.Cell>{formatDateTime(campaign.sendAt)}</IndexTable.Cell>
            <IndexTable.Cell>
              <HealthBadge health={campaign.health} />
            </IndexTable.Cell>
            <IndexTable.Cell>
              <Text as="span" tone="subdued">
                {campaign.lastCheckedAt === null ? 'Never' : formatDateTime(campaign.lastCheckedAt)}
              </Text>
            </IndexTable.Cell>
          </IndexTable.Row>
        ))}
      </IndexTable>
    </Card>
  );
}
