import type {z} from 'zod';
import type {checkoutPayload, orderPayload} from '../webhooks/payloads';
import type {CheckoutOutcome} from '../checkout/outcome-signal';
import {hashEmail} from '../privacy';
import {attributionOf, withAttribution, withCodes, withIdentity} from './apply-checkout';
import {withCompletion, withOutcomeFact} from './apply-details';
import {withCheckoutToken} from './apply-event';
import {emptyJourney} from './journey';
import type {Journey, OrderKey} from './journey';
import {currentStepOf} from './journey-views';
import {compareKeys} from './order-key';
import {readRestFields, webhookCart, webhookStepOf} from './webhook-cart';
import {customerGid, orderGid} from '../shopify-ids';
import {stepRank} from './journey';
import type {OtherOrder} from './journey';
import type {RestCommerceFields} from './webhook-cart';

export type CheckoutWebhook = z.infer<typeof checkoutPayload>;
export type OrderWebhook = z.infer<typeof orderPayload>;

/**
 * Joins a `checkouts/create|update` payload (already parsed by `checkoutPayload`). A delivery not
 * newer than the last one applied changes nothing, so redeliveries and late arrivals are harmless.
 */
export function applyCheckoutWebhook(
  journey: Journey | undefined,
  payload: CheckoutWebhook,
  shop: string,
): Journey {
  const at = Date.parse(payload.updated_at);
  const base = journeyFor(journey, payload.token, shop, at);
  if (base.checkoutWebhookAt !== null && at <= base.checkoutWebhookAt) return base;
  const fields = readRestFields(payload);
  const key: OrderKey = {at, seq: -1, eventId: `webhook:checkout:${payload.id}`};
  const joined = withWebhookStep(withCommerceFacts(base, payload, fields, key), fields, at);
  const completedAt = fields.completed_at ? Date.parse(fields.completed_at) : Number.NaN;
  const completed = Number.isNaN(completedAt)
    ? joined
    : withCompletion(joined, {at: completedAt, orderId: null, source: 'webhook', eventId: null});
  return finish({...completed, checkoutWebhookAt: at}, fields, at);
}

/**
 * Joins `orders/create` to its checkout's journey; null when the order came from no checkout
 * (POS, draft orders: those join the shopper's journeys through `withOtherOrder`).
 */
export function applyOrderWebhook(
  journey: Journey | undefined,
  payload: OrderWebhook,
  shop: string,
): Journey | null {
  const token = payload.checkout_token ?? journey?.checkoutToken ?? null;
  if (!token) return journey ?? null;
  const fields = readRestFields(payload);
  const createdAt = fields.created_at ? Date.parse(fields.created_at) : Number.NaN;
  const at = Number.isNaN(createdAt) ? Date.parse(payload.updated_at) : createdAt;
  const base = journeyFor(journey, token, shop, at);
  const key: OrderKey = {at, seq: -1, eventId: `webhook:order:${payload.id}`};
  const joined = withCommerceFacts(base, payload, fields, key);
  const completed = withCompletion(joined, {
    at,
    orderId: orderGid(payload.id),
    source: 'webhook',
    eventId: null,
  });
  return finish(completed, fields, at);
}

/**
 * The shopper placed an order outside this checkout (phone, draft order, POS, another checkout):
 * a later order means they bought, and nobody should chase this checkout any more.
 */
export function withOtherOrder(journey: Journey, order: OtherOrder): Journey {
  if (journey.completion?.orderId === order.orderId) return journey;
  if (journey.otherOrders.some((o) => o.orderId === order.orderId)) return journey;
  const otherOrders = [...journey.otherOrders, order]
    .sort((a, b) => a.at - b.at || (a.orderId < b.orderId ? -1 : 1))
    .slice(-MAX_OTHER_ORDERS);
  return {...journey, otherOrders};
}

const MAX_OTHER_ORDERS = 20;

function withWebhookStep(journey: Journey, fields: RestCommerceFields, at: number): Journey {
  const step = webhookStepOf(fields);
  const known = journey.webhookStep;
  if (!step || (known && stepRank(known.step) >= stepRank(step))) return journey;
  return {...journey, webhookStep: {step, at}};
}

/** Joins what the checkout extension reported (`POST /api/checkout/outcome`). */
export function applyOutcome(
  journey: Journey | undefined,
  outcome: CheckoutOutcome,
  context: {shop: string; at: number; customerId?: string | null},
): Journey | null {
  const token = outcome.checkoutToken || journey?.checkoutToken || null;
  if (!journey && !token) return null;
  const found = journeyFor(journey, token, context.shop, context.at);
  // The checkout's session token names a signed-in customer (`sub`).
  const base = withIdentity(
    found,
    {
      customerId: customerGid(context.customerId),
      emailHash: null,
      isFirstOrder: null,
      acceptsEmailMarketing: null,
    },
    context.at,
  );
  return withOutcomeFact(
    {...base, lastActivityAt: Math.max(base.lastActivityAt, context.at)},
    {
      at: context.at,
      source: 'extension',
      eventId: null,
      state: outcome.state,
      reason: outcome.reason ?? null,
      campaignId: outcome.campaignId,
      code: outcome.code,
      orderId: orderGid(outcome.orderId),
    },
  );
}

function journeyFor(
  journey: Journey | undefined,
  token: string | null,
  shop: string,
  at: number,
): Journey {
  if (!journey) return emptyJourney(shop, {checkoutToken: token, clientId: null}, at);
  if (journey.shop !== shop) throw new Error('journey of another shop');
  if (token && journey.checkoutToken && journey.checkoutToken !== token) {
    throw new Error('journey of another checkout');
  }
  return token ? withCheckoutToken(journey, token) : journey;
}

function withCommerceFacts(
  journey: Journey,
  payload: CheckoutWebhook | OrderWebhook,
  fields: RestCommerceFields,
  key: OrderKey,
): Journey {
  const cart = webhookCart(fields, key);
  const email = payload.email ?? payload.customer?.email ?? null;
  return withIdentity(
    {
      ...withAttribution(journey, attributionOf(fields.note_attributes, key)),
      cart: journey.cart && compareKeys(journey.cart.asOf, key) > 0 ? journey.cart : cart,
      discountCodesSeen: withCodes(journey.discountCodesSeen, cart.discountApplications),
    },
    {
      customerId: customerGid(payload.customer?.id),
      emailHash: email ? hashEmail(journey.shop, email) : null,
      isFirstOrder: null,
      acceptsEmailMarketing: fields.buyer_accepts_marketing ?? null,
    },
    key.at,
  );
}

function finish(journey: Journey, fields: RestCommerceFields, at: number): Journey {
  const createdAt = fields.created_at ? Date.parse(fields.created_at) : Number.NaN;
  return {
    ...journey,
    startedAt: Math.min(journey.startedAt, Number.isNaN(createdAt) ? at : createdAt),
    lastActivityAt: Math.max(journey.lastActivityAt, at),
    currentStep: currentStepOf(journey),
  };
}
