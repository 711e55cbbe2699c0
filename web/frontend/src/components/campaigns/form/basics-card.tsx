import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {attributionKeyFrom, followsName} from '../../../campaigns/attribution-key';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

export function BasicsCard({values, errors, onChange}: SectionProps) {
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
          Campaign
        </Text>
        <TextField
          id={fieldId('name')}
          label={FIELD_LABELS.name}
          value={values.name}
          onChange={changeName}
          error={errors.name}
          autoComplete="off"
          helpText="For you and your team; shoppers never see it."
        />
        <FormLayout.Group>
          <TextField
            id={fieldId('attributionKey')}
            label={FIELD_LABELS.attributionKey}
            value={values.attributionKey}
            onChange={(value) => onChange('attributionKey', value)}
            error={errors.attributionKey}
            autoComplete="off"
            monospaced
            helpText="Heed adds this tag to the links in your email, so it knows which shoppers came from this email. It is made from the campaign name; change it if your email tool already tags its links, and give each campaign its own."
          />
          <TextField
            id={fieldId('recipients')}
            label={FIELD_LABELS.recipients}
            type="number"
            min={0}
            value={values.recipients}
            onChange={(value) => onChange('recipients', value)}
            error={errors.recipients}
            autoComplete="off"
            helpText="Optional. How many people the email goes to. Heed then checks that the code can be used that many times, so it doesn’t run out before everyone has had the chance."
          />
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
