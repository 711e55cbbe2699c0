import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';
import type {SectionProps} from './section-props';

export function CodesCard({values, errors, onChange}: SectionProps) {
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          Discount code
        </Text>
        <TextField
          id={fieldId('discountCodes')}
          label={FIELD_LABELS.discountCodes}
          value={values.discountCodes}
          onChange={(value) => onChange('discountCodes', value)}
          error={errors.discountCodes}
          autoComplete="off"
          monospaced
          multiline={2}
          placeholder="FURS20"
          helpText="Exactly as in Shopify’s Discounts page. Several codes: one per line, or separated by commas."
        />
      </FormLayout>
    </Card>
  );
}
