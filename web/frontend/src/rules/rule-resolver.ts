import {zodResolver} from '@hookform/resolvers/zod';
import type {Resolver} from 'react-hook-form';
import {useMemo} from 'react';
import {useTranslation} from 'react-i18next';
import {z} from 'zod/mini';
import {
  RULE_MESSAGES,
  ruleSchemas,
  type RuleInput,
  type RuleMessage,
} from '../../../shared/rule-schemas';
import {sayFrom, type Say} from '../../../shared/schema-messages';
import type {RuleErrors, RuleFormValues} from './rule-form-values';
import {placeRuleProblems} from './rule-problem-fields';

export type RuleCheck = {ok: true; input: RuleInput} | {ok: false; errors: RuleErrors};

/** English, as the server words it: what tests and the English admin read. */
export const sayRuleEnglish: Say<RuleMessage> = sayFrom(RULE_MESSAGES);

/**
 * The form's values as a request body, without judging them: blank numbers are `null` and
 * unreadable ones `NaN`, so the shared schema alone decides what is wrong and says it.
 */
export function ruleCandidateOf(values: RuleFormValues): unknown {
  return {
    name: values.name,
    enabled: values.enabled,
    signalTypes: values.signalTypes,
    conditions: {
      minCartValue: typedNumber(values.minCartValue),
      cartAboveMedian: values.cartAboveMedian,
      customer: values.customer,
      campaign:
        values.campaignMode === 'one' ? {campaignId: values.campaignId} : values.campaignMode,
      minScore: typedNumber(values.minScore),
      contactable: values.contactable,
    },
    priority: values.priority,
    assignee:
      values.assigneeKind === 'person'
        ? {kind: 'person', userId: values.assigneeUserId}
        : {kind: 'round_robin'},
    contactWithinMinutes: typedNumber(values.contactWithinMinutes),
    channel: values.channel,
  };
}

/**
 * The rule form's schema: the server's own (web/shared/rule-schemas.ts) on the body the form would
 * send, each refusal moved from its body path onto the field that shows it.
 */
export function ruleFormSchema(say: Say<RuleMessage>) {
  const {input} = ruleSchemas(say);
  return z.pipe(
    z.custom<RuleFormValues>(),
    z.transform((values: RuleFormValues, ctx): RuleInput => {
      const result = z.safeParse(input, ruleCandidateOf(values));
      if (result.success) return result.data;
      const problems = result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      for (const [field, message] of Object.entries(placeRuleProblems(problems).fields)) {
        ctx.issues.push({code: 'custom', path: [field], message, input: values});
      }
      return z.NEVER;
    }),
  );
}

/** The form's values as a rule, or each field's first mistake. */
export function checkRuleForm(values: RuleFormValues, say = sayRuleEnglish): RuleCheck {
  const result = z.safeParse(ruleFormSchema(say), values);
  if (result.success) return {ok: true, input: result.data};
  const errors: RuleErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') errors[field as keyof RuleErrors] ??= issue.message;
  }
  return {ok: false, errors};
}

/** The rule form's zod resolver, refusing in the admin's language. */
export function useRuleResolver(): Resolver<RuleFormValues, unknown, RuleInput> {
  const {t} = useTranslation('rules');
  return useMemo(
    () => zodResolver(ruleFormSchema((key, values = {}) => t(`errors.${key}`, {...values}))),
    [t],
  );
}

function typedNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}
