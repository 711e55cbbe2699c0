import {z} from 'zod/mini';
import {PROMISE_KINDS} from '../../../shared/campaign-limits';

/**
 * The shapes `/api/campaigns` answers with. Times are epoch milliseconds. Finding and alert codes
 * stay plain strings: a code the server adds later must still render (with a generic title).
 */

export const HEALTHS = ['ready', 'warnings', 'blocked', 'unverified'] as const;
export const SEVERITIES = ['blocker', 'warning', 'info'] as const;

/** A product or collection picked with App Bridge's resource picker: its GID and its title. */
const pickedSchema = z.object({id: z.string(), title: z.string()});
export type PickedResource = z.infer<typeof pickedSchema>;

/** How the server answers a promise; what it accepts is web/shared/campaign-schemas.ts. */
const promiseSchema = z.object({
  kind: z.enum(PROMISE_KINDS),
  value: z.nullable(z.number()),
  scope: z.discriminatedUnion('type', [
    z.object({type: z.literal('entire_order')}),
    z.object({
      type: z.literal('products'),
      description: z.optional(z.string()),
      items: z.optional(z.array(pickedSchema)),
    }),
    z.object({
      type: z.literal('collections'),
      description: z.optional(z.string()),
      items: z.optional(z.array(pickedSchema)),
    }),
  ]),
  audience: z.discriminatedUnion('type', [
    z.object({type: z.literal('everyone')}),
    z.object({type: z.literal('email_subscribers')}),
    z.object({type: z.literal('segment'), segmentIds: z.array(z.string())}),
  ]),
  minimum: z.nullable(
    z.discriminatedUnion('type', [
      z.object({type: z.literal('subtotal'), amount: z.number()}),
      z.object({type: z.literal('quantity'), quantity: z.number()}),
    ]),
  ),
});

const campaignSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  promise: promiseSchema,
  discountCodes: z.array(z.string()),
  sendAt: z.number(),
  promiseStartsAt: z.number(),
  promiseEndsAt: z.number(),
  recipients: z.nullable(z.number()),
  attributionKey: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  health: z.enum(HEALTHS),
  lastCheckedAt: z.nullable(z.number()),
});

const campaignSchema = z.extend(campaignSummarySchema, {
  email: z.object({links: z.array(z.string()), html: z.nullable(z.string())}),
});

const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  subject: z.nullable(z.string()),
  explanation: z.string(),
  fix: z.string(),
  // A kind this admin does not know yet (a newer server) is kept and shown as text only.
  fixAt: z.optional(z.object({kind: z.string(), id: z.optional(z.string())})),
});

const reportSchema = z.object({
  id: z.number(),
  trigger: z.string(),
  checkedAt: z.number(),
  health: z.enum(['ready', 'warnings', 'blocked']),
  findings: z.array(findingSchema),
});

const alertSchema = z.object({
  id: z.number(),
  campaignId: z.string(),
  raisedAt: z.number(),
  code: z.string(),
  subject: z.nullable(z.string()),
  explanation: z.string(),
  fix: z.string(),
  resolvedAt: z.nullable(z.number()),
});

export const campaignListSchema = z.object({campaigns: z.array(campaignSummarySchema)});
export const alertListSchema = z.object({alerts: z.array(alertSchema)});
export const campaignDetailSchema = z.object({
  campaign: campaignSchema,
  report: z.nullable(reportSchema),
  alerts: z.array(alertSchema),
});
export const savedCampaignSchema = z.object({
  campaign: z.object({id: z.string(), health: z.enum(HEALTHS)}),
  report: z.nullable(reportSchema),
  verificationError: z.nullable(z.string()),
});
export const verifyResultSchema = z.object({report: reportSchema});
export const verifiedLinksSchema = z.object({
  links: z.array(z.object({code: z.string(), url: z.string()})),
});

export type CampaignPromise = z.infer<typeof promiseSchema>;
export type PromiseKind = CampaignPromise['kind'];
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Health = CampaignSummary['health'];
export type Finding = z.infer<typeof findingSchema>;
export type Severity = Finding['severity'];
export type Report = z.infer<typeof reportSchema>;
export type CampaignAlert = z.infer<typeof alertSchema>;
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;
export type SavedCampaign = z.infer<typeof savedCampaignSchema>;
export type VerifiedLink = z.infer<typeof verifiedLinksSchema>['links'][number];
