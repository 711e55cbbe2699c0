import {z} from 'zod';
import {SIGNAL_TYPES} from '../signals/signal';
import {CASE_PRIORITIES, CONTACT_CHANNELS} from './types';

/**
 * A rule: when a shopper's journey gets signals of these types and the conditions hold, open a
 * case with this priority, for this assignee, to be first contacted within so many minutes.
 * Conditions left out (null, `any`) do not narrow the rule.
 */
export const ruleConditionsSchema = z.object({
  /** Cart total at least this much, in the shop's currency. */
  minCartValue: z.number().nonnegative().nullable().default(null),
  /** Cart total above the shop's median cart of the last 30 days. */
  cartAboveMedian: z.boolean().default(false),
  customer: z.enum(['any', 'new', 'returning']).default('any'),
  /** `any`; `campaign`: came from any campaign; or the id of one campaign. */
  campaign: z
    .union([z.literal('any'), z.literal('campaign'), z.object({campaignId: z.string().min(1)})])
    .default('any'),
  minScore: z.number().int().min(0).max(100).nullable().default(null),
  /** Only when Heed has a lawful basis to contact the shopper (see contact-basis.ts). */
  contactable: z.boolean().default(false),
});
export type RuleConditions = z.infer<typeof ruleConditionsSchema>;

export const ruleAssigneeSchema = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('round_robin')}),
  z.object({kind: z.literal('person'), userId: z.string().min(1)}),
]);
export type RuleAssignee = z.infer<typeof ruleAssigneeSchema>;

/** A rule as the merchant writes it (the body of POST/PUT /api/rules). */
export const ruleInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  signalTypes: z
    .array(z.enum(SIGNAL_TYPES))
    .min(1, 'Choose at least one signal')
    .max(SIGNAL_TYPES.length),
  conditions: ruleConditionsSchema.default(ruleConditionsSchema.parse({})),
  priority: z.enum(CASE_PRIORITIES),
  assignee: ruleAssigneeSchema,
  /** First contact within this many minutes (working time where the shop sets working hours). */
  contactWithinMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  channel: z.enum(CONTACT_CHANNELS),
});
export type RuleInput = z.infer<typeof ruleInputSchema>;

export interface Rule extends RuleInput {
  id: string;
  shop: string;
  /** Lower first: the first matching rule decides. */
  position: number;
  createdAt: number;
  updatedAt: number;
}
