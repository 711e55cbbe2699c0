import {describe, expect, it} from 'vitest';
import type {Thresholds} from '../../web/frontend/src/api/settings';
import {
  GENERAL_FIELDS,
  STEP_FIELDS,
  type ThresholdField,
} from '../../web/frontend/src/settings/threshold-fields';
import {
  checkThresholdForm,
  defaultText,
  formValuesOf,
  placeThresholdProblems,
} from '../../web/frontend/src/settings/threshold-form';
import {MINUTES, PERCENT, TIMES, typedText} from '../../web/frontend/src/settings/threshold-units';
import {settingsT} from '../support/form-agreement';

const MINUTE = 60_000;
const DEFAULTS: Thresholds = {
  stallAfterMs: 4 * MINUTE,
  stallAfterMsByStep: {},
  abandonAfterMs: 30 * MINUTE,
  repeatedEditsAt: 4,
  shippingShockShare: 0.25,
  shippingShockLeftAfterMs: 10 * MINUTE,
};
const SLOW_PAYMENT: Thresholds = {...DEFAULTS, stallAfterMsByStep: {payment: 10 * MINUTE}};

describe('threshold units', () => {
  it.each([
    ['4 minutes', MINUTES, 4 * MINUTE, '4'],
    ['30 seconds', MINUTES, 30_000, '0.5'],
    ['45 seconds', MINUTES, 45_000, '0.75'],
    ['30 days', MINUTES, 30 * 24 * 60 * MINUTE, '43200'],
    ['100 seconds', MINUTES, 100_000, '1.66667'],
    ['a share of 0.25', PERCENT, 0.25, '25'],
    ['a share of 0.07', PERCENT, 0.07, '7'],
    ['a share of 0.125', PERCENT, 0.125, '12.5'],
    ['a count', TIMES, 4, '4'],
  ] as const)(
    'when %s is shown, then its text reads back as the same API value',
    (_case, unit, value, text) => {
      expect(typedText(unit, value)).toBe(text);
      expect(unit.toApi(Number(text))).toBe(value);
    },
  );

  it('when minutes are fractional, then they become whole milliseconds', () => {
    expect(MINUTES.toApi(0.5)).toBe(30_000);
    expect(MINUTES.toApi(1.00001)).toBe(60_001);
    expect(PERCENT.toApi(33.3)).toBeCloseTo(0.333);
  });

  it('when defaults are described, then each reads in its own unit', () => {
    expect(defaultText(settingsT, GENERAL_FIELDS.stall, DEFAULTS)).toBe('Default: 4 min');
    expect(defaultText(settingsT, GENERAL_FIELDS.shippingShock, DEFAULTS)).toBe('Default: 25%');
    expect(defaultText(settingsT, GENERAL_FIELDS.repeatedEdits, DEFAULTS)).toBe('Default: 4 times');
    expect(defaultText(settingsT, STEP_FIELDS[0]!, DEFAULTS)).toBe('');
  });
});

describe('threshold form values', () => {
  it('when the thresholds load, then the form shows them in minutes, percent and counts', () => {
    expect(formValuesOf(SLOW_PAYMENT)).toEqual({
      stallAfterMs: '4',
      'stallAfterMsByStep.contact': '',
      'stallAfterMsByStep.delivery': '',
      'stallAfterMsByStep.shipping': '',
      'stallAfterMsByStep.payment': '10',
      abandonAfterMs: '30',
      repeatedEditsAt: '4',
      shippingShockShare: '25',
      shippingShockLeftAfterMs: '10',
    });
  });

  it('when nothing was changed from the defaults, then no override is kept', () => {
    expect(checkThresholdForm(settingsT, formValuesOf(DEFAULTS), DEFAULTS)).toEqual({
      ok: true,
      overrides: {},
    });
  });

  it('when a form is saved untouched, then the shop keeps exactly its overrides', () => {
    expect(checkThresholdForm(settingsT, formValuesOf(SLOW_PAYMENT), DEFAULTS)).toEqual({
      ok: true,
      overrides: {stallAfterMsByStep: {payment: 10 * MINUTE}},
    });
  });

  it('when values differ from the defaults, then only those are sent, in the API’s units', () => {
    const values = {
      ...formValuesOf(DEFAULTS),
      stallAfterMs: '0.5',
      'stallAfterMsByStep.contact': ' 2 ',
      shippingShockShare: '12.5',
      abandonAfterMs: '30',
    };
    expect(checkThresholdForm(settingsT, values, DEFAULTS)).toEqual({
      ok: true,
      overrides: {
        stallAfterMs: 30_000,
        stallAfterMsByStep: {contact: 2 * MINUTE},
        shippingShockShare: 0.125,
      },
    });
  });

  it('when a changed value is set back to the default, then it is no longer an override', () => {
    const shop = {...DEFAULTS, abandonAfterMs: 120 * MINUTE};
    const values = {...formValuesOf(shop), abandonAfterMs: '30'};
    expect(checkThresholdForm(settingsT, values, DEFAULTS)).toEqual({ok: true, overrides: {}});
  });

  it.each<[ThresholdField, string, string]>([
    ['stallAfterMs', '', 'Enter a number of minutes'],
    ['stallAfterMs', 'soon', 'Enter a number of minutes'],
    ['stallAfterMs', '0.4', 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)'],
    ['stallAfterMs', '1441', 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)'],
    ['stallAfterMsByStep.payment', '0.25', 'Use 0.5 to 1,440 minutes (30 seconds to 1 day)'],
    ['abandonAfterMs', '4', 'Use 5 to 43,200 minutes (30 days)'],
    ['abandonAfterMs', '43201', 'Use 5 to 43,200 minutes (30 days)'],
    ['repeatedEditsAt', '1', 'Use a whole number from 2 to 100'],
    ['repeatedEditsAt', '101', 'Use a whole number from 2 to 100'],
    ['repeatedEditsAt', '2.5', 'Enter a whole number'],
    ['shippingShockShare', '0', 'Use more than 0% and at most 1,000%'],
    ['shippingShockShare', '1000.5', 'Use more than 0% and at most 1,000%'],
    ['shippingShockShare', '', 'Enter a percentage'],
    ['shippingShockLeftAfterMs', '0.5', 'Use 1 to 1,440 minutes (1 day)'],
  ])('when %s is "%s", then the form refuses it with "%s"', (field, text, message) => {
    const values = {...formValuesOf(DEFAULTS), [field]: text};
    expect(checkThresholdForm(settingsT, values, DEFAULTS)).toEqual({
      ok: false,
      errors: {[field]: message},
    });
  });

  it.each([
    ['stallAfterMs', 0.5],
    ['stallAfterMs', 1440],
    ['abandonAfterMs', 43_200],
    ['repeatedEditsAt', 100],
    ['shippingShockShare', 1000],
  ])('when %s is at its limit (%s), then it is accepted', (field, typed) => {
    const values = {...formValuesOf(DEFAULTS), [field]: String(typed)};
    expect(checkThresholdForm(settingsT, values, DEFAULTS).ok).toBe(true);
  });
});

describe('server problems on the form', () => {
  it('when the server names fields, then each problem lands on its field and the first one wins', () => {
    const placed = placeThresholdProblems([
      {path: 'stallAfterMsByStep.payment', message: 'Too short'},
      {path: 'stallAfterMs', message: 'Too long'},
      {path: 'stallAfterMs', message: 'Not a whole number'},
    ]);
    expect(placed.fields).toEqual({
      'stallAfterMsByStep.payment': 'Too short',
      stallAfterMs: 'Too long',
    });
    expect(placed.unplaced).toEqual([]);
  });

  it.each(['', 'stallAfterMsByStep', 'alertEveryone', 'stallAfterMsX'])(
    'when the server names "%s", then no field claims it',
    (path) => {
      expect(placeThresholdProblems([{path, message: 'm'}])).toEqual({
        fields: {},
        unplaced: [{path, message: 'm'}],
      });
    },
  );
});
