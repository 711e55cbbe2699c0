import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

export function BasicsCard({values, errors, onChange}: SectionProps) {
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
          onChange={(value) => onChange('name', value)}
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
            prefix="utm_campaign="
            helpText="How Heed recognizes shoppers who came from this email. Each campaign needs its own."
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
            helpText="Optional. Heed checks the code’s usage limit against it."
          />
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
