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

export const PRIORITY_OPTIONS = CASE_PRIORITIES;
export const CHANNEL_OPTIONS = CONTACT_CHANNELS;
export const CUSTOMER_OPTIONS = CUSTOMER_KINDS;
