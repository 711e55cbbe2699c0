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
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {CampaignSummary} from '../../api/campaign-schemas';
import type {CaseListView} from '../../api/cases';
import {FILTER_OPTIONS, type InboxFilters} from '../../cases/inbox-filters';
import type {LiveStatus} from '../../live/live-connection';
import {SIGNAL_TYPES, signalWords} from '../../live/signal-types';
import {LiveStatusBadge} from '../live/live-status-badge';

interface Props {
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
  /** `undefined` while loading or when they could not be loaded: the filter then offers only "All". */
  campaigns: readonly CampaignSummary[] | undefined;
  status: LiveStatus;
}

const ANY = '';
const VIEWS: readonly CaseListView[] = ['open', 'resolved'];

/** Open or resolved, and narrowed by whose case it is, which email brought the shopper, what went wrong. */
export function InboxFiltersCard({filters, onChange, campaigns, status}: Props) {
  const {t} = useTranslation('cases');
  const {t: tLive} = useTranslation('live');
  const whoseOptions: SelectOption[] = [
    {label: t('inbox.filters.allCases'), value: ANY},
    ...FILTER_OPTIONS.map(({value}) => ({label: t(`inbox.filters.${value}`), value})),
  ];
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack gap="200" align="space-between" blockAlign="center">
          <ButtonGroup variant="segmented">
            {VIEWS.map((view) => (
              <Button
                key={view}
                pressed={filters.view === view}
                onClick={() => onChange({...filters, view})}
              >
                {t(`inbox.views.${view}`)}
              </Button>
            ))}
          </ButtonGroup>
          <LiveStatusBadge status={status} />
        </InlineStack>
        <InlineGrid columns={{xs: 1, sm: 3}} gap="300">
          <Select
            id="inbox-filter-whose"
            label={t('inbox.filters.whose')}
            options={whoseOptions}
            value={filters.filter ?? ANY}
            onChange={(value) =>
              onChange({...filters, filter: FILTER_OPTIONS.find((o) => o.value === value)?.value})
            }
          />
          <Select
            id="inbox-filter-campaign"
            label={t('inbox.filters.campaign')}
            options={campaignOptions(campaigns, filters.campaign, t)}
            value={filters.campaign ?? ANY}
            onChange={(value) => onChange({...filters, campaign: value || undefined})}
          />
          <Select
            id="inbox-filter-signal"
            label={t('inbox.filters.signal')}
            options={signalOptions(filters.signal, t, tLive)}
            value={filters.signal ?? ANY}
            onChange={(value) => onChange({...filters, signal: value || undefined})}
          />
        </InlineGrid>
        <Text as="p" tone="subdued" variant="bodySm">
          {filters.view === 'open'
            ? t('inbox.filters.orderOpen')
            : t('inbox.filters.orderResolved')}
        </Text>
      </BlockStack>
    </Card>
  );
}

/** A type from a shared link that this admin does not list still shows as chosen. */
function signalOptions(
  chosen: string | undefined,
  t: TFunction<'cases'>,
  tLive: TFunction<'live'>,
): SelectOption[] {
  const options: SelectOption[] = [
    {label: t('inbox.filters.allSignals'), value: ANY},
    ...SIGNAL_TYPES.map((signal) => ({label: signalWords(signal.type, tLive), value: signal.type})),
  ];
  if (!chosen || SIGNAL_TYPES.some((s) => s.type === chosen)) return options;
  return [...options, {label: chosen, value: chosen}];
}

function campaignOptions(
  campaigns: readonly CampaignSummary[] | undefined,
  chosen: string | undefined,
  t: TFunction<'cases'>,
): SelectOption[] {
  const options: SelectOption[] = [{label: t('inbox.filters.allCampaigns'), value: ANY}];
  const sorted = [...(campaigns ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  for (const campaign of sorted) options.push({label: campaign.name, value: campaign.id});
  if (chosen && !sorted.some((c) => c.id === chosen)) {
    options.push({label: t('inbox.filters.campaignFromLink'), value: chosen});
  }
  return options;
}
