import type {ApiClient} from './api-client';
import {
  ruleListSchema,
  rulePreviewSchema,
  savedRuleSchema,
  type RuleInput,
  type RulePreview,
  type RuleView,
} from './rule-schemas';

export const RULES_PATH = '/api/rules';
export const RULES_ORDER_PATH = '/api/rules/order';
export const RULES_PREVIEW_PATH = '/api/rules/preview';

export function rulePath(id: string): string {
  return `${RULES_PATH}/${encodeURIComponent(id)}`;
}

// Module-level parsers: `useApiQuery` refetches when its parser changes identity.
export const parseRuleList = (body: unknown): RuleView[] => ruleListSchema.parse(body).rules;
const parseSavedRule = (body: unknown): RuleView => savedRuleSchema.parse(body).rule;
const parsePreview = (body: unknown): RulePreview => rulePreviewSchema.parse(body);
/** A 204 has no body to read. */
const ignoreBody = (): void => undefined;

/** Creates the rule, or replaces it when `id` is given. */
export function saveRule(client: ApiClient, input: RuleInput, id?: string): Promise<RuleView> {
  return client.request(id === undefined ? RULES_PATH : rulePath(id), parseSavedRule, {
    method: id === undefined ? 'POST' : 'PUT',
    body: input,
  });
}

export function deleteRule(client: ApiClient, id: string): Promise<void> {
  return client.request(rulePath(id), ignoreBody, {method: 'DELETE'});
}

/** `ids` names every rule, in the new order; the answer is the list as now stored. */
export function reorderRules(client: ApiClient, ids: readonly string[]): Promise<RuleView[]> {
  return client.request(RULES_ORDER_PATH, parseRuleList, {method: 'PUT', body: {ids}});
}

/** What the rule would have opened over this shop's recent journeys, without saving it. */
export function previewRule(client: ApiClient, input: RuleInput): Promise<RulePreview> {
  return client.request(RULES_PREVIEW_PATH, parsePreview, {method: 'POST', body: input});
}
