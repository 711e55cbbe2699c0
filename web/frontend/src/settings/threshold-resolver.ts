import {zodResolver} from '@hookform/resolvers/zod';
import type {Resolver} from 'react-hook-form';
import type {TFunction} from 'i18next';
import {z} from 'zod/mini';
import type {ThresholdOverrides, Thresholds} from '../api/settings';
import {thresholdOverridesSchema, type StallStep} from '../../../shared/settings-schemas';
import {THRESHOLD_FIELDS, type FieldSpec} from './threshold-fields';
import {checkThresholdForm, readField, type ThresholdFormValues} from './threshold-form';

/**
 * The form's values as react-hook-form holds them: a field's name is its path in the request body
 * (`stallAfterMsByStep.payment`), which the library reads as nesting.
 */
export interface ThresholdFormState {
  stallAfterMs: string;
  stallAfterMsByStep: Record<StallStep, string>;
  abandonAfterMs: string;
  repeatedEditsAt: string;
  shippingShockShare: string;
  shippingShockLeftAfterMs: string;
}

export function formStateOf(values: ThresholdFormValues): ThresholdFormState {
  const byStep = (step: StallStep) => values[`stallAfterMsByStep.${step}`];
  return {
    stallAfterMs: values.stallAfterMs,
    stallAfterMsByStep: {
      contact: byStep('contact'),
      delivery: byStep('delivery'),
      shipping: byStep('shipping'),
      payment: byStep('payment'),
    },
    abandonAfterMs: values.abandonAfterMs,
    repeatedEditsAt: values.repeatedEditsAt,
    shippingShockShare: values.shippingShockShare,
    shippingShockLeftAfterMs: values.shippingShockLeftAfterMs,
  };
}

export function formValuesFrom(state: ThresholdFormState): ThresholdFormValues {
  const {stallAfterMsByStep: steps, ...single} = state;
  return {
    ...single,
    'stallAfterMsByStep.contact': steps.contact,
    'stallAfterMsByStep.delivery': steps.delivery,
    'stallAfterMsByStep.shipping': steps.shipping,
    'stallAfterMsByStep.payment': steps.payment,
  };
}

/** One field's text, checked against the limits the server holds it to. */
function typedField(t: TFunction<'settings'>, spec: FieldSpec) {
  return z.string().check(
    z.superRefine((text, ctx) => {
      const read = readField(t, spec, text);
      if (!read.ok) ctx.issues.push({code: 'custom', message: read.message, input: text});
    }),
  );
}

const specOf = (field: string): FieldSpec => {
  const spec = THRESHOLD_FIELDS.find((s) => s.field === field);
  if (!spec) throw new Error(`no threshold field ${field}`);
  return spec;
};

const formSchema = (t: TFunction<'settings'>) =>
  z.object({
    stallAfterMs: typedField(t, specOf('stallAfterMs')),
    stallAfterMsByStep: z.object({
      contact: typedField(t, specOf('stallAfterMsByStep.contact')),
      delivery: typedField(t, specOf('stallAfterMsByStep.delivery')),
      shipping: typedField(t, specOf('stallAfterMsByStep.shipping')),
      payment: typedField(t, specOf('stallAfterMsByStep.payment')),
    }),
    abandonAfterMs: typedField(t, specOf('abandonAfterMs')),
    repeatedEditsAt: typedField(t, specOf('repeatedEditsAt')),
    shippingShockShare: typedField(t, specOf('shippingShockShare')),
    shippingShockLeftAfterMs: typedField(t, specOf('shippingShockLeftAfterMs')),
  });

/**
 * The form's zod resolver: each field's text in range, then the overrides it makes (what differs
 * from Heed's defaults), which pass the server's own schema before they are sent.
 */
export function thresholdResolver(
  t: TFunction<'settings'>,
  defaults: Thresholds,
): Resolver<ThresholdFormState, unknown, ThresholdOverrides> {
  const toOverrides = z.pipe(
    formSchema(t),
    z.transform((state: ThresholdFormState) => {
      const check = checkThresholdForm(t, formValuesFrom(state), defaults);
      return check.ok ? check.overrides : {};
    }),
  );
  return zodResolver(z.pipe(toOverrides, thresholdOverridesSchema));
}
