import {
  Card,
  IndexTable,
  InlineStack,
  Link,
  Tag,
  Text,
  type IndexTableProps,
} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {describePromise} from '../../campaigns/format';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import {HealthBadge} from './health-badge';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  campaigns: readonly CampaignSummary[];
  currencyCode: string | undefined;
}

/**
 * Every campaign with its verdict; a click anywhere on a row opens it. The row navigates itself:
 * Polaris wires a row to its `dataPrimaryLink` only on a re-render after mounting (a hover), so
 * a quick tap on a freshly shown row would otherwise do nothing.
 */
export function CampaignsTable({campaigns, currencyCode}: Props) {
  const {t} = useTranslation('campaigns');
  const format = useShopFormat();
  const navigate = useNavigate();
  const headings: IndexTableProps['headings'] = [
    {title: t('list.headings.campaign')},
    {title: t('list.headings.promise')},
    {title: t('list.headings.codes')},
    {title: t('list.headings.sends')},
    {title: t('list.headings.health')},
    {title: t('list.headings.lastChecked')},
  ];
  return (
    <Card padding="0">
      <IndexTable
        resourceName={{singular: t('list.resourceSingular'), plural: t('list.resourcePlural')}}
        itemCount={campaigns.length}
        headings={headings}
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
              {describePromise(campaign.promise, currencyCode, format, t)}
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
                  ? t('list.never')
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
