import {useMemo, useState} from 'react';
import {Controller, get, useForm, useWatch} from 'react-hook-form';
import {useTranslation} from 'react-i18next';
import {BlockStack, Button, Card, Form, FormLayout, InlineStack, Text} from '@shopify/polaris';
import type {HesitationSettings, ThresholdOverrides} from '../../api/settings';
import {
  GENERAL_FIELDS,
  STEP_FIELDS,
  THRESHOLD_FIELDS,
  fieldId,
  type FieldSpec,
  type ThresholdField,
} from '../../settings/threshold-fields';
import {formValuesOf, placeThresholdProblems} from '../../settings/threshold-form';
import {
  formStateOf,
  thresholdResolver,
  type ThresholdFormState,
} from '../../settings/threshold-resolver';
import {useSaveHesitation} from '../../settings/use-save-hesitation';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {ThresholdTextField} from './threshold-field';

/** The shop's thresholds: the form's own checks first, then the server's answer on the same fields. */
export function HesitationForm({initial}: {initial: HesitationSettings}) {
  const {t} = useTranslation('settings');
  const [settings, setSettings] = useState(initial);
  const resolver = useMemo(() => thresholdResolver(t, settings.defaults), [t, settings.defaults]);
  const {control, handleSubmit, reset, setError, formState} = useForm<
    ThresholdFormState,
    unknown,
    ThresholdOverrides
  >({
    defaultValues: formStateOf(formValuesOf(initial.thresholds)),
    resolver,
    shouldFocusError: false,
  });
  const {save, retry, pending, error} = useSaveHesitation({
    onSaved: (saved) => {
      setSettings(saved);
      reset(formStateOf(formValuesOf(saved.thresholds)));
    },
    onRefused: (refusal) => {
      const placed = placeThresholdProblems(refusal.problems).fields;
      for (const {field} of THRESHOLD_FIELDS) {
        const message = placed[field];
        if (message) setError(field, {message});
      }
    },
  });
  const errorOf = (field: ThresholdField) => messageAt(formState.errors, field);

  const submit = () => {
    if (pending) return;
    void handleSubmit(
      (overrides) => save('save', overrides),
      (invalid) => focusFirst((field) => messageAt(invalid, field)),
    )();
  };

  const field = (spec: FieldSpec, placeholder?: string) => (
    <Controller
      key={spec.field}
      control={control}
      name={spec.field}
      render={({field: {value, onChange}}) => (
        <ThresholdTextField
          spec={spec}
          value={typeof value === 'string' ? value : ''}
          error={errorOf(spec.field)}
          defaults={settings.defaults}
          onChange={(_field, next) => onChange(next)}
          placeholder={placeholder}
        />
      )}
    />
  );
  const watchedStall = useWatch({control, name: 'stallAfterMs'});
  const dirty = formState.isDirty;
  const discard = () => reset();
  // A refusal no field explains (a lost connection, an unknown key) needs the banner.
  const unexplained = error !== undefined && !THRESHOLD_FIELDS.some(({field}) => errorOf(field));

  return (
    <Form onSubmit={submit} noValidate>
      <FormSaveBar
        id="hesitation-save-bar"
        dirty={dirty}
        saving={pending !== undefined}
        onSave={submit}
        onDiscard={discard}
      />
      <Card>
        <BlockStack gap="400">
          {unexplained ? (
            <ApiErrorBanner title={t('hesitation.saveFailed')} error={error} onRetry={retry} />
          ) : null}
          <FormLayout>
            {field(GENERAL_FIELDS.stall)}
            <BlockStack gap="100">
              <Text as="h3" variant="headingSm">
                {t('hesitation.perStep')}
              </Text>
              <Text as="p" tone="subdued">
                {t('hesitation.perStepHelp')}
              </Text>
            </BlockStack>
            <FormLayout.Group condensed>
              {STEP_FIELDS.map((spec) => field(spec, watchedStall))}
            </FormLayout.Group>
            {field(GENERAL_FIELDS.abandon)}
            {field(GENERAL_FIELDS.repeatedEdits)}
            <FormLayout.Group>
              {field(GENERAL_FIELDS.shippingShock)}
              {field(GENERAL_FIELDS.shockLeftAfter)}
            </FormLayout.Group>
          </FormLayout>
          <InlineStack gap="200" align="end">
            <Button
              onClick={() => void save('restore', {})}
              loading={pending === 'restore'}
              disabled={pending === 'save'}
            >
              {t('hesitation.restore')}
            </Button>
            <Button
              variant="primary"
              submit
              loading={pending === 'save'}
              disabled={pending === 'restore'}
            >
              {t('hesitation.save')}
            </Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </Form>
  );
}

/** After a refused save, focus moves to the first field to fix (and a screen reader reads its error). */
function focusFirst(errorOf: (field: ThresholdField) => string | undefined): void {
  const first = THRESHOLD_FIELDS.find(({field}) => errorOf(field));
  if (first) document.getElementById(fieldId(first.field))?.focus();
}

/** A field's error message in react-hook-form's errors, which nest by the field's path. */
function messageAt(errors: object, field: ThresholdField): string | undefined {
  const fieldError: unknown = get(errors, field);
  return isFieldError(fieldError) ? fieldError.message : undefined;
}

function isFieldError(value: unknown): value is {message: string} {
  return typeof value === 'object' && value !== null && 'message' in value
    ? typeof value.message === 'string'
    : false;
}
