import {
  BlockStack,
  Card,
  InlineGrid,
  InlineStack,
  Select,
  Text,
  type SelectOption,
} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {TIME_RANGES, type LiveFilters} from '../../live/filters';
import type {LiveStatus} from '../../live/live-connection';
import {SIGNAL_TYPES} from '../../live/signal-types';
import {LiveStatusBadge} from './live-status-badge';

interface Props {
  filters: LiveFilters;
  onChange: (filters: LiveFilters) => void;
  /** `undefined` while loading or when they could not be loaded: the filter then offers only "All". */
  campaigns: readonly CampaignSummary[] | undefined;
  status: LiveStatus;
}

const ANY = '';
const SIGNAL_OPTIONS: SelectOption[] = [
  {label: 'All signals', value: ANY},
  ...SIGNAL_TYPES.map((signal) => ({label: signal.label, value: signal.type})),
];
const RANGE_OPTIONS: SelectOption[] = TIME_RANGES.map((range) => ({
  label: range.label,
  value: String(range.hours),
}));

/** Narrows the list by what went wrong, which email brought the shopper, and how long ago. */
export function JourneyFilters({filters, onChange, campaigns, status}: Props) {
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack gap="200" align="space-between" blockAlign="center">
          <Text as="h2" variant="headingSm">
            Show checkouts
          </Text>
          <LiveStatusBadge status={status} />
        </InlineStack>
        <InlineGrid columns={{xs: 1, sm: 3}} gap="300">
          <Select
            id="live-filter-signal"
            label="Signal"
            options={signalOptions(filters.signal)}
            value={filters.signal ?? ANY}
            onChange={(value) => onChange({...filters, signal: value || undefined})}
          />
          <Select
            id="live-filter-campaign"
            label="Campaign"
            options={campaignOptions(campaigns, filters.campaign)}
            value={filters.campaign ?? ANY}
            onChange={(value) => onChange({...filters, campaign: value || undefined})}
          />
          <Select
            id="live-filter-range"
            label="Time range"
            options={RANGE_OPTIONS}
            value={String(filters.hours)}
            onChange={(value) => onChange({...filters, hours: Number(value)})}
          />
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}

/** A type from a shared link that this admin does not list still shows as chosen. */
function signalOptions(chosen: string | undefined): SelectOption[] {
  if (!chosen || SIGNAL_TYPES.some((s) => s.type === chosen)) return SIGNAL_OPTIONS;
  return [...SIGNAL_OPTIONS, {label: chosen, value: chosen}];
}

function campaignOptions(
  campaigns: readonly CampaignSummary[] | undefined,
  chosen: string | undefined,
): SelectOption[] {
  const options: SelectOption[] = [{label: 'All campaigns', value: ANY}];
  const sorted = [...(campaigns ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  for (const campaign of sorted) {
    options.push({label: campaign.name, value: campaign.attributionKey});
  }
  if (chosen && !sorted.some((c) => c.attributionKey === chosen)) {
    options.push({label: `utm_campaign=${chosen}`, value: chosen});
  }
  return options;
}
