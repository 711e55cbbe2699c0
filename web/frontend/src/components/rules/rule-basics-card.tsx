import {
  BlockStack,
  Card,
  Checkbox,
  ChoiceList,
  FormLayout,
  Text,
  TextField,
} from '@shopify/polaris';
import {SIGNAL_TYPES} from '../../live/signal-types';
import {ruleFieldId} from '../../rules/rule-form-values';
import type {RuleSectionProps} from './section-props';

const SIGNAL_CHOICES = SIGNAL_TYPES.map((signal) => ({label: signal.label, value: signal.type}));

/** The rule's name, whether it is on, and which signals it answers. */
export function RuleBasicsCard({values, errors, onChange}: RuleSectionProps) {
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          Rule
        </Text>
        <TextField
          id={ruleFieldId('name')}
          label="Name"
          value={values.name}
          onChange={(value) => onChange('name', value)}
          error={errors.name}
          autoComplete="off"
          helpText="For your team; shoppers never see it."
        />
        <Checkbox
          id={ruleFieldId('enabled')}
          label="On: this rule opens cases"
          checked={values.enabled}
          onChange={(checked) => onChange('enabled', checked)}
        />
        <BlockStack gap="100">
          <ChoiceList
            allowMultiple
            name={ruleFieldId('signalTypes')}
            title="When a shopper meets any of these"
            choices={SIGNAL_CHOICES}
            selected={values.signalTypes}
            onChange={(selected) => onChange('signalTypes', selected)}
            error={errors.signalTypes}
          />
        </BlockStack>
      </FormLayout>
    </Card>
  );
}
