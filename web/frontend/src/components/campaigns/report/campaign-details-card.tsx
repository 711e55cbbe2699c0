import {BlockStack, Button, Card, InlineStack, Tag, Text} from '@shopify/polaris';
import {EditIcon} from '@shopify/polaris-icons';
import type {Campaign} from '../../../api/campaign-schemas';
import {describeAudience, describeMinimum, describePromise} from '../../../campaigns/format';
import {useShopFormat} from '../../../shop/shop-format';

/** What was registered, next to what Heed found: the merchant compares the two at a glance. */
export function CampaignDetailsCard({
  campaign,
  currencyCode,
}: {
  campaign: Campaign;
  currencyCode: string | undefined;
}) {
  const format = useShopFormat();
  const {promise} = campaign;
  const rows: [string, string][] = [
    ['Promise', describePromise(promise, currencyCode, format)],
    ['Sent to', describeAudience(promise.audience)],
    ['Minimum', describeMinimum(promise.minimum, currencyCode, format)],
    ['Email sends', format.dateTime(campaign.sendAt)],
    [
      'Offer valid',
      `${format.dateTime(campaign.promiseStartsAt)} – ${format.dateTime(campaign.promiseEndsAt)}`,
    ],
    ['Recipients', campaign.recipients === null ? 'Not given' : format.number(campaign.recipients)],
    ['utm_campaign', campaign.attributionKey],
  ];
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            Campaign
          </Text>
          <Button variant="plain" icon={EditIcon} url={`/campaigns/${campaign.id}/edit`}>
            Edit
          </Button>
        </InlineStack>
        <InlineStack gap="100">
          {campaign.discountCodes.map((code) => (
            <Tag key={code}>{code}</Tag>
          ))}
        </InlineStack>
        <BlockStack gap="200">
          {rows.map(([label, value]) => (
            <BlockStack key={label} gap="050">
              <Text as="p" variant="bodySm" tone="subdued">
                {label}
              </Text>
              <Text as="p" breakWord>
                {value}
              </Text>
            </BlockStack>
          ))}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
