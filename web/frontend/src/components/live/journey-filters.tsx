import {
  BlockStack,
  Card,
  InlineGrid,
  InlineStack,
  Select,
  Text,
  type SelectOption,
} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {TIME_RANGES, type LiveFilters} from '../../live/filters';
import type {LiveStatus} from '../../live/live-connection';
import {SIGNAL_TYPES, signalWords} from '../../live/signal-types';
import {LiveStatusBadge} from './live-status-badge';

interface Props {
  filters: LiveFilters;
  onChange: (filters: LiveFilters) => void;
  /** `undefined` while loading or when they could not be loaded: the filter then offers only "All". */
  campaigns: readonly CampaignSummary[] | undefined;
  status: LiveStatus;
}

const ANY = '';

/** Narrows the list by what went wrong, which email brought the shopper, and how long ago. */
export function JourneyFilters({filters, onChange, campaigns, status}: Props) {
  const {t} = useTranslation('live');
  const rangeOptions: SelectOption[] = TIME_RANGES.map((range) => ({
    label: t(`range.${range.name}`),
    value: String(range.hours),
  }));
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack gap="200" align="space-between" blockAlign="center">
          <Text as="h2" variant="headingSm">
            {t('filters.heading')}
          </Text>
          <LiveStatusBadge status={status} />
        </InlineStack>
        <InlineGrid columns={{xs: 1, sm: 3}} gap="300">
          <Select
            id="live-filter-signal"
            label={t('filters.signal')}
            options={signalOptions(filters.signal, t)}
            value={filters.signal ?? ANY}
            onChange={(value) => onChange({...filters, signal: value || undefined})}
          />
          <Select
            id="live-filter-campaign"
            label={t('filters.campaign')}
            options={campaignOptions(campaigns, filters.campaign, t)}
            value={filters.campaign ?? ANY}
            onChange={(value) => onChange({...filters, campaign: value || undefined})}
          />
          <Select
            id="live-filter-range"
            label={t('filters.range')}
            options={rangeOptions}
            value={String(filters.hours)}
            onChange={(value) => onChange({...filters, hours: Number(value)})}
          />
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}

/** A type from a shared link that this admin does not list still shows as chosen. */
function signalOptions(chosen: string | undefined, t: TFunction<'live'>): SelectOption[] {
  const options: SelectOption[] = [
    {label: t('filters.allSignals'), value: ANY},
    ...SIGNAL_TYPES.map((signal) => ({label: signalWords(signal.type, t), value: signal.type})),
  ];
  if (!chosen || SIGNAL_TYPES.some((s) => s.type === chosen)) return options;
  return [...options, {label: chosen, value: chosen}];
}

function campaignOptions(
  campaigns: readonly CampaignSummary[] | undefined,
  chosen: string | undefined,
  t: TFunction<'live'>,
): SelectOption[] {
  const options: SelectOption[] = [{label: t('filters.allCampaigns'), value: ANY}];
  const sorted = [...(campaigns ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  for (const campaign of sorted) {
    options.push({label: campaign.name, value: campaign.attributionKey});
  }
  if (chosen && !sorted.some((c) => c.attributionKey === chosen)) {
    options.push({label: `utm_campaign=${chosen}`, value: chosen});
  }
  return options;
}
