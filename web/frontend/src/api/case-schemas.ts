import {z} from 'zod/mini';

/**
 * The shapes `/api/cases` answers with (and `event: case` on the live stream). Times are epoch
 * milliseconds. Signal types, outcomes and event kinds stay plain strings: a value the server adds
 * later must still render, with generic words.
 */

export const CASE_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export const CASE_STATUSES = ['new', 'claimed', 'contacted', 'resolved'] as const;
export const CASE_OUTCOMES = [
  'purchased',
  'resumed_by_draft_order',
  'difference_refunded',
  'will_buy_later',
  'not_interested',
  'unreachable',
] as const;
export const CALL_OUTCOMES = ['reached', 'voicemail', 'no_answer', 'wrong_number'] as const;

export const moneySchema = z.object({amount: z.number(), currencyCode: z.string()});
const personSchema = z.object({userId: z.string(), name: z.nullable(z.string())});

export const caseSummarySchema = z.object({
  id: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(CASE_PRIORITIES),
  assignee: z.nullable(personSchema),
  openedAt: z.number(),
  dueAt: z.number(),
  overdue: z.boolean(),
  /** About to breach its first-contact deadline. */
  dueSoon: z.optional(z.boolean()),
  /** When the overdue case was escalated to the leads. */
  escalatedAt: z.optional(z.nullable(z.number())),
  firstContactAt: z.nullable(z.number()),
  snoozedUntil: z.nullable(z.number()),
  resolvedAt: z.nullable(z.number()),
  outcome: z.nullable(z.string()),
  headline: z.string(),
  signalTypes: z.array(z.string()),
  campaign: z.nullable(z.object({id: z.string(), name: z.string()})),
  cartTotal: z.nullable(moneySchema),
  shopperLabel: z.string(),
});

const promiseSnapshotSchema = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  promiseSentence: z.string(),
  codes: z.array(z.string()),
  startsAt: z.number(),
  endsAt: z.number(),
  codeState: z.nullable(
    z.object({code: z.string(), status: z.string(), checkedAt: z.number(), summary: z.string()}),
  ),
});

const snapshotLineSchema = z.object({
  title: z.nullable(z.string()),
  variantId: z.nullable(z.string()),
  sku: z.nullable(z.string()),
  quantity: z.number(),
  unitPrice: z.nullable(moneySchema),
  linePrice: z.nullable(moneySchema),
  properties: z.array(z.object({key: z.string(), value: z.string()})),
});

const journeySnapshotSchema = z.object({
  journeyId: z.string(),
  startedAt: z.number(),
  lastActivityAt: z.number(),
  steps: z.array(
    z.object({step: z.string(), firstAt: z.number(), lastAt: z.number(), durationMs: z.number()}),
  ),
  furthestStep: z.nullable(z.string()),
  cart: z.nullable(
    z.object({
      currencyCode: z.string(),
      lines: z.array(snapshotLineSchema),
      subtotal: z.nullable(moneySchema),
      shipping: z.nullable(moneySchema),
      tax: z.nullable(moneySchema),
      total: z.nullable(moneySchema),
      discountsAmount: z.nullable(moneySchema),
      codesApplied: z.array(z.string()),
    }),
  ),
  codesTried: z.array(
    z.object({code: z.nullable(z.string()), message: z.string(), times: z.number()}),
  ),
  signals: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      severity: z.string(),
      sentence: z.string(),
      occurredAt: z.number(),
      alertText: z.nullable(z.string()),
    }),
  ),
});

const draftOrderSchema = z.object({
  id: z.string(),
  name: z.string(),
  invoiceUrl: z.nullable(z.string()),
  discount: z.nullable(
    z.discriminatedUnion('kind', [
      z.object({kind: z.literal('code'), code: z.string()}),
      z.object({
        kind: z.literal('applied'),
        title: z.string(),
        value: z.number(),
        valueType: z.enum(['PERCENTAGE', 'FIXED_AMOUNT']),
      }),
    ]),
  ),
  droppedLines: z.array(z.object({title: z.nullable(z.string()), quantity: z.number()})),
  createdAt: z.number(),
  invoiceSentAt: z.nullable(z.number()),
});

const caseDetailSchema = z.extend(caseSummarySchema, {
  suggestedChannel: z.string(),
  snapshot: z.object({
    takenAt: z.number(),
    promise: z.nullable(promiseSnapshotSchema),
    journeys: z.array(journeySnapshotSchema),
  }),
  draftOrder: z.nullable(draftOrderSchema),
  resolvedOrder: z.nullable(z.object({id: z.string(), name: z.string()})),
  recoveredRevenue: z.nullable(moneySchema),
  journeyIds: z.array(z.string()),
  revision: z.number(),
});

/** A notification to a staff member about the case, and what became of it. */
export const notificationSchema = z.object({
  id: z.string(),
  channel: z.string(),
  /** The staff member's name, or "the Slack channel". */
  to: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  attempts: z.number(),
  lastError: z.nullable(z.string()),
  sentAt: z.nullable(z.number()),
});

export const caseViewSchema = z.object({
  case: caseDetailSchema,
  shopper: z.object({
    /** Only whether Shopify answered: `words` says the rest, as the page shows it. */
    status: z.nullable(z.object({state: z.enum(['known', 'unavailable']), readAt: z.number()})),
    words: z.string(),
    contact: z.nullable(
      z.object({
        name: z.nullable(z.string()),
        email: z.nullable(z.string()),
        phone: z.nullable(z.string()),
      }),
    ),
  }),
  contactBasis: z.object({allowed: z.boolean(), basis: z.nullable(z.string()), reason: z.string()}),
  /** The shopper asked for a person; optional: a server from before it answers without it. */
  shopperRequest: z.optional(
    z.nullable(
      z.object({
        at: z.number(),
        surface: z.string(),
        channel: z.string(),
        /** What they gave to be reached at; null once the case resolved. */
        contact: z.nullable(
          z.object({email: z.nullable(z.string()), phone: z.nullable(z.string())}),
        ),
        locale: z.nullable(z.string()),
        /** What they were told, in words: "within about 30 minutes". */
        told: z.string(),
        dueAt: z.number(),
        /** Where the deadline came from, in words. */
        sla: z.string(),
      }),
    ),
  ),
  suggestedMessage: z.object({language: z.string(), subject: z.string(), body: z.string()}),
  timeline: z.array(
    z.object({
      id: z.string(),
      at: z.number(),
      actor: z.string(),
      actorName: z.nullable(z.string()),
      kind: z.string(),
      sentence: z.string(),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.string(),
      at: z.number(),
      by: z.string(),
      method: z.string(),
      basis: z.string(),
      message: z.nullable(z.string()),
      callOutcome: z.nullable(z.string()),
    }),
  ),
  refund: z.nullable(z.object({owed: moneySchema, orderId: z.string(), orderName: z.string()})),
  staff: z.array(personSchema),
  /** Optional: a server from before notifications answers without it. */
  notifications: z.optional(z.array(notificationSchema)),
});

export const caseListSchema = z.object({
  cases: z.array(caseSummarySchema),
  counts: z.object({urgent: z.number(), high: z.number(), normal: z.number()}),
});

export type CasePriority = (typeof CASE_PRIORITIES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseList = z.infer<typeof caseListSchema>;
export type CaseCounts = CaseList['counts'];
export type CaseView = z.infer<typeof caseViewSchema>;
export type CaseDetail = CaseView['case'];
export type CaseSnapshot = CaseDetail['snapshot'];
export type PromiseSnapshot = NonNullable<CaseSnapshot['promise']>;
export type JourneySnapshot = CaseSnapshot['journeys'][number];
export type SnapshotCart = NonNullable<JourneySnapshot['cart']>;
export type DraftOrderRef = NonNullable<CaseDetail['draftOrder']>;
export type CaseEvent = CaseView['timeline'][number];
export type StaffRef = CaseView['staff'][number];
export type CaseNotification = z.infer<typeof notificationSchema>;
