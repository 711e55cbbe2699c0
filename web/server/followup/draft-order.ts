import {z} from 'zod';
import {
  DRAFT_ORDER_CREATE_MUTATION,
  DRAFT_ORDER_INVOICE_SEND_MUTATION,
} from '../admin-api/documents';
import type {AdminQuery} from '../campaigns/read-discounts';
import {adminCallFailure, userErrorFailure, type AdminCallFailure} from './admin-failure';
import {mutationPayload, toMoney} from './admin-answers';
import type {DraftOrderPlan} from './draft-order-input';
import type {DraftOrderRef, Money} from './types';

export {applicableCode, CASE_ATTRIBUTE_KEY, draftOrderInput} from './draft-order-input';
export type {DraftOrderArgs, DraftOrderCreateInput, DraftOrderPlan} from './draft-order-input';

const createAnswer = z.object({
  draftOrderCreate: mutationPayload({
    draftOrder: z
      .object({
        id: z.string(),
        name: z.string(),
        invoiceUrl: z.string().nullable(),
        createdAt: z.string(),
        totalDiscountsSet: z.object({
          shopMoney: z.object({amount: z.string(), currencyCode: z.string()}),
        }),
        warnings: z.array(
          z.object({
            __typename: z.string(),
            message: z.string(),
            discountCode: z.string().nullish(),
          }),
        ),
      })
      .nullable(),
  }).nullable(),
});

const invoiceAnswer = z.object({
  draftOrderInvoiceSend: mutationPayload({
    draftOrder: z.object({id: z.string(), invoiceSentAt: z.string().nullable()}).nullable(),
  }).nullable(),
});

/** Creates the draft order of a plan from `draftOrderInput`. Needs `write_draft_orders`. */
export async function createDraftOrder(
  query: AdminQuery,
  shop: string,
  plan: Pick<DraftOrderPlan, 'input' | 'discount' | 'droppedLines'>,
): Promise<{ok: true; draftOrder: DraftOrderRef; check: DraftOrderCheck} | AdminCallFailure> {
  const result = await query(shop, DRAFT_ORDER_CREATE_MUTATION, {input: plan.input}, createAnswer);
  if (!result.ok) return adminCallFailure(result);
  const payload = result.data.draftOrderCreate;
  const refused = userErrorFailure('the draft order', payload?.userErrors ?? []);
  if (refused) return refused;
  const draft = payload?.draftOrder;
  if (!draft) return noAnswer('the draft order');
  return {
    ok: true,
    draftOrder: {
      id: draft.id,
      name: draft.name,
      invoiceUrl: draft.invoiceUrl,
      discount: plan.discount,
      droppedLines: plan.droppedLines,
      createdAt: Date.parse(draft.createdAt),
      invoiceSentAt: null,
    },
    check: checkOf(plan, draft),
  };
}

/** What Shopify says it did with the discount, read back from the created draft order. */
export interface DraftOrderCheck {
  discountTotal: Money;
  /** Codes Shopify skipped (`DraftOrderDiscountNotAppliedWarning`). */
  codesNotApplied: string[];
  /** Shopify's warnings, as worded. */
  warnings: string[];
  /** False when a code or discount was planned and the draft order shows none: say so, fix it. */
  promiseOnDraft: boolean;
}

type CreatedDraft = NonNullable<
  NonNullable<z.infer<typeof createAnswer>['draftOrderCreate']>['draftOrder']
>;

function checkOf(plan: Pick<DraftOrderPlan, 'discount'>, draft: CreatedDraft): DraftOrderCheck {
  const discountTotal = toMoney(draft.totalDiscountsSet.shopMoney);
  const codesNotApplied = draft.warnings.flatMap((w) =>
    w.__typename === 'DraftOrderDiscountNotAppliedWarning' && w.discountCode
      ? [w.discountCode]
      : [],
  );
  const planned = plan.discount !== null;
  const plannedCode = plan.discount?.kind === 'code' ? plan.discount.code.toLowerCase() : null;
  const codeSkipped = codesNotApplied.some((c) => c.toLowerCase() === plannedCode);
  return {
    discountTotal,
    codesNotApplied,
    warnings: draft.warnings.map((w) => w.message),
    promiseOnDraft: !planned || (!codeSkipped && discountTotal.amount > 0),
  };
}

export interface InvoiceEmail {
  to: string;
  subject: string;
  /** The staff member's own words, shown in Shopify's invoice email. */
  customMessage: string;
}

/** Shopify sends the invoice from the store, with the staff member's message in it. */
export async function sendDraftOrderInvoice(
  query: AdminQuery,
  shop: string,
  draftOrderId: string,
  email: InvoiceEmail,
): Promise<{ok: true; invoiceSentAt: number | null} | AdminCallFailure> {
  const result = await query(
    shop,
    DRAFT_ORDER_INVOICE_SEND_MUTATION,
    {
      id: draftOrderId,
      email: {to: email.to, subject: email.subject, customMessage: email.customMessage},
    },
    invoiceAnswer,
  );
  if (!result.ok) return adminCallFailure(result);
  const payload = result.data.draftOrderInvoiceSend;
  const refused = userErrorFailure('to send the invoice', payload?.userErrors ?? []);
  if (refused) return refused;
  if (!payload?.draftOrder) return noAnswer('the invoice');
  const sentAt = payload.draftOrder.invoiceSentAt;
  return {ok: true, invoiceSentAt: sentAt === null ? null : Date.parse(sentAt)};
}

function noAnswer(what: string): AdminCallFailure {
  return {
    ok: false,
    reason: `Shopify did not say what became of ${what}`,
    retryable: false,
    userErrors: [],
  };
}
