import {describe, expect, it} from 'vitest';
import {THRESHOLD_FIELDS, type FieldSpec} from '../../web/frontend/src/settings/threshold-fields';
import {readField} from '../../web/frontend/src/settings/threshold-form';
import {parseHesitationSettings} from '../../web/frontend/src/api/settings';
import {thresholdOverridesSchema} from '../../web/server/signals/thresholds';
import {DEFAULT_THRESHOLDS} from '../../web/server/signals/thresholds';

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
        expect(readField(spec, spec.unit.fromApi(value).toString()).ok).toBe(true);
        expect(thresholdOverridesSchema.safeParse(bodyWith(spec, value)).success).toBe(true);
      }
      const past = spec.limit.whole ? [exclusiveMin ? min : min - 1, max + 1] : [min, max + 0.01];
      for (const value of past) {
        expect(readField(spec, spec.unit.fromApi(value).toString()).ok).toBe(false);
        expect(thresholdOverridesSchema.safeParse(bodyWith(spec, value)).success).toBe(false);
      }
    },
  );

  it('when the server answers its settings, then the admin reads them with the same schema', () => {
    const answer = {thresholds: DEFAULT_THRESHOLDS, defaults: DEFAULT_THRESHOLDS, overrides: {}};
    expect(parseHesitationSettings(answer)).toEqual(answer);
    expect(() => parseHesitationSettings({...answer, overrides: {unknown: 1}})).toThrow();
  });
});
