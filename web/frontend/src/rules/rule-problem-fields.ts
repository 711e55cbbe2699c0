import type {FieldProblem} from '../api/api-error';
import type {RuleErrors, RuleField} from './rule-form-values';

/** Where the server's problems go: paths are the request body's (`conditions.minScore`). */
const FIELD_OF_PATH: readonly (readonly [string, RuleField])[] = [
  ['name', 'name'],
  ['enabled', 'enabled'],
  ['signalTypes', 'signalTypes'],
  ['conditions.minCartValue', 'minCartValue'],
  ['conditions.cartAboveMedian', 'cartAboveMedian'],
  ['conditions.customer', 'customer'],
  ['conditions.campaign', 'campaignId'],
  ['conditions.minScore', 'minScore'],
  ['conditions.contactable', 'contactable'],
  ['priority', 'priority'],
  ['assignee', 'assigneeUserId'],
  ['contactWithinMinutes', 'contactWithinMinutes'],
  ['channel', 'channel'],
];

export function placeRuleProblems(problems: readonly FieldProblem[]): {
  fields: RuleErrors;
  unplaced: FieldProblem[];
} {
  const fields: RuleErrors = {};
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const match = FIELD_OF_PATH.find(
      ([prefix]) => problem.path === prefix || problem.path.startsWith(`${prefix}.`),
    );
    if (match) fields[match[1]] ??= problem.message;
    else unplaced.push(problem);
  }
  return {fields, unplaced};
}
