import {z} from 'zod';
import {promiseSchema} from '../campaigns/campaign';
import {wordingSchema} from '../sentences/stored-wording';
import {MARKETING_STATES} from './types';
import type {
  CaseSnapshot,
  ContactDetails,
  DraftOrderRef,
  JourneySnapshot,
  PromiseSnapshot,
  ShopperRequest,
  ShopperStatus,
} from './types';

/**
 * Schemas of what a case stores as JSON (snapshot, status, contact, draft order): a stored value
 * is read through its schema, never cast. Each is tied to its type, so the two cannot drift.
 */

const money = z.object({amount: z.number(), currencyCode: z.string()});
const nullableMoney = money.nullable();

const journeySnapshotSchema: z.ZodType<JourneySnapshot> = z.object({
  journeyId: z.string(),
  checkoutToken: z.string().nullable(),
  startedAt: z.number(),
  lastActivityAt: z.number(),
  steps: z.array(
    z.object({step: z.string(), firstAt: z.number(), lastAt: z.number(), durationMs: z.number()}),
  ),
  furthestStep: z.string().nullable(),
  cart: z
    .object({
      currencyCode: z.string(),
      lines: z.array(
        z.object({
          title: z.string().nullable(),
          variantId: z.string().nullable(),
          sku: z.string().nullable(),
          quantity: z.number(),
          unitPrice: nullableMoney,
          linePrice: nullableMoney,
          properties: z.array(z.object({key: z.string(), value: z.string()})),
        }),
      ),
      subtotal: nullableMoney,
      shipping: nullableMoney,
      tax: nullableMoney,
      total: nullableMoney,
      discountsAmount: nullableMoney,
      codesApplied: z.array(z.string()),
    })
    .nullable(),
  codesTried: z.array(
    z.object({code: z.string().nullable(), message: z.string(), times: z.number()}),
  ),
  signals: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      severity: z.string(),
      sentence: z.string(),
      wording: wordingSchema.nullable().optional().catch(null),
      occurredAt: z.number(),
      alertText: z.string().nullable(),
    }),
  ),
  shopper: z.object({
    customerId: z.string().nullable(),
    isFirstOrder: z.boolean().nullable(),
    acceptsEmailMarketing: z.boolean().nullable(),
  }),
});

const promiseSnapshotSchema: z.ZodType<PromiseSnapshot> = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  promiseSentence: z.string(),
  codes: z.array(z.string()),
  startsAt: z.number(),
  endsAt: z.number(),
  terms: z.optional(z.nullable(promiseSchema)),
  codeState: z
    .object({code: z.string(), status: z.string(), checkedAt: z.number(), summary: z.string()})
    .nullable(),
});

export const caseSnapshotSchema: z.ZodType<CaseSnapshot> = z.object({
  takenAt: z.number(),
  promise: promiseSnapshotSchema.nullable(),
  journeys: z.array(journeySnapshotSchema),
});

const orderRef = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  sourceName: z.string().nullable(),
  total: nullableMoney,
});

export const shopperStatusSchema: z.ZodType<ShopperStatus> = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('known'),
    readAt: z.number(),
    customer: z
      .object({
        id: z.string(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        createdAt: z.number(),
        numberOfOrders: z.number(),
        amountSpent: nullableMoney,
        lastOrder: orderRef.nullable(),
        email: z
          .object({
            address: z.string().nullable(),
            marketingState: z.enum(MARKETING_STATES).nullable(),
          })
          .nullable(),
        phone: z.string().nullable(),
        hasPhone: z.boolean(),
        locale: z.string().nullable(),
      })
      .nullable(),
    orderedSince: z.array(orderRef),
  }),
  z.object({
    state: z.literal('unavailable'),
    readAt: z.number(),
    reason: z.string(),
    wording: wordingSchema.optional().catch(undefined),
  }),
]);

export const contactDetailsSchema: z.ZodType<ContactDetails> = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.string().nullable(),
  readAt: z.number(),
});

export const draftOrderRefSchema: z.ZodType<DraftOrderRef> = z.object({
  id: z.string(),
  name: z.string(),
  invoiceUrl: z.string().nullable(),
  discount: z
    .discriminatedUnion('kind', [
      z.object({kind: z.literal('code'), code: z.string()}),
      z.object({
        kind: z.literal('applied'),
        title: z.string(),
        value: z.number(),
        valueType: z.enum(['PERCENTAGE', 'FIXED_AMOUNT']),
      }),
    ])
    .nullable(),
  droppedLines: z.array(z.object({title: z.string().nullable(), quantity: z.number()})),
  createdAt: z.number(),
  invoiceSentAt: z.number().nullable(),
});

const expectedContactSchema = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('within'), minutes: z.number()}),
  z.object({kind: z.literal('after'), at: z.number()}),
  z.object({kind: z.literal('by'), at: z.number()}),
]);

const askedSlaSchema = z.union([
  z.object({
    source: z.enum(['rule', 'shortest_rule']),
    ruleId: z.string(),
    ruleName: z.string(),
    minutes: z.number(),
  }),
  z.object({source: z.literal('default'), minutes: z.number()}),
]);

/** The shopper's request without what they gave to be reached at (kept apart, see case-rows). */
export const shopperRequestSchema: z.ZodType<Omit<ShopperRequest, 'contact'>> = z.object({
  at: z.number(),
  surface: z.enum(['checkout', 'thank_you']),
  channel: z.enum(['email', 'phone']),
  locale: z.string().nullable(),
  told: expectedContactSchema,
  dueAt: z.number(),
  sla: askedSlaSchema,
});

export const askedContactSchema: z.ZodType<NonNullable<ShopperRequest['contact']>> = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/** Parses a stored JSON column; an unreadable one is a corrupt row, said loudly. */
export function readStored<T>(schema: z.ZodType<T>, json: string, what: string): T {
  const parsed = schema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`Stored ${what} does not read: ${parsed.error.message}`);
  return parsed.data;
}
