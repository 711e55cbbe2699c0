import {Card, Checkbox, FormLayout, Select, Text, TextField} from '@shopify/polaris';
import type {CampaignSummary} from '../../api/campaign-schemas';
import {CUSTOMER_OPTIONS, ruleFieldId, type RuleFormValues} from '../../rules/rule-form-values';
import type {RuleSectionProps} from './section-props';

const CUSTOMER_WORDS: Record<RuleFormValues['customer'], string> = {
  any: 'Any shopper',
  new: 'New customers only',
  returning: 'Returning customers only',
};
const CAMPAIGN_WORDS: Record<RuleFormValues['campaignMode'], string> = {
  any: 'From anywhere',
  campaign: 'From any campaign email',
  one: 'From this campaign',
};

interface Props extends RuleSectionProps {
  campaigns: readonly CampaignSummary[] | undefined;
  currencyCode: string | undefined;
}

/** Which shoppers the rule is for; a condition left blank does not narrow it. */
export function RuleConditionsCard({values, errors, onChange, campaigns, currencyCode}: Props) {
  const campaignOptions = [
    {label: 'Choose a campaign', value: ''},
    ...(campaigns ?? []).map((campaign) => ({label: campaign.name, value: campaign.id})),
  ];
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          And only when
        </Text>
        <FormLayout.Group>
          <TextField
            id={ruleFieldId('minCartValue')}
            label="Cart value at least"
            type="number"
            min={0}
            prefix={currencyCode}
            value={values.minCartValue}
            onChange={(value) => onChange('minCartValue', value)}
            error={errors.minCartValue}
            autoComplete="off"
            helpText="Optional."
          />
          <TextField
            id={ruleFieldId('minScore')}
            label="Hesitation score at least"
            type="number"
            min={0}
            max={100}
            value={values.minScore}
            onChange={(value) => onChange('minScore', value)}
            error={errors.minScore}
            autoComplete="off"
            helpText="Optional, 0 to 100."
          />
        </FormLayout.Group>
        <Checkbox
          id={ruleFieldId('cartAboveMedian')}
          label="The cart is above the shop’s median cart (last 30 days)"
          checked={values.cartAboveMedian}
          onChange={(checked) => onChange('cartAboveMedian', checked)}
        />
        <Select
          id={ruleFieldId('customer')}
          label="Customer"
          options={CUSTOMER_OPTIONS.map((value) => ({label: CUSTOMER_WORDS[value], value}))}
          value={values.customer}
          onChange={(value) =>
            onChange('customer', CUSTOMER_OPTIONS.find((o) => o === value) ?? 'any')
          }
          error={errors.customer}
        />
        <FormLayout.Group>
          <Select
            id={ruleFieldId('campaignMode')}
            label="Came"
            options={(['any', 'campaign', 'one'] as const).map((value) => ({
              label: CAMPAIGN_WORDS[value],
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
              label="Campaign"
              options={campaignOptions}
              value={values.campaignId}
              onChange={(value) => onChange('campaignId', value)}
              error={errors.campaignId}
            />
          ) : null}
        </FormLayout.Group>
        <Checkbox
          id={ruleFieldId('contactable')}
          label="Heed has a lawful basis to contact the shopper"
          helpText="A promise the shop made to them, email marketing consent, or the shopper asked for help."
          checked={values.contactable}
          onChange={(checked) => onChange('contactable', checked)}
        />
      </FormLayout>
    </Card>
  );
}
