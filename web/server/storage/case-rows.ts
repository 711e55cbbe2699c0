import {z} from 'zod';
import {keptContact} from '../followup/contact-retention';
import {
  askedContactSchema,
  caseSnapshotSchema,
  contactDetailsSchema,
  draftOrderRefSchema,
  readStored,
  shopperRequestSchema,
  shopperStatusSchema,
} from '../followup/case-records';
import {
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  CASE_STATUSES,
  CONTACT_CHANNELS,
  type FollowupCase,
} from '../followup/types';

/** A case as its row holds it, and the mapping both ways. */
export interface CaseRow {
  id: string;
  shop: string;
  shopper_key: string;
  open_key: string | null;
  status: string;
  priority: string;
  rule_id: string | null;
  assignee_id: string | null;
  suggested_channel: string;
  opened_at: number | string;
  due_at: number | string;
  escalated_at: number | string | null;
  first_contact_at: number | string | null;
  snoozed_until: number | string | null;
  resolved_at: number | string | null;
  outcome: string | null;
  resolved_order_id: string | null;
  recovered_json: string | null;
  customer_id: string | null;
  email_hash: string | null;
  signal_types_json: string;
  campaign_id: string | null;
  snapshot_json: string;
  shopper_status_json: string | null;
  contact_json: string | null;
  draft_order_id: string | null;
  draft_order_json: string | null;
  shopper_request_json: string | null;
  asked_contact_json: string | null;
  updated_at: number | string;
  revision: number | string;
}

/**
 * A resolved case is never written with contact details, whichever path resolved it. The
 * shopper's request is two columns: what they asked and were told stays with the case; the
 * address or number they gave goes with the other contact details (`asked_contact_json`).
 */
export function toRow(followup: FollowupCase) {
  const c = keptContact(followup);
  const {contact: asked = null, ...request} = c.shopperRequest ?? {};
  return {
    id: c.id,
    shop: c.shop,
    shopper_key: c.shopperKey,
    open_key: c.resolvedAt === null ? c.shopperKey : null,
    status: c.status,
    priority: c.priority,
    rule_id: c.ruleId,
    assignee_id: c.assigneeId,
    suggested_channel: c.suggestedChannel,
    opened_at: c.openedAt,
    due_at: c.dueAt,
    escalated_at: c.escalatedAt ?? null,
    first_contact_at: c.firstContactAt,
    snoozed_until: c.snoozedUntil,
    resolved_at: c.resolvedAt,
    outcome: c.outcome,
    resolved_order_id: c.resolvedOrderId,
    recovered_json: c.recoveredRevenue ? JSON.stringify(c.recoveredRevenue) : null,
    customer_id: c.customerId,
    email_hash: c.emailHash,
    signal_types_json: JSON.stringify(c.signalTypes),
    campaign_id: c.campaignId,
    snapshot_json: JSON.stringify(c.snapshot),
    shopper_status_json: c.shopperStatus ? JSON.stringify(c.shopperStatus) : null,
    contact_json: c.contactDetails ? JSON.stringify(c.contactDetails) : null,
    draft_order_id: c.draftOrder?.id ?? null,
    draft_order_json: c.draftOrder ? JSON.stringify(c.draftOrder) : null,
    shopper_request_json: c.shopperRequest ? JSON.stringify(request) : null,
    asked_contact_json: c.shopperRequest && asked ? JSON.stringify(asked) : null,
    updated_at: c.updatedAt,
    revision: c.revision,
  };
}

const num = (value: number | string | null) => (value === null ? null : Number(value));
const moneySchema = z.object({amount: z.number(), currencyCode: z.string()});

/** JSON columns are read through their schemas (followup/case-records.ts), never cast. */
export function toCase(row: CaseRow): FollowupCase {
  const snapshot = readStored(caseSnapshotSchema, row.snapshot_json, 'case snapshot');
  return {
    id: row.id,
    shop: row.shop,
    shopperKey: row.shopper_key,
    status: z.enum(CASE_STATUSES).catch('new').parse(row.status),
    priority: z.enum(CASE_PRIORITIES).catch('normal').parse(row.priority),
    ruleId: row.rule_id,
    assigneeId: row.assignee_id,
    suggestedChannel: z.enum(CONTACT_CHANNELS).catch('email').parse(row.suggested_channel),
    openedAt: Number(row.opened_at),
    dueAt: Number(row.due_at),
    escalatedAt: num(row.escalated_at),
    firstContactAt: num(row.first_contact_at),
    snoozedUntil: num(row.snoozed_until),
    resolvedAt: num(row.resolved_at),
    outcome:
      row.outcome === null ? null : z.enum(CASE_OUTCOMES).nullable().catch(null).parse(row.outcome),
    resolvedOrderId: row.resolved_order_id,
    recoveredRevenue: row.recovered_json
      ? moneySchema.nullable().catch(null).parse(JSON.parse(row.recovered_json))
      : null,
    customerId: row.customer_id,
    emailHash: row.email_hash,
    signalTypes: z.array(z.string()).catch([]).parse(JSON.parse(row.signal_types_json)),
    campaignId: row.campaign_id,
    journeyIds: snapshot.journeys.map((j) => j.journeyId),
    snapshot,
    // A status that no longer reads (an older shape) is as if never read: it is read again.
    shopperStatus: row.shopper_status_json
      ? (shopperStatusSchema.safeParse(JSON.parse(row.shopper_status_json)).data ?? null)
      : null,
    contactDetails: row.contact_json
      ? readStored(contactDetailsSchema, row.contact_json, 'case contact details')
      : null,
    draftOrder: row.draft_order_json
      ? readStored(draftOrderRefSchema, row.draft_order_json, 'case draft order')
      : null,
    shopperRequest: row.shopper_request_json
      ? {
          ...readStored(shopperRequestSchema, row.shopper_request_json, 'shopper request'),
          contact: row.asked_contact_json
            ? readStored(askedContactSchema, row.asked_contact_json, 'asked contact')
            : null,
        }
      : null,
    updatedAt: Number(row.updated_at),
    revision: Number(row.revision),
  };
}
