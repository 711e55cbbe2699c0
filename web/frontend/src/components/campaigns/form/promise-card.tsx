import {Card, FormLayout, Select, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {fieldId} from '../../../campaigns/field-labels';
import {CAMPAIGN_LIMITS, PROMISE_KINDS} from '../../../../../shared/campaign-schemas';
import {ScopePicker} from './scope-picker';
import {SegmentPicker} from './segment-picker';
import {oneOf, type SectionProps} from './section-props';

const KINDS = PROMISE_KINDS;
const SCOPES = ['entire_order', 'products', 'collections'] as const;
const AUDIENCES = ['everyone', 'email_subscribers', 'segment'] as const;
const MINIMUMS = ['none', 'subtotal', 'quantity'] as const;

/** The promise in the email's own words, made structured so Heed can hold the discount to it. */
export function PromiseCard({values, errors, onChange, currencyCode}: SectionProps) {
  const {t} = useTranslation('campaignForm');
  const kindOptions = [
    {label: t('promise.kindPercentage'), value: 'percentage'},
    {label: t('promise.kindFixedAmount'), value: 'fixed_amount'},
    {label: t('promise.kindFreeShipping'), value: 'free_shipping'},
  ];
  const scopeOptions = [
    {label: t('promise.scopeEntireOrder'), value: 'entire_order'},
    {label: t('promise.scopeProducts'), value: 'products'},
    {label: t('promise.scopeCollections'), value: 'collections'},
  ];
  const audienceOptions = [
    {label: t('promise.audienceEveryone'), value: 'everyone'},
    {label: t('promise.audienceSubscribers'), value: 'email_subscribers'},
    {label: t('promise.audienceSegment'), value: 'segment'},
  ];
  const minimumOptions = [
    {label: t('promise.minimumNone'), value: 'none'},
    {label: t('promise.minimumSubtotal'), value: 'subtotal'},
    {label: t('promise.minimumQuantity'), value: 'quantity'},
  ];
  const isPercentage = values.kind === 'percentage';
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('promise.heading')}
        </Text>
        <FormLayout.Group>
          <Select
            id={fieldId('kind')}
            label={t('fields.kind')}
            options={kindOptions}
            value={values.kind}
            onChange={(value) => onChange('kind', oneOf(KINDS, value, 'percentage'))}
            error={errors.kind}
          />
          {values.kind === 'free_shipping' ? null : (
            <TextField
              id={fieldId('value')}
              label={t('fields.value')}
              type="number"
              min={0}
              max={isPercentage ? CAMPAIGN_LIMITS.percent : undefined}
              step={isPercentage ? 1 : 0.01}
              value={values.value}
              onChange={(value) => onChange('value', value)}
              error={errors.value}
              autoComplete="off"
              suffix={isPercentage ? '%' : currencyCode}
              helpText={isPercentage ? t('promise.percentHelp') : undefined}
            />
          )}
        </FormLayout.Group>
        <FormLayout.Group>
          <Select
            id={fieldId('scopeType')}
            label={t('fields.scopeType')}
            options={scopeOptions}
            value={values.scopeType}
            onChange={(value) => onChange('scopeType', oneOf(SCOPES, value, 'entire_order'))}
            error={errors.scopeType}
          />
          {values.scopeType === 'entire_order' ? null : (
            <TextField
              id={fieldId('scopeDescription')}
              label={t('fields.scopeDescription')}
              value={values.scopeDescription}
              onChange={(value) => onChange('scopeDescription', value)}
              error={errors.scopeDescription}
              autoComplete="off"
              placeholder={t('promise.scopeDescriptionPlaceholder')}
              helpText={t('promise.scopeDescriptionHelp')}
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
            label={t('fields.audienceType')}
            options={audienceOptions}
            value={values.audienceType}
            onChange={(value) => onChange('audienceType', oneOf(AUDIENCES, value, 'everyone'))}
            error={errors.audienceType}
            helpText={t('promise.audienceHelp')}
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
            label={t('fields.minimumType')}
            options={minimumOptions}
            value={values.minimumType}
            onChange={(value) => onChange('minimumType', oneOf(MINIMUMS, value, 'none'))}
            error={errors.minimumType}
            helpText={t('promise.minimumHelp')}
          />
          {values.minimumType === 'none' ? null : (
            <TextField
              id={fieldId('minimumValue')}
              label={t('fields.minimumValue')}
              type="number"
              min={0}
              value={values.minimumValue}
              onChange={(value) => onChange('minimumValue', value)}
              error={errors.minimumValue}
              autoComplete="off"
              suffix={values.minimumType === 'subtotal' ? currencyCode : t('promise.items')}
            />
          )}
        </FormLayout.Group>
      </FormLayout>
    </Card>
  );
}
