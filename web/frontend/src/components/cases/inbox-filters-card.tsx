import {
  BlockStack,
  Button,
  ButtonGroup,
  Card,
  InlineGrid,
  InlineStack,
  Select,
  Text,
  type SelectOption,
} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {CaseListView} from '../../api/cases';
import {FILTER_OPTIONS, type InboxFilters} from '../../cases/inbox-filters';
import type {LiveStatus} from '../../live/live-connection';
import {SIGNAL_TYPES} from '../../live/signal-types';
import {LiveStatusBadge} from '../live/live-status-badge';

interface Props {
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
  /** `undefined` while loading or when they could not be loaded: the filter then offers only "All". */
  campaigns: readonly CampaignSummary[] | undefined;
  status: LiveStatus;
}

const ANY = '';
const VIEWS: readonly {view: CaseListView; label: string}[] = [
  {view: 'open', label: 'Open'},
  {view: 'resolved', label: 'Resolved'},
];
const WHOSE_OPTIONS: SelectOption[] = [
  {label: 'All cases', value: ANY},
  ...FILTER_OPTIONS.map((option) => ({label: option.label, value: option.value})),
];
const SIGNAL_OPTIONS: SelectOption[] = [
  {label: 'All signals', value: ANY},
  ...SIGNAL_TYPES.map((signal) => ({label: signal.label, value: signal.type})),
];

/** Open or resolved, and narrowed by whose case it is, which email brought the shopper, what went wrong. */
export function InboxFiltersCard({filters, onChange, campaigns, status}: Props) {
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack gap="200" align="space-between" blockAlign="center">
          <ButtonGroup variant="segmented">
            {VIEWS.map(({view, label}) => (
              <Button
                key={view}
                pressed={filters.view === view}
                onClick={() => onChange({...filters, view})}
              >
                {label}
              </Button>
            ))}
          </ButtonGroup>
          <LiveStatusBadge status={status} />
        </InlineStack>
        <InlineGrid columns={{xs: 1, sm: 3}} gap="300">
          <Select
            id="inbox-filter-whose"
            label="Cases"
            options={WHOSE_OPTIONS}
            value={filters.filter ?? ANY}
            onChange={(value) =>
              onChange({...filters, filter: FILTER_OPTIONS.find((o) => o.value === value)?.value})
            }
          />
          <Select
            id="inbox-filter-campaign"
            label="Campaign"
            options={campaignOptions(campaigns, filters.campaign)}
            value={filters.campaign ?? ANY}
            onChange={(value) => onChange({...filters, campaign: value || undefined})}
          />
          <Select
            id="inbox-filter-signal"
            label="Signal"
            options={signalOptions(filters.signal)}
            value={filters.signal ?? ANY}
            onChange={(value) => onChange({...filters, signal: value || undefined})}
          />
        </InlineGrid>
        <Text as="p" tone="subdued" variant="bodySm">
          {filters.view === 'open'
            ? 'Most urgent first, then the least time left to contact the shopper.'
            : 'Most recently resolved first.'}
        </Text>
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
  for (const campaign of sorted) options.push({label: campaign.name, value: campaign.id});
  if (chosen && !sorted.some((c) => c.id === chosen)) {
    options.push({label: 'Campaign from the link', value: chosen});
  }
  return options;
}
