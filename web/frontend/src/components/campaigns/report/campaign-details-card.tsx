import {BlockStack, Button, Card, InlineStack, Tag, Text} from '@shopify/polaris';
import {EditIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
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
  const {t} = useTranslation('campaigns');
  const format = useShopFormat();
  const {promise} = campaign;
  const rows: [string, string][] = [
    [t('details.promise'), describePromise(promise, currencyCode, format, t)],
    [t('details.sentTo'), describeAudience(promise.audience, t)],
    [t('details.minimum'), describeMinimum(promise.minimum, currencyCode, format, t)],
    [t('details.sends'), format.dateTime(campaign.sendAt)],
    [
      t('details.valid'),
      t('details.validRange', {
        start: format.dateTime(campaign.promiseStartsAt),
        end: format.dateTime(campaign.promiseEndsAt),
      }),
    ],
    [
      t('details.recipients'),
      campaign.recipients === null ? t('details.notGiven') : format.number(campaign.recipients),
    ],
    ['utm_campaign', campaign.attributionKey],
  ];
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t('details.title')}
          </Text>
          <Button variant="plain" icon={EditIcon} url={`/campaigns/${campaign.id}/edit`}>
            {t('details.edit')}
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
