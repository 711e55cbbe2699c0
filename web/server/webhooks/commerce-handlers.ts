import {HeedError} from '../errors';
import type {CommerceKind} from '../storage/commerce-records-repository';
import {applyCheckoutWebhook, applyOrderWebhook} from '../signals/apply-webhook';
import {commerceFacts, HEED_ATTRIBUTE_PREFIX, type CommerceFacts} from './commerce-facts';

/** The attribute a draft order Heed created carries, naming its case. */
export const HEED_CASE_ATTRIBUTE = `${HEED_ATTRIBUTE_PREFIX}case`;
import {checkoutPayload, orderPayload} from './payloads';
import type {PlacedOrder, WebhookContext, WebhookHandlerDeps} from './handler-types';

/**
 * orders/create and checkouts/* become the latest known facts of each order and checkout (never
 * the body itself: see commerce-facts.ts). Every order stored, from any channel, is announced to
 * `orderPlaced`, so that a shopper who bought is not chased.
 */
export function createCommerceHandlers({
  storage,
  now,
  joinJourney,
  orderPlaced,
}: WebhookHandlerDeps) {
  async function store(shop: string, kind: CommerceKind, facts: CommerceFacts, updatedAt: string) {
    return storage.commerceRecords.upsertIfNewer(
      {
        shop,
        kind,
        resourceId: facts.id,
        checkoutToken: facts.checkout_token,
        customerId: facts.customer_id,
        emailHash: facts.email_hash,
        resourceUpdatedAt: Date.parse(updatedAt),
        placedAt: kind === 'order' ? placedAt(facts, updatedAt) : null,
        sourceName: facts.source_name,
        payload: facts,
      },
      now(),
    );
  }

  return {
    async order({shop, payload}: WebhookContext) {
      const order = orderPayload.parse(payload);
      const facts = commerceFacts(shop, 'order', payload);
      // A Shopify order id is a number; anything else would be stored under a name nothing joins.
      if (!facts.id) throw new HeedError('VALIDATION_FAILED', 'orders/create without an order id');
      const stored = await store(shop, 'order', facts, order.updated_at);
      if (stored !== 'stored') return;
      if (order.checkout_token) {
        await joinJourney?.(shop, {checkoutToken: order.checkout_token}, (journey) =>
          applyOrderWebhook(journey, order, shop),
        );
      }
      // Awaited: when it fails, the delivery fails and is retried, and the order is told again.
      await orderPlaced?.(shop, shopperOrder(facts, order.updated_at));
    },
    async checkout({shop, payload}: WebhookContext) {
      const checkout = checkoutPayload.parse(payload);
      const stored = await store(
        shop,
        'checkout',
        commerceFacts(shop, 'checkout', payload),
        checkout.updated_at,
      );
      if (stored === 'stored') {
        await joinJourney?.(shop, {checkoutToken: checkout.token}, (journey) =>
          applyCheckoutWebhook(journey, checkout, shop),
        );
      }
    },
  };
}

/** When the order was placed: its `created_at`, else (never seen from Shopify) its update. */
function placedAt(facts: CommerceFacts, updatedAt: string): number {
  const created = facts.created_at ? Date.parse(facts.created_at) : Number.NaN;
  return Number.isNaN(created) ? Date.parse(updatedAt) : created;
}

function shopperOrder(facts: CommerceFacts, updatedAt: string): PlacedOrder {
  const total = facts.total_price === null ? Number.NaN : Number(facts.total_price);
  return {
    total:
      Number.isFinite(total) && facts.currency
        ? {amount: total, currencyCode: facts.currency}
        : null,
    heedCaseId: facts.note_attributes.find((a) => a.name === HEED_CASE_ATTRIBUTE)?.value ?? null,
    orderId: facts.id,
    checkoutToken: facts.checkout_token,
    customerId: facts.customer_id,
    emailHash: facts.email_hash,
    placedAt: placedAt(facts, updatedAt),
    sourceName: facts.source_name,
  };
}
