import {
  BlockStack,
  Card,
  Checkbox,
  ChoiceList,
  FormLayout,
  Text,
  TextField,
} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {SIGNAL_TYPES} from '../../live/signal-types';
import {ruleFieldId} from '../../rules/rule-form-values';
import type {RuleSectionProps} from './section-props';

/** The rule's name, whether it is on, and which signals it answers. */
export function RuleBasicsCard({values, errors, onChange}: RuleSectionProps) {
  const {t} = useTranslation('rules');
  const choices = SIGNAL_TYPES.map(({type}) => ({label: t(`signals.${type}`), value: type}));
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('basics.heading')}
        </Text>
        <TextField
          id={ruleFieldId('name')}
          label={t('basics.name')}
          value={values.name}
          onChange={(value) => onChange('name', value)}
          error={errors.name}
          autoComplete="off"
          helpText={t('basics.nameHelp')}
        />
        <Checkbox
          id={ruleFieldId('enabled')}
          label={t('basics.enabled')}
          checked={values.enabled}
          onChange={(checked) => onChange('enabled', checked)}
        />
        <BlockStack gap="100">
          <ChoiceList
            allowMultiple
            name={ruleFieldId('signalTypes')}
            title={t('basics.signals')}
            choices={choices}
            selected={values.signalTypes}
            onChange={(selected) => onChange('signalTypes', selected)}
            error={errors.signalTypes}
          />
        </BlockStack>
      </FormLayout>
    </Card>
  );
}
