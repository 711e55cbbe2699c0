import {z} from 'zod';
import {CASE_PRIORITIES, CONTACT_CHANNELS} from '../../shared/rule-schemas';
import type {CampaignPromise} from '../campaigns/campaign';
import type {Money} from '../signals/journey';
import type {ExpectedContact} from '../checkout/help-request';
import type {Wording} from '../sentences/wording';

/**
 * The follow-up domain's words: staff, rules, cases, contacts. Downstream of signals: it reads
 * journeys and signals, and nothing in signals imports it. Times are epoch milliseconds.
 */

export type {Money};

// ── Staff ────────────────────────────────────────────────────────────────────────────────────

export {STAFF_ROLES, type StaffRole} from '../../shared/staff-schemas';
import type {StaffRole} from '../../shared/staff-schemas';

/** `day` 0 is Sunday; `start`/`end` are `HH:MM` in the staff member's own time zone. */
export const workingHoursSchema = z
  .array(
    z.object({
      day: z.number().int().min(0).max(6),
      start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM'),
      end: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'Use HH:MM'),
    }),
  )
  .max(21);
export type WorkingHours = z.infer<typeof workingHoursSchema>;

/** A person on the shop's staff, as Shopify knows them (`sub` of the session token). */
export interface StaffMember {
  shop: string;
  /** The Shopify staff user id, the session token's `sub`. */
  userId: string;
  /** Null until the online token exchange named them or a lead typed it. */
  name: string | null;
  email: string | null;
  role: StaffRole;
  /** IANA zone; null means the shop's own. */
  timeZone: string | null;
  /** Null means "any time": only `available` decides. */
  workingHours: WorkingHours | null;
  /** The person's own switch: taking cases now, or not. */
  available: boolean;
  /**
   * Email notifications wait until the person's working hours begin (never dropped). Absent
   * means off.
   */
  muteOutsideHours?: boolean;
  createdAt: number;
  updatedAt: number;
  lastSeenAt: number | null;
}

// ── Shopper status, read fresh from the Admin API ─────────────────────────────────────────────

export const MARKETING_STATES = [
  'SUBSCRIBED',
  'NOT_SUBSCRIBED',
  'PENDING',
  'UNSUBSCRIBED',
  'REDACTED',
  'INVALID',
] as const;
export type MarketingState = (typeof MARKETING_STATES)[number];

export interface OrderRef {
  /** `gid://shopify/Order/…` */
  id: string;
  /** `#1042` */
  name: string;
  createdAt: number;
  /** `web`, `shopify_draft_order`, `pos`, … as Shopify names the channel; null when unknown. */
  sourceName: string | null;
  total: Money | null;
}

/** Who the shopper is, as the Admin API answered at `readAt`. */
export interface CustomerFacts {
  /** `gid://shopify/Customer/…` */
  id: string;
  firstName: string | null;
  lastName: string | null;
  /** Customer since. */
  createdAt: number;
  numberOfOrders: number;
  amountSpent: Money | null;
  lastOrder: OrderRef | null;
  /** `address` is null once stored: the case keeps contact details apart (`ContactDetails`). */
  email: {address: string | null; marketingState: MarketingState | null} | null;
  /** Null once stored, like the address; `hasPhone` says whether Shopify holds one. */
  phone: string | null;
  hasPhone: boolean;
  /** The shopper's language, e.g. `de` or `en-CA`, when Shopify knows it. */
  locale: string | null;
}

export type ShopperStatus =
  | {
      state: 'known';
      readAt: number;
      /** Null when the shopper is no customer of the shop (a guest checkout). */
      customer: CustomerFacts | null;
      /** Orders of this shopper (by customer or email, any channel) placed since the checkout. */
      orderedSince: OrderRef[];
    }
  | {
      state: 'unavailable';
      readAt: number;
      /** Why the Admin API could not answer, in English: "Shopify could not be reached". */
      reason: string;
      /** `reason` for each reader; absent on statuses read before wordings. */
      wording?: Wording;
    };

// ── Rules ─────────────────────────────────────────────────────────────────────────────────────

// Shared with the admin's rule form.
export {CASE_PRIORITIES, CONTACT_CHANNELS};
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

// ── Cases ─────────────────────────────────────────────────────────────────────────────────────

export const CASE_STATUSES = ['new', 'claimed', 'contacted', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = [
  'purchased',
  'resumed_by_draft_order',
  'difference_refunded',
  'will_buy_later',
  'not_interested',
  'unreachable',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Why Heed may contact this shopper at all; stored with every contact. */
export const CONTACT_BASES = ['service_recovery', 'email_marketing', 'shopper_asked'] as const;
export type ContactBasis = (typeof CONTACT_BASES)[number];

/** How a contact was made: a call, the draft order invoice, a plain email, or copied by hand. */
export const CONTACT_METHODS = ['phone', 'invoice', 'email', 'copied'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** One checkout of the case, as it was when it joined: later edits cannot rewrite it. */
export interface JourneySnapshot {
  journeyId: string;
  checkoutToken: string | null;
  startedAt: number;
  lastActivityAt: number;
  /** Steps reached, in order, with the time spent on each. */
  steps: Array<{step: string; firstAt: number; lastAt: number; durationMs: number}>;
  furthestStep: string | null;
  cart: {
    currencyCode: string;
    lines: Array<{
      title: string | null;
      /** `gid://shopify/ProductVariant/…`; null when the pixel could not name it. */
      variantId: string | null;
      sku: string | null;
      quantity: number;
      /** Per unit, after line discounts, when known. */
      unitPrice: Money | null;
      linePrice: Money | null;
      properties: Array<{key: string; value: string}>;
    }>;
    subtotal: Money | null;
    shipping: Money | null;
    tax: Money | null;
    total: Money | null;
    discountsAmount: Money | null;
    codesApplied: string[];
  } | null;
  codesTried: Array<{code: string | null; message: string; times: number}>;
  signals: Array<{
    id: string;
    type: string;
    severity: string;
    sentence: string;
    /** The signal's wording, when its detector stored one; its English `sentence` stands otherwise. */
    wording?: Wording | null;
    occurredAt: number;
    /** The exact alert text the shopper saw, when one belongs to the signal. */
    alertText: string | null;
  }>;
  /** The shopper as the checkout told it (never contact details). */
  shopper: {
    customerId: string | null;
    isFirstOrder: boolean | null;
    acceptsEmailMarketing: boolean | null;
  };
}

/** What the campaign promised when the case opened, and the state of its code then. */
export interface PromiseSnapshot {
  campaignId: string;
  campaignName: string;
  /** "20% off your entire order" */
  promiseSentence: string;
  codes: string[];
  startsAt: number;
  endsAt: number;
  /**
   * The promise in structured form (kind, value, scope), so a draft order can carry an equal
   * discount where the code cannot apply. Absent in snapshots taken before it was kept.
   */
  terms?: CampaignPromise | null;
  /** The code's state at that moment, as the last verification read it; null when never read. */
  codeState: {code: string; status: string; checkedAt: number; summary: string} | null;
}

export interface CaseSnapshot {
  takenAt: number;
  promise: PromiseSnapshot | null;
  journeys: JourneySnapshot[];
}

/** Contact details read from Shopify for the case, kept only while the case needs them. */
export interface ContactDetails {
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: string | null;
  readAt: number;
}

export interface DraftOrderRef {
  /** `gid://shopify/DraftOrder/…` */
  id: string;
  name: string;
  invoiceUrl: string | null;
  /** Whether the promised code went in as a code, or as an equal `appliedDiscount`. */
  discount:
    | {kind: 'code'; code: string}
    | {kind: 'applied'; title: string; value: number; valueType: 'PERCENTAGE' | 'FIXED_AMOUNT'}
    | null;
  /** Lines of the checkout that could not be recreated (no variant). */
  droppedLines: Array<{title: string | null; quantity: number}>;
  createdAt: number;
  invoiceSentAt: number | null;
}

/** Where the deadline told to a shopper who asked came from (asked-sla.ts). */
export type AskedSla =
  | {source: 'rule' | 'shortest_rule'; ruleId: string; ruleName: string; minutes: number}
  | {source: 'default'; minutes: number};

export type {ExpectedContact};

/**
 * The shopper asked for a person ("Have someone from the shop contact me"): where, how they want
 * to be reached, and what Heed told them. Asking is itself the basis to contact them.
 */
export interface ShopperRequest {
  at: number;
  surface: 'checkout' | 'thank_you';
  channel: 'email' | 'phone';
  /** What the shopper gave to be reached at; null once the case resolves (contact-retention.ts). */
  contact: {email: string | null; phone: string | null} | null;
  /** The language the shopper read Heed's answer in (`fr`), when the checkout said. */
  locale: string | null;
  /** When the shopper was told to expect contact. */
  told: ExpectedContact;
  /** The first-contact deadline that answer stands for. */
  dueAt: number;
  sla: AskedSla;
}

export interface FollowupCase {
  id: string;
  shop: string;
  /** `customer:gid://…`, `email:<hash>` or `journey:<id>`: at most one open case each. */
  shopperKey: string;
  status: CaseStatus;
  priority: CasePriority;
  /** The rule that opened (or last raised) it; null for a case the shopper asked for. */
  ruleId: string | null;
  assigneeId: string | null;
  suggestedChannel: ContactChannel;
  openedAt: number;
  /** First-contact deadline. */
  dueAt: number;
  /** When the overdue first contact was escalated to the leads; once per case. */
  escalatedAt?: number | null;
  firstContactAt: number | null;
  snoozedUntil: number | null;
  resolvedAt: number | null;
  outcome: CaseOutcome | null;
  /** The order that resolved it, when one did. */
  resolvedOrderId: string | null;
  /** Counted only when a person contacted the shopper before the order. */
  recoveredRevenue: Money | null;
  customerId: string | null;
  emailHash: string | null;
  /** The signal types that brought it, for filters. */
  signalTypes: string[];
  campaignId: string | null;
  journeyIds: string[];
  snapshot: CaseSnapshot;
  shopperStatus: ShopperStatus | null;
  contactDetails: ContactDetails | null;
  draftOrder: DraftOrderRef | null;
  /** The shopper's own request for a person; absent on cases from before it was kept. */
  shopperRequest?: ShopperRequest | null;
  updatedAt: number;
  /** Bumped by every write: a stale write is refused, never silently lost. */
  revision: number;
}

export const CASE_EVENT_KINDS = [
  'opened',
  'joined',
  'raised',
  'claimed',
  'handed_over',
  'note',
  'snoozed',
  'woke',
  'call',
  'message_sent',
  'draft_order_created',
  'invoice_sent',
  'refunded',
  'status_refreshed',
  'resolved',
  'reopened',
  'contact_cancelled',
  'escalated',
  'asked',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** One line of a case's timeline: who did what, and when. `actor` is a user id or `heed`. */
export interface CaseEvent {
  id: string;
  shop: string;
  caseId: string;
  at: number;
  actor: string;
  kind: CaseEventKind;
  /** What the line says in English: "Anna claimed the case." (exports, and lines from before wordings). */
  sentence: string;
  data: Record<string, unknown>;
  /** The line's key and facts, worded for each reader; null on lines written before wordings. */
  wording?: Wording | null;
}

/** A contact a person made, with the basis that allowed it. */
export interface CaseContact {
  id: string;
  shop: string;
  caseId: string;
  at: number;
  by: string;
  method: ContactMethod;
  basis: ContactBasis;
  /** The message as sent, or the call's notes. */
  message: string | null;
  /** For a call: `reached`, `voicemail`, `no_answer`, `wrong_number`. */
  callOutcome: string | null;
}
