import {hashEmail} from '../privacy';
import {customerGid, orderGid} from '../shopify-ids';
import {deleteShopSessions} from '../storage/session-storage';
import {customersDataRequestPayload, customersRedactPayload} from './payloads';
import type {WebhookContext, WebhookHandlerDeps} from './handler-types';
import {WEBHOOK_TOPICS} from './topics';

/**
 * Mandatory compliance webhooks. They act for real: data requests produce an export of every
 * record Heed holds for the customer; redactions delete them.
 * https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance
 */
export function createGdprHandlers({storage, sessionStorage, logger, now}: WebhookHandlerDeps) {
  /** A customer's checkout journeys go with the pixel events and signals they were built from. */
  async function eraseJourneys(
    shop: string,
    who: {customerId: string | null; emailHash: string | null},
  ) {
    const journeys = await storage.journeys.forCustomer(shop, who);
    if (journeys.length === 0) return 0;
    const ids = journeys.map((j) => j.id);
    const tokens = journeys.flatMap((j) => (j.checkoutToken ? [j.checkoutToken] : []));
    const clientIds = journeys.flatMap((j) => (j.clientId ? [j.clientId] : []));
    const events = await storage.pixelEvents.deleteForCheckouts(shop, tokens, clientIds);
    await storage.signals.deleteForJourneys(shop, ids);
    await storage.journeys.delete(shop, ids);
    return events + journeys.length;
  }

  return {
    async customersDataRequest({shop, payload, occurredAt}: WebhookContext) {
      const request = customersDataRequestPayload.parse(payload);
      const who = customerRef(shop, request.customer);
      const records = await storage.commerceRecords.findForCustomer(shop, who);
      const signals = who.customerId
        ? await storage.signals.findForCustomer(shop, who.customerId)
        : [];
      const journeys = await storage.journeys.forCustomer(shop, who);
      await storage.gdprRequests.record({
        shop,
        topic: WEBHOOK_TOPICS.customersDataRequest,
        customerId: who.customerId,
        dataRequestId: request.data_request?.id ?? null,
        receivedAt: occurredAt,
        completedAt: now(),
        export: {
          customerId: who.customerId,
          ordersRequested: request.orders_requested,
          records: records.map((r) => ({kind: r.kind, id: r.resourceId, data: r.payload})),
          checkouts: journeys.map((j) => ({
            checkoutToken: j.checkoutToken,
            startedAt: new Date(j.startedAt).toISOString(),
            journey: j.state,
          })),
          signals: signals.map((x) => ({
            type: x.type,
            sentence: x.sentence,
            occurredAt: new Date(x.occurredAt).toISOString(),
          })),
        },
      });
      logger.info({shop, records: records.length}, 'customer data request exported');
    },

    async customersRedact({shop, payload, occurredAt}: WebhookContext) {
      const request = customersRedactPayload.parse(payload);
      const who = customerRef(shop, request.customer);
      let deleted = await storage.commerceRecords.deleteForCustomer(shop, who);
      if (who.customerId) deleted += await storage.signals.deleteForCustomer(shop, who.customerId);
      deleted += await eraseJourneys(shop, who);
      for (const orderId of request.orders_to_redact) {
        const order = await storage.commerceRecords.get(shop, 'order', orderGid(orderId) ?? '');
        if (order) {
          await storage.commerceRecords.deleteForCustomer(shop, {
            customerId: order.customerId,
            emailHash: order.emailHash,
          });
          deleted += 1;
        }
      }
      await storage.gdprRequests.record({
        shop,
        topic: WEBHOOK_TOPICS.customersRedact,
        customerId: who.customerId,
        dataRequestId: null,
        receivedAt: occurredAt,
        completedAt: now(),
      });
      logger.info({shop, deleted}, 'customer redacted');
    },

    /** 48 hours after uninstall: everything Heed holds for the shop goes, sessions included. */
    async shopRedact({shop}: WebhookContext) {
      await storage.campaigns.deleteShop(shop);
      await storage.signals.deleteShop(shop);
      await storage.pixelEvents.deleteShop(shop);
      await storage.commerceRecords.deleteShop(shop);
      await storage.gdprRequests.deleteShop(shop);
      await storage.webhookDeliveries.deleteShop(shop);
      await storage.shops.delete(shop);
      await deleteShopSessions(sessionStorage, shop);
      logger.info({shop}, 'shop redacted');
    },
  };
}

function customerRef(
  shop: string,
  customer: {id?: string | null | undefined; email?: string | null | undefined},
) {
  return {
    customerId: customerGid(customer.id),
    emailHash: customer.email ? hashEmail(shop, customer.email) : null,
  };
}
