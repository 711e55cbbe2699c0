import {describe, expect, it} from 'vitest';
import {RULE_LIMITS, RULE_MESSAGES} from '../../web/shared/rule-schemas';
import {checkRuleForm} from '../../web/frontend/src/rules/rule-resolver';
import {ruleValuesOf, type RuleField} from '../../web/frontend/src/rules/rule-form-values';
import {placeRuleProblems} from '../../web/frontend/src/rules/rule-problem-fields';
import type {RuleInput} from '../../web/frontend/src/api/rule-schemas';
import {ruleInputSchema} from '../../web/server/followup/rule';
import {parseInput} from '../../web/server/http/validate';
import {HeedError} from '../../web/server/errors';
import {readLanguage} from '../support/admin-translations';

const {nameChars, score, contactWithinMinutes: within} = RULE_LIMITS;

const VALID: RuleInput = {
  name: 'Broken promise',
  enabled: true,
  signalTypes: ['promo_not_applied'],
  conditions: {
    minCartValue: null,
    cartAboveMedian: false,
    customer: 'any',
    campaign: 'campaign',
    minScore: null,
    contactable: false,
  },
  priority: 'urgent',
  assignee: {kind: 'round_robin'},
  contactWithinMinutes: 15,
  channel: 'phone',
};

const withConditions = (change: Partial<RuleInput['conditions']>): Partial<RuleInput> => ({
  conditions: {...VALID.conditions, ...change},
});

/** What the server's route answers for a body: the problems' messages on the form's fields. */
function serverSays(body: RuleInput): Partial<Record<RuleField, string>> | 'accepted' {
  try {
    parseInput(ruleInputSchema, body);
    return 'accepted';
  } catch (error: unknown) {
    if (!(error instanceof HeedError)) throw error;
    return placeRuleProblems(error.problems).fields;
  }
}

function formSays(body: RuleInput): Partial<Record<RuleField, string>> | 'accepted' {
  const check = checkRuleForm(ruleValuesOf(body));
  return check.ok ? 'accepted' : check.errors;
}

describe('one rule schema, for the rules route and the rule form', () => {
  it.each<[string, Partial<RuleInput>]>([
    ['a name at the limit', {name: 'n'.repeat(nameChars)}],
    ['the highest score', withConditions({minScore: score.max})],
    ['the lowest score', withConditions({minScore: score.min})],
    ['a cart value of 0', withConditions({minCartValue: 0})],
    ['the longest wait', {contactWithinMinutes: within.max}],
    ['the shortest wait', {contactWithinMinutes: within.min}],
    ['one campaign', withConditions({campaign: {campaignId: 'cmp_1'}})],
    ['a person', {assignee: {kind: 'person', userId: 'user_1'}}],
  ])('when the rule has %s, then the form and the server both accept it', (_case, change) => {
    const body = {...VALID, ...change};
    expect(formSays(body)).toBe('accepted');
    expect(serverSays(body)).toBe('accepted');
  });

  it.each<[string, Partial<RuleInput>, RuleField, string]>([
    ['no name', {name: '  '}, 'name', 'Give the rule a name'],
    [
      'a name past the limit',
      {name: 'n'.repeat(nameChars + 1)},
      'name',
      `Use at most ${nameChars} characters`,
    ],
    ['no signal', {signalTypes: []}, 'signalTypes', 'Choose at least one signal'],
    [
      'a negative cart value',
      withConditions({minCartValue: -1}),
      'minCartValue',
      RULE_MESSAGES.minCartValue,
    ],
    [
      'a score past the limit',
      withConditions({minScore: score.max + 1}),
      'minScore',
      `Use a whole number from ${score.min} to ${score.max}, or leave it blank`,
    ],
    [
      'half a score point',
      withConditions({minScore: 2.5}),
      'minScore',
      `Use a whole number from ${score.min} to ${score.max}, or leave it blank`,
    ],
    [
      'a wait past the limit',
      {contactWithinMinutes: within.max + 1},
      'contactWithinMinutes',
      'Use a whole number of minutes from 1 to 10,080 (7 days)',
    ],
    [
      'no wait',
      {contactWithinMinutes: within.min - 1},
      'contactWithinMinutes',
      'Use a whole number of minutes from 1 to 10,080 (7 days)',
    ],
    [
      'one campaign, not chosen',
      withConditions({campaign: {campaignId: ''}}),
      'campaignId',
      'Choose the campaign',
    ],
    [
      'a person, not chosen',
      {assignee: {kind: 'person', userId: ''}},
      'assigneeUserId',
      'Choose the person',
    ],
  ])(
    'when the rule has %s, then the form and the server refuse it on the same field in the same words',
    (_case, change, field, message) => {
      const body = {...VALID, ...change};
      expect(formSays(body)).toEqual({[field]: message});
      expect(serverSays(body)).toEqual({[field]: message});
    },
  );

  it('when a number field holds no number, then the form refuses it in the words the server uses for a wrong one', () => {
    const values = {...ruleValuesOf(VALID), minScore: 'abc', contactWithinMinutes: ''};
    const wrong = serverSays({
      ...VALID,
      ...withConditions({minScore: score.max + 1}),
      contactWithinMinutes: within.max + 1,
    });
    expect(checkRuleForm(values)).toEqual({ok: false, errors: wrong});
  });

  it('when the admin shows a refusal in English, then its words are the server’s catalog', () => {
    const rules = readLanguage('en').rules as {errors: unknown};
    expect(rules.errors).toEqual(RULE_MESSAGES);
  });
});
