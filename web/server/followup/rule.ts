import type {RuleInput} from '../../shared/rule-schemas';

// The rule's schemas and limits are shared with the admin's rule form (web/shared/rule-schemas.ts).
export {
  ruleAssigneeSchema,
  ruleConditionsSchema,
  ruleInputSchema,
  type RuleAssignee,
  type RuleConditions,
  type RuleInput,
} from '../../shared/rule-schemas';

/**
 * A rule: when a shopper's journey gets signals of these types and the conditions hold, open a
 * case with this priority, for this assignee, to be first contacted within so many minutes.
 * Conditions left out (null, `any`) do not narrow the rule.
 */
export interface Rule extends RuleInput {
  id: string;
  shop: string;
  /** Lower first: the first matching rule decides. */
  position: number;
  createdAt: number;
  updatedAt: number;
}
