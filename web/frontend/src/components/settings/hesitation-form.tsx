import {useState} from 'react';
import {BlockStack, Button, Card, Form, FormLayout, InlineStack, Text} from '@shopify/polaris';
import type {HesitationSettings} from '../../api/settings';
import {
  GENERAL_FIELDS,
  STEP_FIELDS,
  THRESHOLD_FIELDS,
  fieldId,
  type FieldSpec,
  type ThresholdField,
} from '../../settings/threshold-fields';
import {
  checkThresholdForm,
  formValuesOf,
  placeThresholdProblems,
  type ThresholdErrors,
} from '../../settings/threshold-form';
import {useSaveHesitation} from '../../settings/use-save-hesitation';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSaveBar} from '../form-save-bar';
import {ThresholdTextField} from './threshold-field';

/** The shop's thresholds: the form's own checks first, then the server's answer on the same fields. */
export function HesitationForm({initial}: {initial: HesitationSettings}) {
  const [settings, setSettings] = useState(initial);
  const [values, setValues] = useState(() => formValuesOf(initial.thresholds));
  const [errors, setErrors] = useState<ThresholdErrors>({});
  const {save, retry, pending, error} = useSaveHesitation({
    onSaved: (saved) => {
      setSettings(saved);
      setValues(formValuesOf(saved.thresholds));
      setErrors({});
    },
    onRefused: (refusal) => setErrors(placeThresholdProblems(refusal.problems).fields),
  });

  const onChange = (field: ThresholdField, value: string) => {
    setValues((current) => ({...current, [field]: value}));
    setErrors((current) => (current[field] ? {...current, [field]: undefined} : current));
  };

  const submit = () => {
    if (pending) return;
    const check = checkThresholdForm(values, settings.defaults);
    if (!check.ok) {
      setErrors(check.errors);
      focusFirst(check.errors);
      return;
    }
    void save('save', check.overrides);
  };

  const field = (spec: FieldSpec, placeholder?: string) => (
    <ThresholdTextField
      key={spec.field}
      spec={spec}
      value={values[spec.field]}
      error={errors[spec.field]}
      defaults={settings.defaults}
      onChange={onChange}
      placeholder={placeholder}
    />
  );
  const savedValues = formValuesOf(settings.thresholds);
  const dirty = THRESHOLD_FIELDS.some(({field}) => values[field] !== savedValues[field]);
  const discard = () => {
    setValues(savedValues);
    setErrors({});
  };
  // A refusal no field explains (a lost connection, an unknown key) needs the banner.
  const unexplained = error !== undefined && !THRESHOLD_FIELDS.some(({field}) => errors[field]);

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
            <ApiErrorBanner
              title="Heed couldn’t save your hesitation settings"
              error={error}
              onRetry={retry}
            />
          ) : null}
          <FormLayout>
            {field(GENERAL_FIELDS.stall)}
            <BlockStack gap="100">
              <Text as="h3" variant="headingSm">
                Stalled after, per step
              </Text>
              <Text as="p" tone="subdued">
                Optional. Leave a step blank to use “Stalled after”. Payment often takes longer than
                typing contact details.
              </Text>
            </BlockStack>
            <FormLayout.Group condensed>
              {STEP_FIELDS.map((spec) => field(spec, values.stallAfterMs))}
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
              Restore defaults
            </Button>
            <Button
              variant="primary"
              submit
              loading={pending === 'save'}
              disabled={pending === 'restore'}
            >
              Save
            </Button>
          </InlineStack>
        </BlockStack>
      </Card>
    </Form>
  );
}

/** After a refused save, focus moves to the first field to fix (and a screen reader reads its error). */
function focusFirst(errors: ThresholdErrors): void {
  const first = THRESHOLD_FIELDS.find(({field}) => errors[field]);
  if (first) document.getElementById(fieldId(first.field))?.focus();
}
