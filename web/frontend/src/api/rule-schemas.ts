import {z} from 'zod/mini';
import {CONTACT_CHANNELS, CUSTOMER_KINDS} from '../../../shared/rule-schemas';
import {CASE_PRIORITIES, moneySchema} from './case-schemas';

/**
 * `/api/rules`: which signals open a case, for whom, how urgently. Signal types stay plain
 * strings: a type the server adds later must still render.
 */

// What a rule may say is the server's (web/shared/rule-schemas.ts); these schemas only read answers.
export {CONTACT_CHANNELS, CUSTOMER_KINDS};

const conditionsSchema = z.object({
  minCartValue: z.nullable(z.number()),
  cartAboveMedian: z.boolean(),
  customer: z.enum(CUSTOMER_KINDS),
  campaign: z.union([z.literal('any'), z.literal('campaign'), z.object({campaignId: z.string()})]),
  minScore: z.nullable(z.number()),
  contactable: z.boolean(),
});

const assigneeSchema = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('round_robin')}),
  z.object({kind: z.literal('person'), userId: z.string()}),
]);

const ruleInputSchema = z.object({
  name: z.string(),
  enabled: z.boolean(),
  signalTypes: z.array(z.string()),
  conditions: conditionsSchema,
  priority: z.enum(CASE_PRIORITIES),
  assignee: assigneeSchema,
  contactWithinMinutes: z.number(),
  channel: z.enum(CONTACT_CHANNELS),
});

const ruleViewSchema = z.extend(ruleInputSchema, {
  id: z.string(),
  position: z.number(),
  sentence: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const ruleListSchema = z.object({rules: z.array(ruleViewSchema)});
export const savedRuleSchema = z.object({rule: ruleViewSchema});

export const rulePreviewSchema = z.object({
  sinceDays: z.number(),
  journeysConsidered: z.number(),
  wouldOpen: z.number(),
  examples: z.array(
    z.object({
      journeyId: z.string(),
      startedAt: z.number(),
      signalTypes: z.array(z.string()),
      sentence: z.string(),
      cartTotal: z.nullable(moneySchema),
      priority: z.enum(CASE_PRIORITIES),
    }),
  ),
});

export type RuleInput = z.infer<typeof ruleInputSchema>;
export type RuleConditions = RuleInput['conditions'];
export type RuleAssignee = RuleInput['assignee'];
export type ContactChannel = RuleInput['channel'];
export type CustomerKind = RuleConditions['customer'];
export type RuleView = z.infer<typeof ruleViewSchema>;
export type RulePreview = z.infer<typeof rulePreviewSchema>;
