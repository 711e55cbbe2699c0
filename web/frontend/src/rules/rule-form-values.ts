import {CASE_PRIORITIES, type CasePriority} from '../api/case-schemas';
import {
  CONTACT_CHANNELS,
  CUSTOMER_KINDS,
  type ContactChannel,
  type CustomerKind,
  type RuleInput,
  type RuleView,
} from '../api/rule-schemas';

/** The rule editor's fields, as typed: numbers stay text until the form is checked. */
export interface RuleFormValues {
  name: string;
  enabled: boolean;
  signalTypes: string[];
  minCartValue: string;
  cartAboveMedian: boolean;
  customer: CustomerKind;
  campaignMode: 'any' | 'campaign' | 'one';
  campaignId: string;
  minScore: string;
  contactable: boolean;
  priority: CasePriority;
  assigneeKind: 'round_robin' | 'person';
  assigneeUserId: string;
  contactWithinMinutes: string;
  channel: ContactChannel;
}

export type RuleField = keyof RuleFormValues;
export type RuleErrors = Partial<Record<RuleField, string>>;

export const EMPTY_RULE: RuleFormValues = {
  name: '',
  enabled: true,
  signalTypes: [],
  minCartValue: '',
  cartAboveMedian: false,
  customer: 'any',
  campaignMode: 'any',
  campaignId: '',
  minScore: '',
  contactable: false,
  priority: 'high',
  assigneeKind: 'round_robin',
  assigneeUserId: '',
  contactWithinMinutes: '60',
  channel: 'phone',
};

export function ruleFieldId(field: RuleField): string {
  return `rule-${field}`;
}

export function ruleValuesOf(rule: RuleInput): RuleFormValues {
  const {conditions, assignee} = rule;
  return {
    name: rule.name,
    enabled: rule.enabled,
    signalTypes: [...rule.signalTypes],
    minCartValue: conditions.minCartValue === null ? '' : String(conditions.minCartValue),
    cartAboveMedian: conditions.cartAboveMedian,
    customer: conditions.customer,
    campaignMode: typeof conditions.campaign === 'object' ? 'one' : conditions.campaign,
    campaignId: typeof conditions.campaign === 'object' ? conditions.campaign.campaignId : '',
    minScore: conditions.minScore === null ? '' : String(conditions.minScore),
    contactable: conditions.contactable,
    priority: rule.priority,
    assigneeKind: assignee.kind,
    assigneeUserId: assignee.kind === 'person' ? assignee.userId : '',
    contactWithinMinutes: String(rule.contactWithinMinutes),
    channel: rule.channel,
  };
}

/** The body a rule view would be sent back as (to turn it on or off). */
export function inputOf(rule: RuleView): RuleInput {
  const {
    name,
    enabled,
    signalTypes,
    conditions,
    priority,
    assignee,
    contactWithinMinutes,
    channel,
  } = rule;
  return {
    name,
    enabled,
    signalTypes,
    conditions,
    priority,
    assignee,
    contactWithinMinutes,
    channel,
  };
}

export type RuleCheck = {ok: true; input: RuleInput} | {ok: false; errors: RuleErrors};

const MAX_MINUTES = 7 * 24 * 60;

/** The form's own checks, the same the server makes, so most mistakes never leave the page. */
export function checkRuleForm(values: RuleFormValues): RuleCheck {
  const errors: RuleErrors = {};
  if (values.name.trim() === '') errors.name = 'Give the rule a name';
  if (values.signalTypes.length === 0) errors.signalTypes = 'Choose at least one signal';
  const minCart = optionalNumber(values.minCartValue);
  if (minCart === undefined || (minCart !== null && minCart < 0)) {
    errors.minCartValue = 'Enter an amount of 0 or more, or leave it blank';
  }
  const minScore = optionalNumber(values.minScore);
  if (minScore === undefined || (minScore !== null && !isWhole(minScore, 0, 100))) {
    errors.minScore = 'Use a whole number from 0 to 100, or leave it blank';
  }
  if (values.campaignMode === 'one' && values.campaignId === '') {
    errors.campaignId = 'Choose the campaign';
  }
  if (values.assigneeKind === 'person' && values.assigneeUserId === '') {
    errors.assigneeUserId = 'Choose the person';
  }
  const within = optionalNumber(values.contactWithinMinutes);
  if (within === null || within === undefined || !isWhole(within, 1, MAX_MINUTES)) {
    errors.contactWithinMinutes = 'Use a whole number of minutes from 1 to 10,080 (7 days)';
  }
  if (Object.keys(errors).length > 0 || minCart === undefined || minScore === undefined) {
    return {ok: false, errors};
  }
  return {ok: true, input: toInput(values, minCart, minScore, Number(within))};
}

function toInput(
  values: RuleFormValues,
  minCartValue: number | null,
  minScore: number | null,
  contactWithinMinutes: number,
): RuleInput {
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    signalTypes: values.signalTypes,
    conditions: {
      minCartValue,
      cartAboveMedian: values.cartAboveMedian,
      customer: values.customer,
      campaign:
        values.campaignMode === 'one' ? {campaignId: values.campaignId} : values.campaignMode,
      minScore,
      contactable: values.contactable,
    },
    priority: values.priority,
    assignee:
      values.assigneeKind === 'person'
        ? {kind: 'person', userId: values.assigneeUserId}
        : {kind: 'round_robin'},
    contactWithinMinutes,
    channel: values.channel,
  };
}

/** `null` for blank, `undefined` for text that is no number. */
function optionalNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export const PRIORITY_OPTIONS = CASE_PRIORITIES;
export const CHANNEL_OPTIONS = CONTACT_CHANNELS;
export const CUSTOMER_OPTIONS = CUSTOMER_KINDS;
