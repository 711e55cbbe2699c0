import {describe, expect, it} from 'vitest';
import {THRESHOLD_FIELDS, type FieldSpec} from '../../web/frontend/src/settings/threshold-fields';
import {formValuesOf, readField} from '../../web/frontend/src/settings/threshold-form';
import {formStateOf, thresholdResolver} from '../../web/frontend/src/settings/threshold-resolver';
import {parseHesitationSettings} from '../../web/frontend/src/api/settings';
import {thresholdOverridesSchema} from '../../web/server/signals/thresholds';
import {DEFAULT_THRESHOLDS} from '../../web/server/signals/thresholds';
import {THRESHOLD_MESSAGES} from '../../web/shared/settings-schemas';
import {serverVerdict, settingsT} from '../support/form-agreement';

/** The body a form field's value would be sent in. */
function bodyWith(spec: FieldSpec, value: number): Record<string, unknown> {
  return 'step' in spec.target
    ? {stallAfterMsByStep: {[spec.target.step]: value}}
    : {[spec.target.key]: value};
}

describe('one definition of the hesitation limits, for the form and the server', () => {
  it.each(THRESHOLD_FIELDS.map((spec) => [spec.field, spec] as const))(
    'when %s is at its limits, then the form and the server accept it; just past them, both refuse it',
    (_field, spec) => {
      const {min, max, exclusiveMin} = spec.limit;
      const smallest = exclusiveMin ? min + 0.01 : min;
      for (const value of [smallest, max]) {
        expect(readField(settingsT, spec, spec.unit.fromApi(value).toString()).ok).toBe(true);
        expect(thresholdOverridesSchema.safeParse(bodyWith(spec, value)).success).toBe(true);
      }
      const past = spec.limit.whole ? [exclusiveMin ? min : min - 1, max + 1] : [min, max + 0.01];
      for (const value of past) {
        expect(readField(settingsT, spec, spec.unit.fromApi(value).toString()).ok).toBe(false);
        expect(thresholdOverridesSchema.safeParse(bodyWith(spec, value)).success).toBe(false);
      }
    },
  );

  it.each(THRESHOLD_FIELDS.map((spec) => [spec.field, spec] as const))(
    'when %s is just past its limits, then the form and the server refuse it in the same words',
    (_field, spec) => {
      const {min, max, exclusiveMin, whole} = spec.limit;
      // Minutes round to whole milliseconds, so only a count can be typed as a fraction.
      const fraction = spec.unit.id === 'times' ? [min + 0.5] : [];
      const past = whole ? [exclusiveMin ? min : min - 1, max + 1, ...fraction] : [min, max + 0.01];
      for (const value of past) {
        const read = readField(settingsT, spec, spec.unit.fromApi(value).toString());
        const server = serverVerdict(thresholdOverridesSchema, bodyWith(spec, value));
        expect(read.ok ? undefined : read.message).toBe(Object.values(server)[0]);
      }
    },
  );

  it('when the English words change, then the admin’s English says the same as the server', () => {
    const {whole, ...ranges} = THRESHOLD_MESSAGES;
    expect(settingsT('hesitation.whole')).toBe(whole);
    for (const [key, words] of Object.entries(ranges)) {
      expect(settingsT(`hesitation.fields.${key as keyof typeof ranges}.outOfRange`)).toBe(words);
    }
  });

  it('when the server answers its settings, then the admin reads them with the same schema', () => {
    const answer = {thresholds: DEFAULT_THRESHOLDS, defaults: DEFAULT_THRESHOLDS, overrides: {}};
    expect(parseHesitationSettings(answer)).toEqual(answer);
    expect(() => parseHesitationSettings({...answer, overrides: {unknown: 1}})).toThrow();
  });
});

describe('the hesitation form’s zod resolver', () => {
  const resolve = (edit: (state: ReturnType<typeof formStateOf>) => void) => {
    const state = formStateOf(formValuesOf(DEFAULT_THRESHOLDS));
    edit(state);
    return thresholdResolver(settingsT, DEFAULT_THRESHOLDS)(state, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
  };

  it('when the fields are in range, then it gives only what differs from the defaults, in the API’s units', async () => {
    const result = await resolve((state) => {
      state.stallAfterMsByStep.payment = '10';
      state.shippingShockShare = '25';
    });
    expect(result).toEqual({values: {stallAfterMsByStep: {payment: 600_000}}, errors: {}});
  });

  it('when a step is out of range, then its message sits at its path, as the server would name it', async () => {
    const result = await resolve((state) => {
      state.stallAfterMsByStep.payment = '0.2';
    });
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      stallAfterMsByStep: {payment: {message: 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)'}},
    });
  });
});
