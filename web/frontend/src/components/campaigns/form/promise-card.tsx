import {Card, FormLayout, Select, Text, TextField} from '@shopify/polaris';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';
import {ScopePicker} from './scope-picker';
import {SegmentPicker} from './segment-picker';
import {oneOf, type SectionProps} from './section-props';

const KINDS = ['percentage', 'fixed_amount', 'free_shipping'] as const;
const SCOPES = ['entire_order', 'products', 'collections'] as const;
const AUDIENCES = ['everyone', 'email_subscribers', 'segment'] as const;
const MINIMUMS = ['none', 'subtotal', 'quantity'] as const;

const KIND_OPTIONS = [
  {label: 'Percentage off', value: 'percentage'},
  {label: 'Fixed amount off', value: 'fixed_amount'},
  {label: 'Free shipping', value: 'free_shipping'},
];
const SCOPE_OPTIONS = [
  {label: 'The entire order', value: 'entire_order'},
  {label: 'Specific products', value: 'products'},
  {label: 'Specific collections', value: 'collections'},
];
const AUDIENCE_OPTIONS = [
  {label: 'Everyone', value: 'everyone'},
  {label: 'Email subscribers', value: 'email_subscribers'},
  {label: 'Customer segments', value: 'segment'},
];
const MINIMUM_OPTIONS = [
  {label: 'No minimum', value: 'none'},
  {label: 'Minimum purchase amount', value: 'subtotal'},
  {label: 'Minimum number of items', value: 'quantity'},
];

/** The promise in the email's own words, made structured so Heed can hold the discount to it. */
export function PromiseCard({values, errors, onChange, currencyCode}: SectionProps) {
  const isPercentage = values.kind === 'percentage';
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          What the email promises
        </Text>
        <FormLayout.Group>
          <Select
            id={fieldId('kind')}
            label={FIELD_LABELS.kind}
            options={KIND_OPTIONS}
            value={values.kind}
            onChange={(value) => onChange('kind', oneOf(KINDS, value, 'percentage'))}
            error={errors.kind}
          />
          {values.kind === 'free_shipping' ? null : (
            <TextField
              id={fieldId('value')}
              label={FIELD_LABELS.value}
              type="number"
              min={0}
              max={isPercentage ? 100 : undefined}
              step={isPercentage ? 1 : 0.01}
              value={values.value}
              onChange={(value) => onChange('value', value)}
              error={errors.value}
              autoComplete="off"
              suffix={isPercentage ? '%' : currencyCode}
              helpText={isPercentage ? 'As the email says it: “20% off” is 20.' : undefined}
            />
          )}
        </FormLayout.Group>
        <FormLayout.Group>
          <Select
            id={fieldId('scopeType')}
            label={FIELD_LABELS.scopeType}
            options={SCOPE_OPTIONS}
            value={values.scopeType}
            onChange={(value) => onChange('scopeType', oneOf(SCOPES, value, 'entire_order'))}
            error={errors.scopeType}
          />
          {values.scopeType === 'entire_order' ? null : (
            <TextField
              id={fieldId('scopeDescription')}
              label={FIELD_LABELS.scopeDescription}
              value={values.scopeDescription}
              onChange={(value) => onChange('scopeDescription', value)}
              error={errors.scopeDescription}
              autoComplete="off"
              placeholder="Faux fur throws"
              helpText="Optional; shown in the report. Heed checks the products you pick."
            />
          )}
        </FormLayout.Group>
        {values.scopeType === 'entire_order' ? null : (
          <ScopePicker
            type={values.scopeType}
            items={values.scopeItems}
            error={errors.scopeItems}
            onChange={(items) => onChange('scopeItems', items)}
          />
        )}
        <FormLayout.Group>
          <Select
            id={fieldId('audienceType')}
            label={FIELD_LABELS.audienceType}
            options={AUDIENCE_OPTIONS}
            value={values.audienceType}
            onChange={(value) => onChange('audienceType', oneOf(AUDIENCES, value, 'everyone'))}
            error={errors.audienceType}
            helpText="Who receives the email. Heed checks that the code accepts all of them."
          />
        </FormLayout.Group>
        {values.audienceType === 'segment' ? (
          <SegmentPicker
            selected={values.segmentIds}
            error={errors.segmentIds}
            onChange={(ids) => onChange('segmentIds', ids)}
          />
        ) : null}
        <FormLayout.Group>
          <Select
            id={fieldId('minimumType')}
            label={FIELD_LABELS.minimumType}
            options={MINIMUM_OPTIONS}
            value={values.minimumType}
            onChange={(value) => onChange('minimumType', oneOf(MINIMUMS, value, 'none'))}
            error={errors.minimumType}
            helpText="Only a minimum the email states; Heed flags a code that requires one it doesn’t."
          />
          {values.minimumType === 'none' ? null : (
            <TextField
              id={fieldId('minimumValue')}
              label={FIELD_LABELS.minimumValue}
              type="number"
              min={0}
              value={values.minimumValue}
              onChange={(value) => onChange('minimumValue', value)}
              error={errors.minimumValue}
              autoComplete="off"
              suffix={values.minimumType === 'subtotal' ? currencyCode : 'items'}
            />
          )}
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
