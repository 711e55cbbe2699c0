import type {RuleMatch} from './match-rules';
import type {Rule, RuleAssignee} from './rule';
import type {AskedSla, CasePriority} from './types';
import {englishSayer, type WordValue} from '../sentences/wording';
import {clause, sayValue} from './case-words';

/** With no enabled rule at all, a shopper who asked is contacted within this many minutes. */
export const ASKED_CONTACT_WITHIN_MINUTES = 60;
/** A shopper asking for a person is more than a hint: high, unless a rule says more. */
export const ASKED_PRIORITY: CasePriority = 'high';

export interface AskedTerms {
  sla: AskedSla;
  priority: CasePriority;
  assignee: RuleAssignee;
}

/**
 * How fast a shopper who asked for a person is contacted, and by whom. The rule that matches the
 * checkout's open signals decides, as it would have for a case of its own; otherwise the quickest
 * enabled rule of the shop (the merchant's own idea of "promptly"); otherwise a named default.
 * The case stays the shopper's (no rule opened it): the rule only lends its terms. Pure.
 */
export function askedTerms(rules: Rule[], match: RuleMatch | null): AskedTerms {
  if (match) {
    const {rule} = match;
    return {
      sla: {
        source: 'rule',
        ruleId: rule.id,
        ruleName: rule.name,
        minutes: rule.contactWithinMinutes,
      },
      priority: rule.priority,
      assignee: rule.assignee,
    };
  }
  const quickest = rules
    .filter((r) => r.enabled)
    .sort((a, b) => a.contactWithinMinutes - b.contactWithinMinutes || a.position - b.position)[0];
  return {
    sla: quickest
      ? {
          source: 'shortest_rule',
          ruleId: quickest.id,
          ruleName: quickest.name,
          minutes: quickest.contactWithinMinutes,
        }
      : {source: 'default', minutes: ASKED_CONTACT_WITHIN_MINUTES},
    priority: ASKED_PRIORITY,
    assignee: {kind: 'round_robin'},
  };
}

/** Where the deadline came from, for the timeline and the case page. */
export function slaValue(sla: AskedSla): WordValue {
  const minutes = clause('duration.minutes', {count: sla.minutes});
  if (sla.source === 'rule') return clause('sla.rule', {rule: sla.ruleName, minutes});
  if (sla.source === 'shortest_rule') {
    return clause('sla.quickestRule', {rule: sla.ruleName, minutes});
  }
  return clause('sla.default', {minutes});
}

/** `slaValue` in English. */
export function slaWords(sla: AskedSla): string {
  return sayValue(englishSayer(null), slaValue(sla));
}
