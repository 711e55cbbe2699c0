import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {attributionKeyFrom, followsName} from '../../../campaigns/attribution-key';
import {fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

export function BasicsCard({values, errors, onChange}: SectionProps) {
  const {t} = useTranslation('campaignForm');
  const changeName = (name: string) => {
    onChange('name', name);
    // Until the merchant types a tag of their own, it is made from the name.
    if (followsName(values.attributionKey, values.name))
      onChange('attributionKey', attributionKeyFrom(name));
  };
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('basics.heading')}
        </Text>
        <TextField
          id={fieldId('name')}
          label={t('fields.name')}
          value={values.name}
          onChange={changeName}
          error={errors.name}
          autoComplete="off"
          helpText={t('basics.nameHelp')}
        />
        <FormLayout.Group>
          <TextField
            id={fieldId('attributionKey')}
            label={t('fields.attributionKey')}
            value={values.attributionKey}
            onChange={(value) => onChange('attributionKey', value)}
            error={errors.attributionKey}
            autoComplete="off"
            monospaced
            helpText={t('basics.attributionKeyHelp')}
          />
          <TextField
            id={fieldId('recipients')}
            label={t('fields.recipients')}
            type="number"
            min={0}
            value={values.recipients}
            onChange={(value) => onChange('recipients', value)}
            error={errors.recipients}
            autoComplete="off"
            helpText={t('basics.recipientsHelp')}
          />
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
