import type {TFunction} from 'i18next';
import {STALL_STEPS, type StallStep, type Thresholds} from '../api/settings';
import {THRESHOLD_LIMITS, type ThresholdLimit} from '../../../shared/settings-schemas';
import {MINUTES, PERCENT, TIMES, type Unit} from './threshold-units';

/** The thresholds that are one number each; the per-step stalls are the rest. */
export type SingleThreshold = Exclude<keyof Thresholds, 'stallAfterMsByStep'>;

/** A form field, named as its value's path in the request body (and in the server's problems). */
export type ThresholdField = SingleThreshold | `stallAfterMsByStep.${StallStep}`;

export interface FieldSpec {
  field: ThresholdField;
  /** Where the value lives in `Thresholds`. */
  target: {key: SingleThreshold} | {step: StallStep};
  /** Its words in `settings:hesitation.fields.<key>` (label, help, out of range); a step's label is its step's. */
  key: FieldKey;
  unit: Unit;
  /** The server's limits, in the API's units (the schemas' own, web/shared/settings-schemas.ts). */
  limit: ThresholdLimit;
  /** Blank is allowed and means "use the general value". */
  optional?: boolean;
}

export type FieldKey = 'stall' | 'abandon' | 'repeatedEdits' | 'shippingShock' | 'shockLeftAfter';

export function fieldLabel(t: TFunction<'settings'>, spec: FieldSpec): string {
  return 'step' in spec.target
    ? t(`hesitation.steps.${spec.target.step}`)
    : t(`hesitation.fields.${spec.key}.label`);
}

/** What the number means, before the default is added; nothing for a step. */
export function fieldHelp(t: TFunction<'settings'>, spec: FieldSpec): string {
  return 'step' in spec.target ? '' : t(`hesitation.fields.${spec.key}.help`);
}

const STALL = {key: 'stall', unit: MINUTES, limit: THRESHOLD_LIMITS.stall} as const;

export const GENERAL_FIELDS = {
  stall: {
    field: 'stallAfterMs',
    target: {key: 'stallAfterMs'},
    ...STALL,
  },
  abandon: {
    field: 'abandonAfterMs',
    target: {key: 'abandonAfterMs'},
    key: 'abandon',
    unit: MINUTES,
    limit: THRESHOLD_LIMITS.abandon,
  },
  repeatedEdits: {
    field: 'repeatedEditsAt',
    target: {key: 'repeatedEditsAt'},
    key: 'repeatedEdits',
    unit: TIMES,
    limit: THRESHOLD_LIMITS.repeatedEdits,
  },
  shippingShock: {
    field: 'shippingShockShare',
    target: {key: 'shippingShockShare'},
    key: 'shippingShock',
    unit: PERCENT,
    limit: THRESHOLD_LIMITS.shockShare,
  },
  shockLeftAfter: {
    field: 'shippingShockLeftAfterMs',
    target: {key: 'shippingShockLeftAfterMs'},
    key: 'shockLeftAfter',
    unit: MINUTES,
    limit: THRESHOLD_LIMITS.shockLeftAfter,
  },
} as const satisfies Record<string, FieldSpec>;

export const STEP_FIELDS: readonly FieldSpec[] = STALL_STEPS.map((step) => ({
  field: `stallAfterMsByStep.${step}`,
  target: {step},
  optional: true,
  ...STALL,
}));

/** Every field, in the order the form shows them (which is the order to fix them in). */
export const THRESHOLD_FIELDS: readonly FieldSpec[] = [
  GENERAL_FIELDS.stall,
  ...STEP_FIELDS,
  GENERAL_FIELDS.abandon,
  GENERAL_FIELDS.repeatedEdits,
  GENERAL_FIELDS.shippingShock,
  GENERAL_FIELDS.shockLeftAfter,
];

export function valueIn(thresholds: Thresholds, spec: FieldSpec): number | undefined {
  return 'step' in spec.target
    ? thresholds.stallAfterMsByStep[spec.target.step]
    : thresholds[spec.target.key];
}

/** The DOM id of a field's input (the field's name has a dot, which CSS selectors dislike). */
export function fieldId(field: ThresholdField): string {
  return `threshold-${field.replace('.', '-')}`;
}
