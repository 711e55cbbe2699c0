import type {Storage} from '../storage';
import type {AdminQuery} from '../campaigns/read-discounts';
import {createDraftOrder, draftOrderInput, sendDraftOrderInvoice} from './draft-order';
import {refundDifference} from './refund';
import {transition} from './case-state';
import {emailOf, isPromiseCase, ordersSince, withOverride, type CaseContacts} from './case-contact';
import {assertReplyChecked} from './reply-facts';
import type {ReplyRule} from './reply-check';
import {orderOfCase, type CaseService} from './case-service';
import type {FollowupCase, Money} from './types';
import type {WordValue} from '../sentences/wording';
import {caseWording, clause} from './case-words';
import {failureValue} from './admin-failure';
import {refusal} from './refusal';

/**
 * Making it right with Shopify: resume the order as a draft order with the promised discount
 * (its invoice sent by Shopify with the staff member's message), or refund the difference of an
 * order paid without the promised discount.
 */
export function createCaseOrders(deps: {
  storage: Storage;
  adminQuery: AdminQuery;
  service: CaseService;
  contacts: CaseContacts;
}) {
  /** One draft order per case even when "Resume" is pressed twice at once on this instance. */
  const resuming = new Map<string, Promise<FollowupCase>>();

  async function resumeNow(shop: string, id: string, actor: string): Promise<FollowupCase> {
    const current = await deps.service.refreshStatus(shop, id);
    if (current.draftOrder) return current;
    if (current.resolvedAt !== null) {
      throw refusal('CONFLICT', 'Case resolved', 'refusal.resolvedReopenFirst');
    }
    const status = current.shopperStatus;
    if (status?.state !== 'known') {
      throw refusal(
        'SHOPIFY_UNAVAILABLE',
        'Status unavailable before resuming',
        'refusal.statusUnavailableBeforeResume',
      );
    }
    const since = await ordersSince(deps.storage, current, status.orderedSince);
    const first = since[0];
    if (first) {
      throw refusal('CONFLICT', 'Shopper ordered since', 'refusal.orderedSinceNothingToResume', {
        values: {order: first.name},
      });
    }
    const journey = [...current.snapshot.journeys]
      .reverse()
      .find((j) => j.cart && j.cart.lines.length > 0);
    if (!journey?.cart) throw refusal('CONFLICT', 'No cart', 'refusal.noCart');
    const plan = draftOrderInput({
      cart: journey.cart,
      promise: current.snapshot.promise,
      email: emailOf(current),
      customerId: current.customerId,
      caseId: current.id,
      codeRefused: current.signalTypes.includes('code_rejected'),
      now: Date.now(),
    });
    if (!plan.ok) {
      throw refusal('CONFLICT', 'No draft order possible', plan.wording);
    }
    const created = await createDraftOrder(deps.adminQuery, shop, plan);
    if (!created.ok) {
      throw refusal(
        'SHOPIFY_UNAVAILABLE',
        'Draft order not created',
        'refusal.draftOrderNotCreated',
        {
          values: {reason: failureValue(created)},
          retryable: created.retryable,
        },
      );
    }
    const dropped = created.draftOrder.droppedLines;
    return deps.service.update(shop, id, actor, async (fresh) => ({
      next: {
        draftOrder: created.draftOrder,
        ...(fresh.status === 'new'
          ? {status: 'claimed' as const, assigneeId: fresh.assigneeId ?? actor}
          : {}),
      },
      kind: 'draft_order_created',
      wording:
        dropped.length > 0
          ? caseWording('timeline.draftOrderCreatedWithout', {
              name: created.draftOrder.name,
              discount: {say: plan.discountWording},
              lines: droppedLines(dropped),
            })
          : caseWording('timeline.draftOrderCreated', {
              name: created.draftOrder.name,
              discount: {say: plan.discountWording},
            }),
      data: {draftOrderId: created.draftOrder.id},
    }));
  }

  return {
    resume(shop: string, id: string, actor: string): Promise<FollowupCase> {
      const key = `${shop}\n${id}`;
      const running = resuming.get(key);
      if (running) return running;
      const work = resumeNow(shop, id, actor).finally(() => resuming.delete(key));
      resuming.set(key, work);
      return work;
    },

    /** Shopify sends the draft order's invoice from the store, with the staff member's message. */
    async invoice(
      shop: string,
      id: string,
      actor: string,
      input: {subject?: string; body: string; acknowledged?: readonly ReplyRule[]},
    ) {
      const {followup, basis} = await deps.contacts.guard(shop, id);
      const draft = followup.draftOrder;
      if (!draft) throw refusal('CONFLICT', 'No draft order', 'refusal.resumeFirst');
      const to = emailOf(followup);
      if (!to) throw refusal('CONFLICT', 'No email address', 'refusal.noEmailForInvoice');
      const subject = input.subject ?? `Your order, ${draft.name}`;
      const overridden = await assertReplyChecked(
        deps.storage,
        followup,
        {subject, body: input.body},
        input.acknowledged ?? [],
      );
      const sent = await sendDraftOrderInvoice(deps.adminQuery, shop, draft.id, {
        to,
        subject,
        customMessage: input.body,
      });
      if (!sent.ok) {
        throw refusal('SHOPIFY_UNAVAILABLE', 'Invoice not sent', 'refusal.invoiceNotSent', {
          values: {reason: failureValue(sent)},
          retryable: sent.retryable,
        });
      }
      const names = await deps.service.names(shop);
      return deps.service.update(shop, id, actor, async (current, now) => {
        const change = deps.contacts.contacted(
          current,
          actor,
          now,
          'invoice',
          basis,
          {message: `${subject}\n\n${input.body}`},
          names,
        );
        return withOverride(
          {
            ...change,
            next: {
              ...change.next,
              draftOrder: {...draft, invoiceSentAt: sent.invoiceSentAt ?? now},
            },
            kind: 'invoice_sent' as const,
            wording: caseWording('timeline.invoiceSentByShopify', {
              name: draft.name,
              basis: {say: basis.wording},
            }),
          },
          overridden,
        );
      });
    },

    /** Refunds what the promise owed on the order paid without it, and resolves the case. */
    async refund(shop: string, id: string, actor: string) {
      const current = await deps.service.load(shop, id);
      const owed = await refundOwed(deps.storage, current);
      if (!owed) throw refusal('CONFLICT', 'Nothing owed', 'refusal.nothingOwed');
      const refunded = await refundDifference(
        deps.adminQuery,
        shop,
        owed.orderId,
        owed.owed,
        `The promised discount did not apply (Heed case ${current.id}).`,
        // One refund per case, even when the request is repeated.
        `refund:${current.id}`,
      );
      if (!refunded.ok) {
        throw refusal('SHOPIFY_UNAVAILABLE', 'Refund failed', 'refusal.refundNotMade', {
          values: {reason: failureValue(refunded)},
          retryable: refunded.retryable,
        });
      }
      const names = await deps.service.names(shop);
      return deps.service.update(shop, id, actor, async (fresh, now) => {
        const resolved = transition(
          fresh,
          {kind: 'resolve', outcome: 'difference_refunded'},
          actor,
          now,
          {names},
        );
        return {
          next: resolved.ok ? {...resolved.next, contactDetails: null} : {},
          kind: 'refunded',
          wording: caseWording('timeline.refunded', {
            amount: {money: owed.owed.amount, currency: owed.owed.currencyCode},
            order: refunded.refund.orderName,
          }),
          data: {refundId: refunded.refund.id, orderId: owed.orderId},
        };
      });
    },
  };
}

export type CaseOrders = ReturnType<typeof createCaseOrders>;

/** "2 × Mink coat, 1 × an untitled line": the lines a draft order could not recreate. */
function droppedLines(lines: Array<{quantity: number; title: string | null}>): WordValue {
  const said = lines.map((l) =>
    clause('timeline.droppedLine', {
      quantity: l.quantity,
      title: l.title ?? clause('timeline.untitledLine'),
    }),
  );
  return said.reduce((list, line) => clause('timeline.listed', {list, line}));
}

/**
 * What the promise owed on the order the case's checkout became, when it was paid without it: the
 * promised percentage of the subtotal, the promised amount (at most the subtotal), or the shipping.
 */
export async function refundOwed(
  storage: Storage,
  followup: FollowupCase,
): Promise<{owed: Money; orderId: string} | null> {
  if (!isPromiseCase(followup) || followup.resolvedAt !== null) return null;
  const terms = followup.snapshot.promise?.terms;
  const orderId = await orderOfCase(storage, followup);
  const cart = [...followup.snapshot.journeys].reverse().find((j) => j.cart)?.cart;
  if (!terms || !orderId || !cart) return null;
  if (
    (cart.discountsAmount?.amount ?? 0) > 0 &&
    cart.codesApplied.some((c) => followup.snapshot.promise?.codes.includes(c))
  ) {
    return null;
  }
  const currencyCode = cart.currencyCode;
  const subtotal = cart.subtotal?.amount ?? null;
  let amount: number | null = null;
  if (terms.kind === 'percentage' && subtotal !== null && terms.value !== null) {
    amount = (subtotal * terms.value) / 100;
  } else if (terms.kind === 'fixed_amount' && subtotal !== null && terms.value !== null) {
    amount = Math.min(terms.value, subtotal);
  } else if (terms.kind === 'free_shipping') {
    amount = cart.shipping?.amount ?? null;
  }
  if (amount === null || amount <= 0) return null;
  return {owed: {amount: Math.round(amount * 100) / 100, currencyCode}, orderId};
}
