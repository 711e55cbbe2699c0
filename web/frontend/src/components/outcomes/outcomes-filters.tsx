import {Card, InlineGrid, Select, Text, BlockStack, type SelectOption} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Outcomes, OutcomesQuery} from '../../api/outcomes';
import {weekLabel} from '../../outcomes/outcome-words';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  report: Outcomes;
  onChange: (query: OutcomesQuery) => void;
}

const ALL = '';

/** Which week (in the shop's zone) and which campaign the figures are about. */
export function OutcomesFilters({report, onChange}: Props) {
  const {t} = useTranslation('outcomes');
  const format = useShopFormat();
  const weeks: SelectOption[] = report.filters.weeks.map((week) => ({
    label: weekLabel(week, format),
    value: week.id,
  }));
  const campaigns: SelectOption[] = [
    {label: t('filters.allCampaigns'), value: ALL},
    ...report.filters.campaigns.map((c) => ({label: c.name, value: c.id})),
  ];
  const campaign = report.campaign?.id;
  return (
    <Card>
      <BlockStack gap="200">
        <InlineGrid columns={{xs: 1, sm: 2}} gap="300">
          <Select
            id="outcomes-week"
            label={t('filters.week')}
            options={weeks}
            value={report.week.id}
            onChange={(week) => onChange({week, campaign})}
          />
          <Select
            id="outcomes-campaign"
            label={t('filters.campaign')}
            options={campaigns}
            value={campaign ?? ALL}
            onChange={(value) => onChange({week: report.week.id, campaign: value || undefined})}
          />
        </InlineGrid>
        <Text as="p" tone="subdued">
          {report.timeZone.known
            ? t('filters.zoneKnown', {zone: report.timeZone.name})
            : t('filters.zoneUnknown')}
        </Text>
      </BlockStack>
    </Card>
  );
}
