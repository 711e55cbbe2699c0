import {BlockStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {campaignName} from '../../live/campaign-names';

interface Props {
  campaignKey: string | null;
  campaigns: readonly CampaignSummary[] | undefined;
}

/** The email that brought the shopper; an unregistered `utm_campaign` is shown as it came. */
export function CampaignCell({campaignKey, campaigns}: Props) {
  const {t} = useTranslation('live');
  if (campaignKey === null) {
    return (
      <Text as="span" tone="subdued">
        {t('campaignNone')}
      </Text>
    );
  }
  const name = campaignName(campaignKey, campaigns);
  return (
    <BlockStack gap="050">
      {name ? <Text as="span">{name}</Text> : null}
      <Text as="span" tone="subdued" variant="bodySm">
        utm_campaign={campaignKey}
      </Text>
    </BlockStack>
  );
}
