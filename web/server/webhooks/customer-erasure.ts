import type {z} from 'zod';
import type {Storage} from '../storage';
import type {CommerceRecord, CustomerRef} from '../storage/commerce-records-repository';
import type {JourneyRecord} from '../storage/journeys-repository';
import {hashEmail} from '../privacy';
import {customerGid, legacyIdOf, orderGid} from '../shopify-ids';
import {journeyIdFor} from '../signals/journey';
import type {customersRedactPayload} from './payloads';
import {WEBHOOK_TOPICS} from './topics';

/** Unprocessed deliveries looked at per query when a customer is redacted. */
const DELIVERY_PAGE = 100;

/** A customer as Shopify names them in a compliance webhook, in every form Heed may hold. */
export interface CustomerIdentity {
  /** The customer GID and its bare number: rows written before ids became GIDs hold the number. */
  customerIds: string[];
  email: string | null;
  emailHash: string | null;
}

export function identify(
  shop: string,
  customer: {id?: string | null | undefined; email?: string | null | undefined},
): CustomerIdentity {
  const gid = customerGid(customer.id);
  const email = customer.email?.trim().toLowerCase() || null;
  return {
    customerIds: gid ? [gid, legacyIdOf(gid) ?? gid] : [],
    email,
    emailHash: email ? hashEmail(shop, email) : null,
  };
}

/**
 * Whether a webhook body names the customer: a value that is their id (number or GID), or text
 * that contains their email, anywhere in it.
 */
export function mentionsCustomer(body: unknown, who: CustomerIdentity): boolean {
  if (typeof body === 'string') {
    if (who.email !== null && body.toLowerCase().includes(who.email)) return true;
  }
  if (typeof body === 'string' || typeof body === 'number') {
    const gid = customerGid(body);
    return gid !== null && gid === who.customerIds[0];
  }
  if (Array.isArray(body)) return body.some((item) => mentionsCustomer(item, who));
  if (typeof body === 'object' && body !== null) {
    return Object.values(body).some((value) => mentionsCustomer(value, who));
  }
  return false;
}

type RedactRequest = z.infer<typeof customersRedactPayload>;

/**
 * customers/redact: every row that holds the customer goes — their follow-up cases, commerce
 * facts, journeys with their pixel events and signals, quarantined events, the payloads of
 * deliveries not processed yet, and what their data requests exported. Each step deletes what it still finds, so a retry after a
 * failure finishes the work. Answers how many rows went or were cleared.
 */
export async function eraseCustomer(
  storage: Storage,
  shop: string,
  request: RedactRequest,
): Promise<number> {
  const who = identify(shop, request.customer);
  const orderIds = orderIdsOf(request.orders_to_redact);
  const orders = await ordersOf(storage, shop, orderIds);
  const refs = referencesOf(who, orders);
  const records = (
    await Promise.all(refs.map((ref) => storage.commerceRecords.findForCustomer(shop, ref)))
  ).flat();
  const tokens = unique([...records, ...orders].map((r) => r.checkoutToken));

  const journeys = await journeysOf(storage, shop, refs, tokens);
  const caseIds = await casesOf(storage, shop, refs, tokens, journeys);
  await storage.cases.deleteCases(shop, caseIds);
  let erased = caseIds.length;
  erased += await eraseJourneys(storage, shop, tokens, journeys);
  for (const ref of refs) erased += await storage.commerceRecords.deleteForCustomer(shop, ref);
  erased += await storage.commerceRecords.delete(shop, 'order', orderIds);
  for (const id of who.customerIds) erased += await storage.signals.deleteForCustomer(shop, id);
  erased += await storage.signals.deleteForOrders(shop, orderIds);
  erased += await storage.pixelEvents.deleteQuarantinedContaining(shop, quarantineNeedles(who));
  erased += await redactUnprocessedDeliveries(storage, shop, who);
  erased += await storage.gdprRequests.forgetCustomer(shop, who);
  return erased;
}

/**
 * The customer's cases (snapshot, timeline, contacts): a case is about one shopper, and its story
 * is theirs. Found by customer, email hash, or a checkout of theirs, by its journey id, which
 * comes from the checkout token: a guest's case has no other key, and its link outlives the
 * journey row.
 */
export async function casesOf(
  storage: Storage,
  shop: string,
  refs: CustomerRef[],
  checkoutTokens: string[],
  journeys: JourneyRecord[],
): Promise<string[]> {
  const ids = new Set<string>();
  for (const ref of refs)
    for (const id of await storage.cases.idsForShopper(shop, ref)) ids.add(id);
  const journeyIds = unique([
    ...checkoutTokens.map((checkoutToken) => journeyIdFor(shop, {checkoutToken, clientId: null})),
    ...journeys.map((j) => j.id),
  ]);
  for (const id of await storage.cases.idsForJourneys(shop, journeyIds)) ids.add(id);
  return [...ids];
}

/** The customer's checkout journeys: by customer or email hash, and by their checkouts. */
export async function journeysOf(
  storage: Storage,
  shop: string,
  refs: CustomerRef[],
  checkoutTokens: string[],
): Promise<JourneyRecord[]> {
  const byIdentity = await Promise.all(refs.map((ref) => storage.journeys.forCustomer(shop, ref)));
  const byCheckout = await storage.journeys.getMany(
    shop,
    checkoutTokens.map((checkoutToken) => journeyIdFor(shop, {checkoutToken, clientId: null})),
  );
  const journeys = new Map<string, JourneyRecord>();
  for (const journey of [...byIdentity.flat(), ...byCheckout.values()])
    journeys.set(journey.id, journey);
  return [...journeys.values()];
}

/** Order ids as a compliance request gives them, in both forms Heed may hold. */
export function orderIdsOf(ids: Array<string | number>): string[] {
  return ids.flatMap((id) => {
    const gid = orderGid(id);
    return gid ? [gid, legacyIdOf(gid) ?? gid] : [];
  });
}

/** The orders a compliance request names, as Heed recorded them (by GID and bare number). */
export async function ordersOf(
  storage: Storage,
  shop: string,
  orderIds: string[],
): Promise<CommerceRecord[]> {
  const found = await Promise.all(
    orderIds.map((id) => storage.commerceRecords.get(shop, 'order', id)),
  );
  return found.filter((order): order is CommerceRecord => order !== undefined);
}

/** The customer by each id form and email, and whoever the given (redacted) orders name. */
export function referencesOf(who: CustomerIdentity, orders: CommerceRecord[] = []): CustomerRef[] {
  const refs: CustomerRef[] = [
    {customerId: who.customerIds[0] ?? null, emailHash: who.emailHash},
    ...who.customerIds.slice(1).map((customerId) => ({customerId, emailHash: null})),
    ...orders.map((o) => ({customerId: o.customerId, emailHash: o.emailHash})),
  ];
  return refs.filter((ref) => ref.customerId !== null || ref.emailHash !== null);
}

/** A customer's checkout journeys go with the pixel events and signals they were built from. */
async function eraseJourneys(
  storage: Storage,
  shop: string,
  checkoutTokens: string[],
  all: JourneyRecord[],
): Promise<number> {
  const tokens = unique([...checkoutTokens, ...all.map((j) => j.checkoutToken)]);
  const clientIds = unique(all.map((j) => j.clientId));
  const ids = all.map((j) => j.id);
  let erased = await storage.pixelEvents.deleteForCheckouts(shop, tokens, clientIds);
  erased += await storage.signals.deleteForJourneys(shop, ids);
  await storage.journeys.delete(shop, ids);
  return erased + ids.length;
}

/** How the customer appears in a stored JSON payload: their email hash, their ids as JSON values. */
function quarantineNeedles(who: CustomerIdentity): string[] {
  const ids = who.customerIds.flatMap((id) => [`"${id}"`, `:${id},`, `:${id}}`]);
  return who.emailHash ? [who.emailHash, ...ids] : ids;
}

/**
 * Deliveries not processed yet that name the customer lose their payload, so that no retry
 * stores the customer again. The redaction's own delivery is left to finish.
 */
async function redactUnprocessedDeliveries(
  storage: Storage,
  shop: string,
  who: CustomerIdentity,
): Promise<number> {
  const needles = unique([who.email, ...who.customerIds.slice(1)]);
  let redacted = 0;
  let after: {eventId: string; topic: string} | null = null;
  for (;;) {
    const page = await storage.webhookDeliveries.unprocessedContaining(
      shop,
      needles,
      DELIVERY_PAGE,
      after,
    );
    for (const delivery of page) {
      if (delivery.topic === WEBHOOK_TOPICS.customersRedact) continue;
      if (!mentionsCustomer(parseOrNull(delivery.payload), who)) continue;
      await storage.webhookDeliveries.redactPayload({
        shop,
        eventId: delivery.eventId,
        topic: delivery.topic,
      });
      redacted += 1;
    }
    const last = page.at(-1);
    if (!last || page.length < DELIVERY_PAGE) return redacted;
    after = {eventId: last.eventId, topic: last.topic};
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
}
