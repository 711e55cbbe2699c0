import {formatMoney} from '../campaigns/wording';
import type {RuleConditions, RuleInput} from './rule';
import type {CasePriority, ContactChannel} from './types';

export interface RuleNames {
  /** Campaign id → name. */
  campaigns: ReadonlyMap<string, string>;
  /** Staff user id → display name. */
  staff: ReadonlyMap<string, string>;
  /** The shop's currency, to write a minimum cart value; without it the number stands alone. */
  currencyCode?: string;
}

/** What the shopper did, as a verb phrase after "When a shopper …". */
const SIGNAL_PHRASES: Readonly<Record<string, string>> = {
  promo_not_applied: 'does not get the promised discount',
  promo_missing_on_order: 'places an order without the promised discount',
  code_rejected: 'has a discount code refused',
  checkout_error: 'sees a checkout error',
  stalled: 'stalls on a checkout step',
  step_regression: 'goes back a step in checkout',
  repeated_edits: 'edits a field again and again',
  shipping_shock: 'leaves after seeing the shipping price',
  payment_failed: 'sees their payment fail',
  abandoned: 'abandons their checkout',
};

const PRIORITY_WORDS: Readonly<Record<CasePriority, string>> = {
  urgent: 'an urgent',
  high: 'a high-priority',
  normal: 'a normal',
};

const CHANNEL_WORDS: Readonly<Record<ContactChannel, string>> = {
  phone: 'by phone',
  email: 'by email',
  invoice: 'with a draft order invoice',
};

/**
 * A rule in one sentence, the way the Rules page shows it: "When a shopper from a campaign does
 * not get its discount, open an urgent case for the agent on shift, to be contacted within 15
 * minutes, by phone."
 */
export function ruleSentence(rule: RuleInput, names: RuleNames): string {
  const who = subject(rule.conditions, names);
  const fromCampaign = rule.conditions.campaign !== 'any';
  const what = joinOr(
    rule.signalTypes.map((type) =>
      type === 'promo_not_applied' && fromCampaign
        ? 'does not get its discount'
        : (SIGNAL_PHRASES[type] ?? `shows “${type.replace(/_/g, ' ')}”`),
    ),
  );
  const qualifiers = [cartWords(rule.conditions, names), scoreWords(rule.conditions)].filter(
    (part): part is string => part !== null,
  );
  const withWhat = qualifiers.length > 0 ? ` with ${joinAnd(qualifiers)}` : '';
  const contact = rule.conditions.contactable ? ', whom Heed may contact,' : '';
  return (
    `When ${who}${withWhat}${contact} ${what}, open ${PRIORITY_WORDS[rule.priority]} case ` +
    `for ${assigneeWords(rule, names)}, to be contacted within ${durationWords(rule.contactWithinMinutes)}, ` +
    `${CHANNEL_WORDS[rule.channel]}.`
  );
}

function subject(conditions: RuleConditions, names: RuleNames): string {
  const person =
    conditions.customer === 'new'
      ? 'a new customer'
      : conditions.customer === 'returning'
        ? 'a returning customer'
        : 'a shopper';
  const campaign = conditions.campaign;
  if (campaign === 'any') return person;
  if (campaign === 'campaign') return `${person} from a campaign`;
  const name = names.campaigns.get(campaign.campaignId);
  return name
    ? `${person} from the “${name}” campaign`
    : `${person} from a campaign that no longer exists`;
}

function cartWords(conditions: RuleConditions, names: RuleNames): string | null {
  const min = conditions.minCartValue;
  const amount =
    min === null ? null : names.currencyCode ? formatMoney(min, names.currencyCode) : String(min);
  if (amount !== null && conditions.cartAboveMedian) {
    return `a cart of at least ${amount} and above the shop’s median`;
  }
  if (amount !== null) return `a cart of at least ${amount}`;
  return conditions.cartAboveMedian ? 'a cart above the shop’s median' : null;
}

function scoreWords(conditions: RuleConditions): string | null {
  return conditions.minScore !== null
    ? `a hesitation score of at least ${conditions.minScore}`
    : null;
}

function assigneeWords(rule: RuleInput, names: RuleNames): string {
  if (rule.assignee.kind === 'round_robin') return 'the agent on shift';
  return names.staff.get(rule.assignee.userId) ?? 'a staff member no longer on the team';
}

/** "15 minutes", "1 hour", "4 hours", "1 hour 30 minutes", "2 days". */
export function durationWords(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  if (minutes >= 48 * 60 && minutes % (24 * 60) === 0) return plural(minutes / (24 * 60), 'day');
  const hours = plural(Math.floor(minutes / 60), 'hour');
  return minutes % 60 === 0 ? hours : `${hours} ${plural(minutes % 60, 'minute')}`;
}

function joinOr(parts: string[]): string {
  return join(parts, 'or');
}

function joinAnd(parts: string[]): string {
  return join(parts, 'and');
}

function join(parts: string[], word: string): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts.at(-1) ?? ''}`;
}
