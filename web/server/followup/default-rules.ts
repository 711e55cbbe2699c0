import {ruleConditionsSchema, ruleInputSchema, type RuleConditions, type RuleInput} from './rule';

const conditions = (given: Partial<RuleConditions>): RuleConditions =>
  ruleConditionsSchema.parse(given);

/**
 * The rules a shop starts with, in order. A broken promise always reaches a person fast; a
 * refused code, a failed payment or an error on a larger cart soon; an abandoned larger cart of a
 * returning customer who may be emailed within hours. Stalls open no case: they stay on Live
 * checkouts, where a person can watch them.
 */
export const DEFAULT_RULES: readonly RuleInput[] = [
  {
    name: 'Failed promise',
    enabled: true,
    signalTypes: ['promo_not_applied', 'promo_missing_on_order'],
    conditions: conditions({}),
    priority: 'urgent',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 15,
    channel: 'phone',
  },
  {
    name: 'Code refused for a campaign shopper',
    enabled: true,
    signalTypes: ['code_rejected'],
    conditions: conditions({campaign: 'campaign'}),
    priority: 'high',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 30,
    // The draft order invoice carries the discount the code should have given.
    channel: 'invoice',
  },
  {
    name: 'Payment failure or checkout error on a larger cart',
    enabled: true,
    signalTypes: ['payment_failed', 'checkout_error'],
    conditions: conditions({cartAboveMedian: true}),
    priority: 'high',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 60,
    channel: 'phone',
  },
  {
    name: 'Abandoned larger cart of a returning customer',
    enabled: true,
    signalTypes: ['abandoned'],
    conditions: conditions({cartAboveMedian: true, customer: 'returning', contactable: true}),
    priority: 'normal',
    assignee: {kind: 'round_robin'},
    contactWithinMinutes: 4 * 60,
    channel: 'email',
  },
];

/** The default set as fresh inputs, checked against the same schema the Rules page is. */
export function defaultRules(): RuleInput[] {
  return DEFAULT_RULES.map((input) => ruleInputSchema.parse(input));
}
