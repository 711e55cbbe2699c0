import {describe, expect, it} from 'vitest';
import {detectSignals} from '../../../web/server/signals/detectors';
import type {Journey} from '../../../web/server/signals/journey';
import type {SignalType} from '../../../web/server/signals/signal';
import {DEFAULT_THRESHOLDS} from '../../../web/server/signals/thresholds';
import {CONTEXT, MINUTE, eventAt, journeyOf, lastAt} from './fixtures';
import type {FixtureName} from './fixtures';

interface Scene {
  journey: Journey;
  now: number;
}

const after = (name: FixtureName, ms: number): Scene => ({
  journey: journeyOf(name),
  now: lastAt(name) + ms,
});
const at = (name: FixtureName, event: string, ms: number): Scene => ({
  journey: journeyOf(name),
  now: Date.parse(eventAt(name, event).timestamp) + ms,
});
const typesAt = ({journey, now}: Scene) =>
  detectSignals(journey, now, DEFAULT_THRESHOLDS, CONTEXT).map((signal) => signal.type);

const STALL = DEFAULT_THRESHOLDS.stallAfterMs;
const ABANDON = DEFAULT_THRESHOLDS.abandonAfterMs;
const LEFT = DEFAULT_THRESHOLDS.shippingShockLeftAfterMs;
const postalChanges = (name: FixtureName) =>
  journeyOf(name)
    .fieldEdits.find((f) => f.field === 'postalCode')
    ?.edits.map((e) => e.eventId) ?? [];

/** Each detector: a realistic journey where it fires, and near misses where it must not. */
const TABLE: Array<{
  type: SignalType;
  fires: Scene;
  mentions: string[];
  nearMisses: Array<[string, Scene]>;
}> = [
  {
    type: 'promo_not_applied',
    fires: after('promo-not-applied', MINUTE),
    mentions: ['20% off', '“Winter” email', 'payment step', 'WINTER20'],
    nearMisses: [
      ['the campaign code took 20% off', after('smooth-purchase', MINUTE)],
      [
        'the shopper is still on the contact step',
        {
          journey: journeyOf('promo-not-applied', (e) => !e.name.endsWith('_submitted')),
          now: lastAt('promo-not-applied'),
        },
      ],
    ],
  },
  {
    type: 'code_rejected',
    fires: after('code-rejected', MINUTE),
    mentions: ['Enter a valid discount code or gift card', 'WINTER20', 'twice'],
    nearMisses: [['an email field was mistyped, then fixed', after('input-invalid', MINUTE)]],
  },
  {
    type: 'checkout_error',
    fires: after('extension-error', MINUTE),
    mentions: ['Gift message', 'Gift Wrap Plus', 'contact step'],
    nearMisses: [
      ['only "fill this field in" alerts were shown', after('input-invalid', MINUTE)],
      ['the card was declined (its own signal)', after('payment-failed', MINUTE)],
    ],
  },
  {
    type: 'stalled',
    fires: at('stall', 'checkout_shipping_info_submitted', STALL),
    mentions: ['more than 4 minutes', 'payment step'],
    nearMisses: [
      [
        'one second before the threshold',
        at('stall', 'checkout_shipping_info_submitted', STALL - 1000),
      ],
      ['the order was placed', after('smooth-purchase', 10 * MINUTE)],
    ],
  },
  {
    type: 'step_regression',
    fires: after('back-and-forth', MINUTE),
    mentions: ['Went back from the payment step to the delivery address step'],
    nearMisses: [['the shopper reloaded the payment step', after('smooth-purchase', MINUTE)]],
  },
  {
    type: 'repeated_edits',
    fires: after('repeated-edits', MINUTE),
    mentions: ['“postal code”', '5 times'],
    nearMisses: [
      [
        'the postal code changed three times',
        {
          journey: journeyOf(
            'repeated-edits',
            (e) => !postalChanges('repeated-edits').slice(0, 2).includes(e.id),
          ),
          now: lastAt('repeated-edits'),
        },
      ],
      ['four different fields changed once each', after('smooth-purchase', MINUTE)],
    ],
  },
  {
    type: 'shipping_shock',
    fires: after('shipping-shock', LEFT),
    mentions: ['$19.95', '$48.00', '42%'],
    nearMisses: [
      ['shipping was 11% of the subtotal', after('abandonment', ABANDON)],
      ['the shopper may still be deciding', after('shipping-shock', LEFT - 1000)],
    ],
  },
  {
    type: 'payment_failed',
    fires: after('payment-failed', MINUTE),
    mentions: ['declined', '2 times'],
    nearMisses: [['a second card went through', after('payment-retry-succeeded', MINUTE)]],
  },
  {
    type: 'abandoned',
    fires: after('abandonment', ABANDON),
    mentions: ['shipping method step', '$109.00 cart (2 items)', '30 minutes'],
    nearMisses: [
      ['one second before the window ends', after('abandonment', ABANDON - 1000)],
      ['the order was placed', after('smooth-purchase', 24 * 60 * MINUTE)],
    ],
  },
];

describe('detectors', () => {
  it.each(TABLE)(
    'when a journey shows $type, then the signal fires and says so',
    ({type, fires, mentions}) => {
      const signals = detectSignals(fires.journey, fires.now, DEFAULT_THRESHOLDS, CONTEXT);
      const signal = signals.find((s) => s.type === type);
      expect(signal).toBeDefined();
      for (const text of mentions) expect(signal?.sentence).toContain(text);
    },
  );

  it.each(
    TABLE.flatMap(({type, nearMisses}) => nearMisses.map(([why, scene]) => ({type, why, scene}))),
  )('when $why, then $type does not fire', ({type, scene}) => {
    expect(typesAt(scene)).not.toContain(type);
  });

  it('when a purchase goes smoothly, then no signal fires at any time', () => {
    for (const ms of [0, STALL, ABANDON, 7 * 24 * 60 * MINUTE]) {
      expect(typesAt(after('smooth-purchase', ms))).toEqual([]);
    }
  });
});
