import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {FIELD_LABELS, fieldId} from '../../../campaigns/field-labels';
import {useShopFormat} from '../../../shop/shop-format';
import type {SectionProps} from './section-props';

type DateField = 'sendAt' | 'promiseStartsAt' | 'promiseEndsAt';

export function ScheduleCard({values, errors, onChange}: SectionProps) {
  const format = useShopFormat();
  const dateField = (field: DateField, helpText?: string) => (
    <TextField
      id={fieldId(field)}
      label={FIELD_LABELS[field]}
      type="datetime-local"
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      error={errors[field]}
      autoComplete="off"
      helpText={helpText}
    />
  );
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          Schedule
        </Text>
        <Text as="p" tone="subdued">
          Times are in your store’s time zone, {format.zoneLabel(Date.now())}. Heed checks that the
          code is active from the moment the email goes out until the offer ends.
        </Text>
        {dateField('sendAt')}
        <FormLayout.Group>
          {dateField('promiseStartsAt', 'When the email says the offer begins.')}
          {dateField('promiseEndsAt', 'The last moment the email says the offer is valid.')}
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
