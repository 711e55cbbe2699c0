import {hashEmail} from '../privacy';
import type {CommerceKind} from '../storage/commerce-records-repository';
import {checkoutPayload, orderPayload} from './payloads';
import type {WebhookContext, WebhookHandlerDeps} from './handler-types';

/** orders/create and checkouts/* become the latest known version of each order and checkout. */
export function createCommerceHandlers({storage, now}: WebhookHandlerDeps) {
  async function store(shop: string, kind: CommerceKind, fields: CommerceFields, payload: unknown) {
    const email = fields.email ?? fields.customer?.email ?? null;
    await storage.commerceRecords.upsertIfNewer(
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
      await store(
        shop,
        'order',
        {...order, updatedAt: order.updated_at, checkoutToken: order.checkout_token ?? null},
        payload,
      );
    },
    async checkout({shop, payload}: WebhookContext) {
      const checkout = checkoutPayload.parse(payload);
      await store(
        shop,
        'checkout',
        {...checkout, updatedAt: checkout.updated_at, checkoutToken: checkout.token},
        payload,
      );
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
