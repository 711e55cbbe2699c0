import {z} from 'zod/mini';
import {sayFrom, type Say} from './schema-messages';

/**
 * A follow-up rule as the merchant writes it (the body of POST/PUT /api/rules), one definition
 * for the server (what it accepts and stores) and the admin's rule form (what it refuses before a
 * round trip, in the same words). zod/mini keeps the admin's bundle small.
 */

/** Stable signal types: rules, analytics and the admin key on these strings. */
export const SIGNAL_TYPES = [
  'promo_not_applied',
  'promo_missing_on_order',
  'code_rejected',
  'checkout_error',
  'stalled',
  'step_regression',
  'repeated_edits',
  'shipping_shock',
  'payment_failed',
  'abandoned',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export const CASE_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export const CONTACT_CHANNELS = ['phone', 'email', 'invoice'] as const;
export const CUSTOMER_KINDS = ['any', 'new', 'returning'] as const;

const MINUTES_PER_DAY = 24 * 60;

export const RULE_LIMITS = {
  nameChars: 120,
  score: {min: 0, max: 100},
  /** First contact within this many minutes; a week at most. */
  contactWithinMinutes: {min: 1, max: 7 * MINUTES_PER_DAY},
} as const;

/** The English of every refusal; the admin's `rules.errors` keys are these (a test holds them equal). */
export const RULE_MESSAGES = {
  nameRequired: 'Give the rule a name',
  nameTooLong: 'Use at most {{max, number}} characters',
  signalsRequired: 'Choose at least one signal',
  signalUnknown: 'Choose signals from the list',
  minCartValue: 'Enter an amount of 0 or more, or leave it blank',
  minScore: 'Use a whole number from {{min}} to {{max}}, or leave it blank',
  campaignRequired: 'Choose the campaign',
  personRequired: 'Choose the person',
  contactWithin: 'Use a whole number of minutes from {{min}} to {{max, number}} ({{days}} days)',
  choose: 'Choose one of the options',
} as const;
export type RuleMessage = keyof typeof RULE_MESSAGES;

/** The rule schemas, refusing in `say`'s words. */
export function ruleSchemas(say: Say<RuleMessage>) {
  const choose = {error: say('choose')};
  const {score, contactWithinMinutes: within} = RULE_LIMITS;
  const minScore = say('minScore', score);
  const contactWithin = say('contactWithin', {...within, days: within.max / MINUTES_PER_DAY});

  const conditions = z.object({
    /** Cart total at least this much, in the shop's currency. */
    minCartValue: z._default(
      z.nullable(z.number({error: say('minCartValue')}).check(z.gte(0, say('minCartValue')))),
      null,
    ),
    /** Cart total above the shop's median cart of the last 30 days. */
    cartAboveMedian: z._default(z.boolean(), false),
    customer: z._default(z.enum(CUSTOMER_KINDS, choose), 'any'),
    /** `any`; `campaign`: came from any campaign; or the id of one campaign. */
    campaign: z._default(
      z.union(
        [
          z.literal('any'),
          z.literal('campaign'),
          z.object({campaignId: z.string().check(z.minLength(1, say('campaignRequired')))}),
        ],
        {error: say('campaignRequired')},
      ),
      'any',
    ),
    minScore: z._default(
      z.nullable(
        z.int({error: minScore}).check(z.gte(score.min, minScore), z.lte(score.max, minScore)),
      ),
      null,
    ),
    /** Only when Heed has a lawful basis to contact the shopper (see contact-basis.ts). */
    contactable: z._default(z.boolean(), false),
  });

  const assignee = z.discriminatedUnion(
    'kind',
    [
      z.object({kind: z.literal('round_robin')}),
      z.object({
        kind: z.literal('person'),
        userId: z
          .string({error: say('personRequired')})
          .check(z.minLength(1, say('personRequired'))),
      }),
    ],
    choose,
  );

  const input = z.object({
    name: z
      .string({error: say('nameRequired')})
      .check(
        z.trim(),
        z.minLength(1, say('nameRequired')),
        z.maxLength(RULE_LIMITS.nameChars, say('nameTooLong', {max: RULE_LIMITS.nameChars})),
      ),
    enabled: z._default(z.boolean(), true),
    signalTypes: z
      .array(z.enum(SIGNAL_TYPES, {error: say('signalUnknown')}))
      .check(
        z.minLength(1, say('signalsRequired')),
        z.maxLength(SIGNAL_TYPES.length, say('signalUnknown')),
      ),
    conditions: z._default(conditions, () => conditions.parse({})),
    priority: z.enum(CASE_PRIORITIES, choose),
    assignee,
    /** First contact within this many minutes (working time where the shop sets working hours). */
    contactWithinMinutes: z
      .int({error: contactWithin})
      .check(z.gte(within.min, contactWithin), z.lte(within.max, contactWithin)),
    channel: z.enum(CONTACT_CHANNELS, choose),
  });

  return {conditions, assignee, input};
}

/** The schemas as the server holds every request to them, refusing in English. */
export const {
  conditions: ruleConditionsSchema,
  assignee: ruleAssigneeSchema,
  input: ruleInputSchema,
} = ruleSchemas(sayFrom(RULE_MESSAGES));

export type RuleConditions = z.output<typeof ruleConditionsSchema>;
export type RuleAssignee = z.output<typeof ruleAssigneeSchema>;
export type RuleInput = z.output<typeof ruleInputSchema>;
