import type {TFunction} from 'i18next';
import type {FieldProblem} from '../api/api-error';
import type {ThresholdOverrides, Thresholds} from '../api/settings';
import {numberOrNull} from '../campaigns/form-rules';
import {THRESHOLD_FIELDS, valueIn, type FieldSpec, type ThresholdField} from './threshold-fields';
import {withinLimit} from '../../../shared/settings-schemas';
import {typedText} from './threshold-units';

/** The form as the merchant types it, in minutes, percent and counts: a half-typed value is never lost. */
export type ThresholdFormValues = Record<ThresholdField, string>;
export type ThresholdErrors = Partial<Record<ThresholdField, string>>;
export type ThresholdCheck =
  | {ok: true; overrides: ThresholdOverrides}
  | {ok: false; errors: ThresholdErrors};

type FieldRead = {ok: true; value: number | undefined} | {ok: false; message: string};

export function formValuesOf(thresholds: Thresholds): ThresholdFormValues {
  const entries = THRESHOLD_FIELDS.map((spec) => {
    const value = valueIn(thresholds, spec);
    return [spec.field, value === undefined ? '' : typedText(spec.unit, value)] as const;
  });
  // THRESHOLD_FIELDS names every field once, so every key is present.
  return Object.fromEntries(entries) as ThresholdFormValues;
}

/**
 * "Default: 4 min"; nothing for a step without a default of its own (the per-step group says once
 * that a blank step follows "Stalled after", and the blank field shows that value).
 */
export function defaultText(
  t: TFunction<'settings'>,
  spec: FieldSpec,
  defaults: Thresholds,
): string {
  const value = valueIn(defaults, spec);
  if (value === undefined) return '';
  const typed = t(`hesitation.units.${spec.unit.id}.value`, {value: typedText(spec.unit, value)});
  return t('hesitation.default', {value: typed});
}

/**
 * Catches what the server would refuse before a round trip, then keeps only what differs from
 * Heed's defaults: a shop that never changed a threshold follows Heed when the default changes.
 * A blank step is left out, so it follows "Stalled after".
 */
export function checkThresholdForm(
  t: TFunction<'settings'>,
  values: ThresholdFormValues,
  defaults: Thresholds,
): ThresholdCheck {
  const errors: ThresholdErrors = {};
  const overrides: ThresholdOverrides = {};
  const byStep: Thresholds['stallAfterMsByStep'] = {};
  for (const spec of THRESHOLD_FIELDS) {
    const read = readField(t, spec, values[spec.field]);
    if (!read.ok) errors[spec.field] = read.message;
    else if (read.value !== undefined && read.value !== valueIn(defaults, spec)) {
      if ('step' in spec.target) byStep[spec.target.step] = read.value;
      else overrides[spec.target.key] = read.value;
    }
  }
  if (Object.keys(errors).length > 0) return {ok: false, errors};
  if (Object.keys(byStep).length > 0) overrides.stallAfterMsByStep = byStep;
  return {ok: true, overrides};
}

/** One field's typed text, as the API's value (`undefined` for an allowed blank) or what is wrong. */
export function readField(t: TFunction<'settings'>, spec: FieldSpec, text: string): FieldRead {
  if (text.trim() === '' && spec.optional) return {ok: true, value: undefined};
  const typed = numberOrNull(text);
  if (typed === null) return {ok: false, message: t(`hesitation.units.${spec.unit.id}.enter`)};
  const value = spec.unit.toApi(typed);
  if (spec.limit.whole && !Number.isInteger(value)) {
    return {ok: false, message: t('hesitation.whole')};
  }
  if (!withinLimit(spec.limit, value)) {
    return {ok: false, message: t(`hesitation.fields.${spec.key}.outOfRange`)};
  }
  return {ok: true, value};
}

export interface PlacedProblems {
  fields: ThresholdErrors;
  /** Problems no field can show (an unknown key): the form's banner carries them. */
  unplaced: FieldProblem[];
}

/** The server's problems on their fields: a path names a field as the request body does. */
export function placeThresholdProblems(problems: readonly FieldProblem[]): PlacedProblems {
  const fields: ThresholdErrors = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const spec = THRESHOLD_FIELDS.find(
      ({field}) => problem.path === field || problem.path.startsWith(`${field}.`),
    );
    if (spec === undefined) unplaced.push(problem);
    // The first problem of a field is the one to fix first.
    else fields[spec.field] ??= problem.message;
  }
  return {fields, unplaced};
}
