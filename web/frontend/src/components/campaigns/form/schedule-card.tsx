import {Card, FormLayout, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {fieldId} from '../../../campaigns/field-labels';
import {useShopFormat} from '../../../shop/shop-format';
import type {SectionProps} from './section-props';

type DateField = 'sendAt' | 'promiseStartsAt' | 'promiseEndsAt';

export function ScheduleCard({values, errors, onChange}: SectionProps) {
  const format = useShopFormat();
  const {t} = useTranslation('campaignForm');
  const dateField = (field: DateField, helpText?: string) => (
    <TextField
      id={fieldId(field)}
      label={t(`fields.${field}`)}
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
          {t('schedule.heading')}
        </Text>
        <Text as="p" tone="subdued">
          {t('schedule.intro', {zone: format.zoneLabel(Date.now())})}
        </Text>
        {dateField('sendAt')}
        <FormLayout.Group>
          {dateField('promiseStartsAt', t('schedule.startsHelp'))}
          {dateField('promiseEndsAt', t('schedule.endsHelp'))}
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
