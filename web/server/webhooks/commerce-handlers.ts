import {hashEmail} from '../privacy';
import type {CommerceKind} from '../storage/commerce-records-repository';
import {checkoutPayload, orderPayload} from './payloads';
import type {WebhookContext, WebhookHandlerDeps} from './handler-types';
import {applyCheckoutWebhook, applyOrderWebhook} from '../signals/apply-webhook';

/** orders/create and checkouts/* become the latest known version of each order and checkout. */
export function createCommerceHandlers({storage, now, joinJourney}: WebhookHandlerDeps) {
  async function store(shop: string, kind: CommerceKind, fields: CommerceFields, payload: unknown) {
    const email = fields.email ?? fields.customer?.email ?? null;
    return storage.commerceRecords.upsertIfNewer(
      {
        shop,
        kind,
        resourceId: fields.id,
        checkoutToken: fields.checkoutToken,
        customerId: fields.customer?.id ?? null,
        emailHash: email ? hashEmail(shop, email) : null,
        resourceUpdatedAt: Date.parse(fields.updatedAt),
        payload,
      },
      now(),
    );
  }

  return {
    async order({shop, payload}: WebhookContext) {
      const order = orderPayload.parse(payload);
      const stored = await store(
        shop,
        'order',
        {...order, updatedAt: order.updated_at, checkoutToken: order.checkout_token ?? null},
        payload,
      );
      if (stored === 'stored' && order.checkout_token) {
        await joinJourney?.(shop, {checkoutToken: order.checkout_token}, (journey) =>
          applyOrderWebhook(journey, order, shop),
        );
      }
    },
    async checkout({shop, payload}: WebhookContext) {
      const checkout = checkoutPayload.parse(payload);
      const stored = await store(
        shop,
        'checkout',
        {...checkout, updatedAt: checkout.updated_at, checkoutToken: checkout.token},
        payload,
      );
      if (stored === 'stored') {
        await joinJourney?.(shop, {checkoutToken: checkout.token}, (journey) =>
          applyCheckoutWebhook(journey, checkout, shop),
        );
      }
    },
  };
}

interface CommerceFields {
  id: string;
  updatedAt: string;
  checkoutToken: string | null;
  email?: string | null | undefined;
  customer?: {id?: string | undefined; email?: string | null | undefined} | null | undefined;
}
