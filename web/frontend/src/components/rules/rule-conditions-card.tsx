import {Card, Checkbox, FormLayout, Select, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {RULE_LIMITS} from '../../../../shared/rule-schemas';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {CUSTOMER_OPTIONS, ruleFieldId, type RuleFormValues} from '../../rules/rule-form-values';
import type {RuleSectionProps} from './section-props';

const CUSTOMER_WORDS = {
  any: 'conditions.customerAny',
  new: 'conditions.customerNew',
  returning: 'conditions.customerReturning',
} as const satisfies Record<RuleFormValues['customer'], string>;
const CAMPAIGN_WORDS = {
  any: 'conditions.campaignAny',
  campaign: 'conditions.campaignCampaign',
  one: 'conditions.campaignOne',
} as const satisfies Record<RuleFormValues['campaignMode'], string>;

interface Props extends RuleSectionProps {
  campaigns: readonly CampaignSummary[] | undefined;
  currencyCode: string | undefined;
}

/** Which shoppers the rule is for; a condition left blank does not narrow it. */
export function RuleConditionsCard({values, errors, onChange, campaigns, currencyCode}: Props) {
  const {t} = useTranslation('rules');
  const campaignOptions = [
    {label: t('conditions.chooseCampaign'), value: ''},
    ...(campaigns ?? []).map((campaign) => ({label: campaign.name, value: campaign.id})),
  ];
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('conditions.heading')}
        </Text>
        <FormLayout.Group>
          <TextField
            id={ruleFieldId('minCartValue')}
            label={t('conditions.minCartValue')}
            type="number"
            min={0}
            prefix={currencyCode}
            value={values.minCartValue}
            onChange={(value) => onChange('minCartValue', value)}
            error={errors.minCartValue}
            autoComplete="off"
            helpText={t('conditions.optional')}
          />
          <TextField
            id={ruleFieldId('minScore')}
            label={t('conditions.minScore')}
            type="number"
            min={RULE_LIMITS.score.min}
            max={RULE_LIMITS.score.max}
            value={values.minScore}
            onChange={(value) => onChange('minScore', value)}
            error={errors.minScore}
            autoComplete="off"
            helpText={t('conditions.minScoreHelp', RULE_LIMITS.score)}
          />
        </FormLayout.Group>
        <Checkbox
          id={ruleFieldId('cartAboveMedian')}
          label={t('conditions.cartAboveMedian')}
          checked={values.cartAboveMedian}
          onChange={(checked) => onChange('cartAboveMedian', checked)}
        />
        <Select
          id={ruleFieldId('customer')}
          label={t('conditions.customer')}
          options={CUSTOMER_OPTIONS.map((value) => ({label: t(CUSTOMER_WORDS[value]), value}))}
          value={values.customer}
          onChange={(value) =>
            onChange('customer', CUSTOMER_OPTIONS.find((o) => o === value) ?? 'any')
          }
          error={errors.customer}
        />
        <FormLayout.Group>
          <Select
            id={ruleFieldId('campaignMode')}
            label={t('conditions.came')}
            options={(['any', 'campaign', 'one'] as const).map((value) => ({
              label: t(CAMPAIGN_WORDS[value]),
              value,
            }))}
            value={values.campaignMode}
            onChange={(value) =>
              onChange('campaignMode', value === 'campaign' || value === 'one' ? value : 'any')
            }
          />
          {values.campaignMode === 'one' ? (
            <Select
              id={ruleFieldId('campaignId')}
              label={t('conditions.campaign')}
              options={campaignOptions}
              value={values.campaignId}
              onChange={(value) => onChange('campaignId', value)}
              error={errors.campaignId}
            />
          ) : null}
        </FormLayout.Group>
        <Checkbox
          id={ruleFieldId('contactable')}
          label={t('conditions.contactable')}
          helpText={t('conditions.contactableHelp')}
          checked={values.contactable}
          onChange={(checked) => onChange('contactable', checked)}
        />
      </FormLayout>
    </Card>
  );
}
