import type {Storage, Repositories} from '../storage';
import type {Logger} from '../logger';
import type {PlacedOrder} from '../webhooks/handler-types';
import {PROMISE_SIGNAL_TYPES} from '../signals/signal';
import type {WordValue, Wording} from '../sentences/wording';
import {addEvent, type CaseChange} from './case-timeline';
import {forgetContact} from './contact-retention';
import {caseWording, clause} from './case-words';
import type {FollowupCase} from './types';

/** A case write that lost a race is tried again this many times. */
const ATTEMPTS = 3;

/**
 * Never chase a buyer: an order of the shopper, from any channel, resolves their open case as
 * purchased, joined by the draft order Heed created, the checkout, the customer or the email
 * hash. A case about a broken promise stays open after an order that is not Heed's own: the
 * difference is still owed. Revenue counts as recovered only when a person contacted the shopper
 * before the order. The same order told five times, at once, resolves once and counts once (the
 * resolution is a once-only timeline line, decided by the database).
 */
export function createOrderResolution(deps: {
  storage: Storage;
  logger: Logger;
  now: () => number;
  afterChange?: (shop: string, followup: FollowupCase, change: CaseChange) => void;
}) {
  async function resolveOne(
    shop: string,
    caseId: string,
    order: PlacedOrder,
    timeZone: string | null,
  ): Promise<FollowupCase | null> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const result = await deps.storage
        .transaction(async (tx) => {
          const current = await tx.cases.get(shop, caseId);
          if (!current || current.resolvedAt !== null) return {done: null};
          if (!concerns(current, order)) return {done: null};
          const now = deps.now();
          if (owesDifference(current, order)) {
            await addEvent(tx, current, now, 'note', owedSentence(order), {
              onceKey: `order:${order.orderId}:${caseId}`,
              data: {orderId: order.orderId},
              timeZone,
            });
            return {done: null};
          }
          const first = await addEvent(
            tx,
            current,
            now,
            'resolved',
            resolvedSentence(current, order),
            {
              onceKey: `resolved-by:${order.orderId}:${caseId}`,
              data: {orderId: order.orderId, sourceName: order.sourceName},
              timeZone,
            },
          );
          if (!first) return {done: null};
          const next = resolvedBy(current, order, now);
          if (!(await tx.cases.update(next))) throw new StaleCase();
          await cancelPendingContacts(tx, next, now);
          return {done: next};
        })
        .catch((error: unknown) => {
          if (error instanceof StaleCase && attempt < ATTEMPTS) return {retry: true as const};
          throw error;
        });
      if ('done' in result) return result.done;
    }
    return null;
  }

  return {
    async orderPlaced(shop: string, order: PlacedOrder): Promise<void> {
      const candidates = await deps.storage.cases.openForOrder(shop, {
        caseId: order.heedCaseId,
        checkoutToken: order.checkoutToken,
        customerId: order.customerId,
        emailHash: order.emailHash,
      });
      if (candidates.length === 0) return;
      const timeZone = (await deps.storage.shops.get(shop))?.timeZone ?? null;
      for (const candidate of candidates) {
        const resolved = await resolveOne(shop, candidate.id, order, timeZone);
        if (resolved) deps.afterChange?.(shop, resolved, 'updated');
      }
    },
  };
}

export type OrderResolution = ReturnType<typeof createOrderResolution>;

class StaleCase extends Error {}

/** An order placed before the case's first checkout began is not news to the case. */
function concerns(followup: FollowupCase, order: PlacedOrder): boolean {
  if (order.heedCaseId === followup.id) return true;
  const began = Math.min(...followup.snapshot.journeys.map((j) => j.startedAt), followup.openedAt);
  return order.placedAt >= began;
}

function owesDifference(followup: FollowupCase, order: PlacedOrder): boolean {
  const promise = followup.signalTypes.some((t) => PROMISE_SIGNAL_TYPES.has(t));
  return promise && order.heedCaseId !== followup.id;
}

function resolvedBy(followup: FollowupCase, order: PlacedOrder, now: number): FollowupCase {
  const contactedBefore =
    followup.firstContactAt !== null && followup.firstContactAt <= order.placedAt;
  // Contact details live on the case only while a person may need them.
  return forgetContact({
    ...followup,
    status: 'resolved',
    resolvedAt: now,
    outcome: 'purchased',
    resolvedOrderId: order.orderId,
    recoveredRevenue: contactedBefore ? order.total : null,
    snoozedUntil: null,
    updatedAt: now,
    revision: followup.revision + 1,
  });
}

/** Contacts a person had not made yet are off: the shopper bought. */
async function cancelPendingContacts(tx: Repositories, followup: FollowupCase, now: number) {
  if (followup.firstContactAt !== null) return;
  await addEvent(tx, followup, now, 'contact_cancelled', caseWording('timeline.contactCancelled'));
}

function channelWords(sourceName: string | null): WordValue {
  if (sourceName === 'shopify_draft_order') return clause('orderedThrough.draftOrder');
  if (sourceName === 'pos') return clause('orderedThrough.pointOfSale');
  if (sourceName === 'web' || sourceName === null) return clause('orderedThrough.online');
  return clause('orderedThrough.other', {source: sourceName});
}

function resolvedSentence(followup: FollowupCase, order: PlacedOrder): Wording {
  const how =
    order.heedCaseId === followup.id
      ? clause('orderedThrough.heedDraftOrder')
      : channelWords(order.sourceName);
  return caseWording('timeline.resolvedPurchased', {
    how,
    at: {at: order.placedAt, style: 'clock'},
  });
}

function owedSentence(order: PlacedOrder): Wording {
  return caseWording('timeline.stillOwed', {
    how: channelWords(order.sourceName),
    at: {at: order.placedAt, style: 'clock'},
  });
}
