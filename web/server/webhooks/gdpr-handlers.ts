import {deleteShopSessions} from '../storage/session-storage';
import {customersDataRequestPayload, customersRedactPayload} from './payloads';
import type {WebhookContext, WebhookHandlerDeps} from './handler-types';
import {
  casesOf,
  eraseCustomer,
  identify,
  journeysOf,
  orderIdsOf,
  ordersOf,
  referencesOf,
} from './customer-erasure';
import {exportCases} from './case-export';
import {WEBHOOK_TOPICS} from './topics';

/**
 * Mandatory compliance webhooks. They act for real: data requests produce an export of every
 * record Heed holds for the customer; redactions delete them, and leave no row that names them.
 * https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance
 */
export function createGdprHandlers({storage, sessionStorage, logger, now}: WebhookHandlerDeps) {
  return {
    async customersDataRequest({shop, payload, occurredAt}: WebhookContext) {
      const request = customersDataRequestPayload.parse(payload);
      const who = identify(shop, request.customer);
      const customerId = who.customerIds[0] ?? null;
      // The orders Shopify names are the customer's, even a guest order Heed could not join.
      const orders = await ordersOf(storage, shop, orderIdsOf(request.orders_requested));
      const refs = referencesOf(who, orders);
      const records = uniqueBy(
        [
          ...orders,
          ...(
            await Promise.all(refs.map((ref) => storage.commerceRecords.findForCustomer(shop, ref)))
          ).flat(),
        ],
        (r) => `${r.kind}:${r.resourceId}`,
      );
      const signals = uniqueBy(
        (
          await Promise.all(who.customerIds.map((id) => storage.signals.findForCustomer(shop, id)))
        ).flat(),
        (x) => x.id,
      );
      const tokens = [
        ...new Set(records.flatMap((r) => (r.checkoutToken ? [r.checkoutToken] : []))),
      ];
      const journeys = await journeysOf(storage, shop, refs, tokens);
      const cases = await exportCases(
        storage,
        shop,
        await casesOf(storage, shop, refs, tokens, journeys),
      );
      await storage.gdprRequests.record({
        shop,
        topic: WEBHOOK_TOPICS.customersDataRequest,
        customerId,
        emailHash: who.emailHash,
        dataRequestId: request.data_request?.id ?? null,
        receivedAt: occurredAt,
        completedAt: now(),
        export: {
          customerId,
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
          cases,
        },
      });
      logger.info(
        {shop, records: records.length, cases: cases.length},
        'customer data request exported',
      );
    },

    async customersRedact({shop, payload, occurredAt}: WebhookContext) {
      const request = customersRedactPayload.parse(payload);
      const erased = await eraseCustomer(storage, shop, request);
      // The record that a redaction was done names nobody: who it was is what was erased.
      await storage.gdprRequests.record({
        shop,
        topic: WEBHOOK_TOPICS.customersRedact,
        customerId: null,
        dataRequestId: null,
        receivedAt: occurredAt,
        completedAt: now(),
      });
      logger.info({shop, erased}, 'customer redacted');
    },

    /** 48 hours after uninstall: everything Heed holds for the shop goes, sessions included. */
    async shopRedact({shop}: WebhookContext) {
      await storage.campaigns.deleteShop(shop);
      await storage.signals.deleteShop(shop);
      await storage.pixelEvents.deleteShop(shop);
      await storage.commerceRecords.deleteShop(shop);
      await storage.gdprRequests.deleteShop(shop);
      await storage.webhookDeliveries.deleteShop(shop);
      await storage.cases.deleteShop(shop);
      await storage.rules.deleteShop(shop);
      await storage.staff.deleteShop(shop);
      await storage.mailSettings.deleteShop(shop);
      await storage.followupSettings.deleteShop(shop);
      await storage.rateLimits.deleteShop(shop);
      await storage.shops.delete(shop);
      await deleteShopSessions(sessionStorage, shop);
      logger.info({shop}, 'shop redacted');
    },
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
