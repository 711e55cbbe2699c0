import {describe, expect, it} from 'vitest';
import {
  matchRules,
  wouldOpen,
  type MatchInput,
  type ShopperFacts,
} from '../../../web/server/followup/match-rules';
import type {RuleConditions} from '../../../web/server/followup/rule';
import {previewRule} from '../../../web/server/followup/rule-preview';
import type {SignalType} from '../../../web/server/signals/signal';
import type {Journey} from '../../../web/server/signals/journey';
import type {CampaignFacts} from '../../../web/server/signals/signal';
import {HOUR, MINUTE, NOW, journey, rule, signal} from './fixtures';

const WINTER: CampaignFacts = {
  id: 'cmp_winter',
  name: 'Winter',
  attributionKey: 'winter-sale',
  discountCodes: ['WINTER20'],
  promise: {
    kind: 'percentage',
    value: 20,
    scope: {type: 'entire_order'},
    audience: {type: 'everyone'},
    minimum: null,
  },
};
const FROM_WINTER: Partial<Journey> = {
  attribution: {
    asOf: {at: NOW - HOUR, seq: 1, eventId: 'evt-attr'},
    campaignKey: 'winter-sale',
    source: 'klaviyo',
    medium: 'email',
    code: 'WINTER20',
    landedAt: null,
  },
};
const UNKNOWN_SHOPPER: ShopperFacts = {returning: null, contactBasis: null};

const input = (overrides: Partial<MatchInput> = {}): MatchInput => ({
  journey: journey(),
  signals: [signal('abandoned')],
  shopper: UNKNOWN_SHOPPER,
  shop: {medianCartValue: 200, currencyCode: 'USD'},
  campaigns: [WINTER],
  now: NOW,
  ...overrides,
});

const withConditions = (conditions: Partial<RuleConditions>, types: SignalType[] = ['abandoned']) =>
  rule({signalTypes: types, conditions: conditions as RuleConditions});

describe('matchRules: the first enabled rule whose signals are open and conditions hold', () => {
  it('when a promise broke, then the urgent rule opens a case due in 15 minutes, by phone', () => {
    const promise = signal('promo_not_applied', {severity: 'high'});
    const urgent = rule({
      signalTypes: ['promo_not_applied', 'promo_missing_on_order'],
      priority: 'urgent',
      contactWithinMinutes: 15,
      channel: 'phone',
    });
    expect(matchRules([urgent], input({signals: [signal('stalled'), promise]}))).toEqual({
      rule: urgent,
      signals: [promise],
      priority: 'urgent',
      dueAt: NOW + 15 * MINUTE,
      channel: 'phone',
    });
  });

  it('when two rules match, then the one placed first decides, whatever the array order', () => {
    const second = rule({signalTypes: ['abandoned'], priority: 'normal'}, 2);
    const first = rule({signalTypes: ['abandoned'], priority: 'high'}, 1);
    expect(matchRules([second, first], input())?.rule.id).toBe(first.id);
  });

  it('when the first rule is turned off, then the next one decides', () => {
    const off = {...rule({signalTypes: ['abandoned'], priority: 'urgent'}, 0), enabled: false};
    const next = rule({signalTypes: ['abandoned']}, 1);
    expect(matchRules([off, next], input())?.rule.id).toBe(next.id);
  });

  it('when the shop works set hours, then the deadline counts working time', () => {
    // NOW is Monday 15:00 UTC; the shop closes at 15:30 UTC and opens Tuesday at 09:00.
    const hours = [1, 2].map((day) => ({day, start: '09:00', end: '15:30'}));
    const match = matchRules(
      [rule({signalTypes: ['abandoned'], contactWithinMinutes: 60})],
      input({
        shop: {medianCartValue: null, currencyCode: 'USD', workingHours: hours, timeZone: 'UTC'},
      }),
    );
    expect(match?.dueAt).toBe(Date.parse('2026-07-07T09:30:00Z'));
  });

  it.each([
    [
      'the signal ended (the shopper bought)',
      input({signals: [signal('abandoned', {resolvedAt: NOW})]}),
    ],
    ['the journey has only other signals', input({signals: [signal('stalled')]})],
    ['the journey has no signals', input({signals: []})],
  ])('when %s, then no case opens', (_what, given) => {
    expect(matchRules([rule({signalTypes: ['abandoned']})], given)).toBeNull();
  });
});

describe('matchRules: conditions', () => {
  const returning: ShopperFacts = {returning: true, contactBasis: 'email_marketing'};
  const newcomer: ShopperFacts = {returning: false, contactBasis: null};
  const twoSignals = [signal('abandoned'), signal('stalled', {severity: 'high'})];

  it.each([
    ['the cart is at least the minimum', {minCartValue: 240}, input()],
    ['the cart is above the median', {cartAboveMedian: true}, input()],
    ['the shopper is returning', {customer: 'returning'}, input({shopper: returning})],
    ['the shopper is new', {customer: 'new'}, input({shopper: newcomer})],
    [
      'the shopper came from a campaign link',
      {campaign: 'campaign'},
      input({journey: journey(FROM_WINTER)}),
    ],
    [
      'the link names this campaign',
      {campaign: {campaignId: 'cmp_winter'}},
      input({journey: journey(FROM_WINTER)}),
    ],
    [
      'a signal names this campaign',
      {campaign: {campaignId: 'cmp_winter'}},
      input({signals: [signal('abandoned', {campaignId: 'cmp_winter'})]}),
    ],
    ['the score reaches the minimum', {minScore: 60}, input({signals: twoSignals})],
    ['Heed has a basis to contact', {contactable: true}, input({shopper: returning})],
  ] satisfies Array<[string, Partial<RuleConditions>, MatchInput]>)(
    'when %s, then the rule matches',
    (_what, conditions, given) => {
      expect(matchRules([withConditions(conditions)], given)).not.toBeNull();
    },
  );

  it.each([
    ['the cart is a cent short', {minCartValue: 240.01}, input()],
    [
      'the cart is in another currency',
      {minCartValue: 10},
      input({shop: {medianCartValue: null, currencyCode: 'EUR'}}),
    ],
    ['no cart is known', {minCartValue: 10}, input({journey: journey({cart: null})})],
    [
      'the cart equals the median',
      {cartAboveMedian: true},
      input({shop: {medianCartValue: 240, currencyCode: 'USD'}}),
    ],
    [
      'the median is unknown',
      {cartAboveMedian: true},
      input({shop: {medianCartValue: null, currencyCode: 'USD'}}),
    ],
    ['the shopper is new, not returning', {customer: 'returning'}, input({shopper: newcomer})],
    ['nobody knows if the shopper is returning', {customer: 'returning'}, input()],
    ['nobody knows if the shopper is new', {customer: 'new'}, input()],
    ['the shopper came from no campaign', {campaign: 'campaign'}, input()],
    [
      'the shopper came from another campaign',
      {campaign: {campaignId: 'cmp_spring'}},
      input({journey: journey(FROM_WINTER)}),
    ],
    [
      'the score counts an ended signal',
      {minScore: 60},
      input({
        signals: [signal('abandoned'), signal('stalled', {severity: 'high', resolvedAt: NOW})],
      }),
    ],
    ['Heed has no basis to contact', {contactable: true}, input({shopper: newcomer})],
  ] satisfies Array<[string, Partial<RuleConditions>, MatchInput]>)(
    'when %s, then the rule does not match',
    (_what, conditions, given) => {
      expect(matchRules([withConditions(conditions)], given)).toBeNull();
    },
  );

  it('when the promise broke, then it is contactable as service recovery without other basis', () => {
    const contactable = withConditions({contactable: true}, ['promo_not_applied']);
    expect(
      matchRules([contactable], input({signals: [signal('promo_not_applied')], shopper: newcomer})),
    ).not.toBeNull();
  });
});

describe('wouldOpen: the 7-day preview of one rule', () => {
  const abandonedRule = rule({
    signalTypes: ['abandoned'],
    conditions: {cartAboveMedian: true} as RuleConditions,
  });
  const shop = {medianCartValue: 200, currencyCode: 'USD'};

  it('when past journeys are replayed, then each matching one is listed once, newest first', () => {
    const older = journey({id: 'jrn_older'});
    const newer = journey({id: 'jrn_newer'});
    const small = journey({id: 'jrn_small', cart: null});
    const matches = wouldOpen(
      abandonedRule,
      [
        {
          journey: older,
          signals: [
            signal('abandoned', {occurredAt: NOW - 3 * HOUR}),
            signal('abandoned', {occurredAt: NOW - 2 * HOUR}),
          ],
          shopper: UNKNOWN_SHOPPER,
        },
        {
          journey: newer,
          signals: [signal('abandoned', {occurredAt: NOW - HOUR})],
          shopper: UNKNOWN_SHOPPER,
        },
        {journey: small, signals: [signal('abandoned')], shopper: UNKNOWN_SHOPPER},
      ],
      shop,
    );
    expect(matches.map((m) => [m.journeyId, m.at])).toEqual([
      ['jrn_newer', NOW - HOUR],
      ['jrn_older', NOW - 3 * HOUR],
    ]);
  });

  it('when a signal ended later (the shopper came back), then it still counts as it stood then', () => {
    const ended = signal('abandoned', {occurredAt: NOW - 2 * HOUR, resolvedAt: NOW - HOUR});
    expect(
      wouldOpen(
        abandonedRule,
        [{journey: journey(), signals: [ended], shopper: UNKNOWN_SHOPPER}],
        shop,
      ),
    ).toHaveLength(1);
  });

  it('when a rule is not yet saved (no id), then it is previewed even if turned off', () => {
    const {
      id: _id,
      shop: _shop,
      position: _p,
      createdAt: _c,
      updatedAt: _u,
      ...draft
    } = abandonedRule;
    const matches = wouldOpen(
      {...draft, enabled: false},
      [{journey: journey(), signals: [signal('abandoned')], shopper: UNKNOWN_SHOPPER}],
      shop,
    );
    expect(matches[0]?.priority).toBe('normal');
  });

  it('when a signal ended the moment it was raised, then the preview opens nothing', () => {
    const gone = signal('abandoned', {occurredAt: NOW - HOUR, resolvedAt: NOW - HOUR});
    expect(
      wouldOpen(
        abandonedRule,
        [{journey: journey(), signals: [gone], shopper: UNKNOWN_SHOPPER}],
        shop,
      ),
    ).toEqual([]);
  });
});

describe('previewRule: the answer of the Rules page preview', () => {
  it('when a rule is previewed, then it counts the journeys and gives examples with their story', () => {
    const abandoned = signal('abandoned', {sentence: 'Left a $240.00 cart (3 items).'});
    const preview = previewRule(
      rule({signalTypes: ['abandoned'], priority: 'high'}),
      [
        {journey: journey({id: 'jrn_a'}), signals: [abandoned], shopper: UNKNOWN_SHOPPER},
        {journey: journey({id: 'jrn_b'}), signals: [signal('stalled')], shopper: UNKNOWN_SHOPPER},
      ],
      {medianCartValue: null, currencyCode: 'USD'},
    );
    expect(preview).toEqual({
      sinceDays: 7,
      journeysConsidered: 2,
      wouldOpen: 1,
      examples: [
        {
          journeyId: 'jrn_a',
          startedAt: NOW - 20 * MINUTE,
          signalTypes: ['abandoned'],
          sentence: 'Left a $240.00 cart (3 items).',
          cartTotal: {amount: 240, currencyCode: 'USD'},
          priority: 'high',
        },
      ],
    });
  });
});
