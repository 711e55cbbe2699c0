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
  label: string;
  /** What the number means, before the default is added. */
  help: string;
  unit: Unit;
  /** The server's limits, in the API's units (the schemas' own, web/shared/settings-schemas.ts). */
  limit: ThresholdLimit;
  /** Blank is allowed and means "use the general value". */
  optional?: boolean;
  /** Said when the value is outside the limits. */
  outOfRange: string;
}

const STALL = {
  unit: MINUTES,
  limit: THRESHOLD_LIMITS.stall,
  outOfRange: 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)',
};

export const STEP_LABELS: Record<StallStep, string> = {
  contact: 'Contact',
  delivery: 'Delivery',
  shipping: 'Shipping method',
  payment: 'Payment',
};

export const GENERAL_FIELDS = {
  stall: {
    field: 'stallAfterMs',
    target: {key: 'stallAfterMs'},
    label: 'Stalled after',
    help: 'On one checkout step without moving on.',
    ...STALL,
  },
  abandon: {
    field: 'abandonAfterMs',
    target: {key: 'abandonAfterMs'},
    label: 'Abandoned after',
    help: 'Without any activity, and no order placed.',
    unit: MINUTES,
    limit: THRESHOLD_LIMITS.abandon,
    outOfRange: 'Use 5 to 43,200 minutes (30 days)',
  },
  repeatedEdits: {
    field: 'repeatedEditsAt',
    target: {key: 'repeatedEditsAt'},
    label: 'Repeated edits',
    help: 'The same field changed this many times.',
    unit: TIMES,
    limit: THRESHOLD_LIMITS.repeatedEdits,
    outOfRange: 'Use a whole number from 2 to 100',
  },
  shippingShock: {
    field: 'shippingShockShare',
    target: {key: 'shippingShockShare'},
    label: 'Shipping shock',
    help: 'Shipping costs more than this share of the subtotal.',
    unit: PERCENT,
    limit: THRESHOLD_LIMITS.shockShare,
    outOfRange: 'Use more than 0% and at most 1,000%',
  },
  shockLeftAfter: {
    field: 'shippingShockLeftAfterMs',
    target: {key: 'shippingShockLeftAfterMs'},
    label: 'Left within',
    help: 'After seeing that shipping cost.',
    unit: MINUTES,
    limit: THRESHOLD_LIMITS.shockLeftAfter,
    outOfRange: 'Use 1 to 1,440 minutes (1 day)',
  },
} as const satisfies Record<string, FieldSpec>;

export const STEP_FIELDS: readonly FieldSpec[] = STALL_STEPS.map((step) => ({
  field: `stallAfterMsByStep.${step}`,
  target: {step},
  label: STEP_LABELS[step],
  help: '',
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
