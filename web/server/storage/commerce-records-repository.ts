import type {Knex} from 'knex';
import {pageOf} from './pages';

export type CommerceKind = 'order' | 'checkout';

export interface CommerceRecord {
  shop: string;
  kind: CommerceKind;
  resourceId: string;
  checkoutToken: string | null;
  customerId: string | null;
  emailHash: string | null;
  resourceUpdatedAt: number;
  /** When the order was placed (its `created_at`); null for checkouts. */
  placedAt: number | null;
  /** The channel Shopify names (`web`, `pos`, `shopify_draft_order`, an app's id...). */
  sourceName: string | null;
  /** What Heed keeps of the webhook body (webhooks/commerce-facts.ts), never the body itself. */
  payload: unknown;
}

/** An order as it joins its shopper, whatever channel it came from; ids are GIDs. */
export interface ShopperOrder {
  orderId: string;
  checkoutToken: string | null;
  customerId: string | null;
  emailHash: string | null;
  placedAt: number;
  sourceName: string | null;
}

interface CommerceRow {
  shop: string;
  kind: CommerceKind;
  resource_id: string;
  checkout_token: string | null;
  customer_id: string | null;
  email_hash: string | null;
  resource_updated_at: number | string;
  placed_at: number | string | null;
  source_name: string | null;
  payload: string;
}

/**
 * Orders and checkouts as Shopify last described them, one row per resource. Journeys are built
 * from these; GDPR requests export and delete them by customer.
 */
export function createCommerceRecordsRepository(db: Knex) {
  return {
    /**
     * Stores the record unless a newer version is already stored: webhooks arrive out of order and
     * late, so the resource's own `updated_at` decides, not the arrival order.
     */
    async upsertIfNewer(record: CommerceRecord, now: number): Promise<'stored' | 'stale'> {
      const row = {
        shop: record.shop,
        kind: record.kind,
        resource_id: record.resourceId,
        checkout_token: record.checkoutToken,
        customer_id: record.customerId,
        email_hash: record.emailHash,
        resource_updated_at: record.resourceUpdatedAt,
        placed_at: record.placedAt,
        source_name: record.sourceName,
        payload: JSON.stringify(record.payload),
        stored_at: now,
      };
      const result = await db('commerce_records')
        .insert(row)
        .onConflict(['shop', 'kind', 'resource_id'])
        .merge()
        .where('commerce_records.resource_updated_at', '<=', record.resourceUpdatedAt)
        .returning('resource_id');
      return result.length > 0 ? 'stored' : 'stale';
    },

    async get(
      shop: string,
      kind: CommerceKind,
      resourceId: string,
    ): Promise<CommerceRecord | undefined> {
      const row = await db<CommerceRow>('commerce_records')
        .where({shop, kind, resource_id: resourceId})
        .first();
      return row ? toRecord(row) : undefined;
    },

    async findForCustomer(shop: string, who: CustomerRef): Promise<CommerceRecord[]> {
      const rows = await customerQuery(db, shop, who).orderBy('resource_updated_at');
      return rows.map(toRecord);
    },

    async deleteForCustomer(shop: string, who: CustomerRef): Promise<number> {
      return customerQuery(db, shop, who).delete();
    },

    /** The shopper's orders placed since `since`, from every channel, oldest first. */
    async ordersSince(shop: string, who: CustomerRef, since: number): Promise<ShopperOrder[]> {
      const rows = await customerQuery(db, shop, who)
        .andWhere({kind: 'order'})
        .andWhere('placed_at', '>=', since)
        .orderBy([{column: 'placed_at'}, {column: 'resource_id'}]);
      return rows.map((row) => ({
        orderId: row.resource_id,
        checkoutToken: row.checkout_token,
        customerId: row.customer_id,
        emailHash: row.email_hash,
        placedAt: Number(row.placed_at),
        sourceName: row.source_name,
      }));
    },

    /** Deletes the given records of the shop (orders a customer redaction names). */
    async delete(shop: string, kind: CommerceKind, resourceIds: string[]): Promise<number> {
      if (resourceIds.length === 0) return 0;
      return db('commerce_records')
        .where({shop, kind})
        .whereIn('resource_id', resourceIds)
        .delete();
    },

    /**
     * Deletes up to `limit` records, across shops, that Shopify last updated before `before`
     * (the retention sweep); answers how many went.
     */
    async deleteUpdatedBefore(before: number, limit: number): Promise<number> {
      return pageOf(
        db,
        'commerce_records',
        (q) => q.where('resource_updated_at', '<', before),
        limit,
      ).delete();
    },

    async deleteShop(shop: string): Promise<void> {
      await db('commerce_records').where({shop}).delete();
    },
  };
}

export interface CustomerRef {
  customerId: string | null;
  emailHash: string | null;
}

function customerQuery(db: Knex, shop: string, who: CustomerRef) {
  return db<CommerceRow>('commerce_records')
    .where({shop})
    .andWhere((q) => {
      // A customer matches by id, or by email for guest checkouts; never with an empty reference.
      q.whereRaw('1 = 0');
      if (who.customerId) q.orWhere('customer_id', who.customerId);
      if (who.emailHash) q.orWhere('email_hash', who.emailHash);
    });
}

export type CommerceRecordsRepository = ReturnType<typeof createCommerceRecordsRepository>;

function toRecord(row: CommerceRow): CommerceRecord {
  return {
    shop: row.shop,
    kind: row.kind,
    resourceId: row.resource_id,
    checkoutToken: row.checkout_token,
    customerId: row.customer_id,
    emailHash: row.email_hash,
    resourceUpdatedAt: Number(row.resource_updated_at),
    placedAt: row.placed_at === null ? null : Number(row.placed_at),
    sourceName: row.source_name,
    payload: JSON.parse(row.payload) as unknown,
  };
}
