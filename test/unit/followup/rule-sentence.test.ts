import {describe, expect, it} from 'vitest';
import {defaultRules} from '../../../web/server/followup/default-rules';
import {ruleInputSchema, type RuleInput} from '../../../web/server/followup/rule';
import {durationWords, ruleSentence} from '../../../web/server/followup/rule-sentence';

const NAMES = {
  campaigns: new Map([['cmp_winter', 'Winter']]),
  staff: new Map([['1001', 'Anna']]),
  currencyCode: 'USD',
};

const input = (overrides: Partial<RuleInput>): RuleInput =>
  ruleInputSchema.parse({
    name: 'R',
    signalTypes: ['abandoned'],
    priority: 'normal',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 60,
    channel: 'email',
    ...overrides,
  });

describe('ruleSentence: each rule as a sentence a merchant reads', () => {
  it('when the default rules are read, then each says what it does', () => {
    expect(defaultRules().map((rule) => ruleSentence(rule, NAMES))).toEqual([
      'When a shopper does not get the promised discount or places an order without the promised discount, open an urgent case for the agent on shift, to be contacted within 15 minutes, by phone.',
      'When a shopper from a campaign has a discount code refused, open a high-priority case for the agent on shift, to be contacted within 30 minutes, with a draft order invoice.',
      'When a shopper with a cart above the shop’s median sees their payment fail or sees a checkout error, open a high-priority case for the agent on shift, to be contacted within 1 hour, by phone.',
      'When a returning customer with a cart above the shop’s median, whom Heed may contact, abandons their checkout, open a normal case for the agent on shift, to be contacted within 4 hours, by email.',
    ]);
  });

  it('when a campaign shopper’s discount is missing, then the sentence reads as the Rules page example', () => {
    const rule = input({
      signalTypes: ['promo_not_applied'],
      conditions: ruleInputSchema.shape.conditions.parse({campaign: 'campaign'}),
      priority: 'urgent',
      contactWithinMinutes: 15,
      channel: 'phone',
    });
    expect(ruleSentence(rule, NAMES)).toBe(
      'When a shopper from a campaign does not get its discount, open an urgent case for the agent on shift, to be contacted within 15 minutes, by phone.',
    );
  });

  it('when a rule names a person, a campaign, a minimum and a score, then all are in words', () => {
    const rule = input({
      conditions: ruleInputSchema.shape.conditions.parse({
        campaign: {campaignId: 'cmp_winter'},
        customer: 'new',
        minCartValue: 150,
        cartAboveMedian: true,
        minScore: 40,
      }),
      assignee: {kind: 'person', userId: '1001'},
      contactWithinMinutes: 90,
    });
    expect(ruleSentence(rule, NAMES)).toBe(
      'When a new customer from the “Winter” campaign with a cart of at least $150.00 and above the shop’s median and a hesitation score of at least 40 abandons their checkout, open a normal case for Anna, to be contacted within 1 hour 30 minutes, by email.',
    );
  });

  it.each([
    [
      'a deleted campaign',
      {conditions: ruleInputSchema.shape.conditions.parse({campaign: {campaignId: 'gone'}})},
      'from a campaign that no longer exists',
    ],
    [
      'a person who left',
      {assignee: {kind: 'person', userId: 'gone'}},
      'for a staff member no longer on the team',
    ],
  ] satisfies Array<[string, Partial<RuleInput>, string]>)(
    'when the rule names %s, then the sentence says so rather than show an id',
    (_what, overrides, words) => {
      const sentence = ruleSentence(input(overrides), NAMES);
      expect(sentence).toContain(words);
      expect(sentence).not.toContain('gone');
    },
  );

  it.each([
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [240, '4 hours'],
    [1440, '24 hours'],
    [2 * 1440, '2 days'],
    [61, '1 hour 1 minute'],
  ])('when the rule allows %i minutes, then it reads “%s”', (minutes, words) => {
    expect(durationWords(minutes)).toBe(words);
  });
});
