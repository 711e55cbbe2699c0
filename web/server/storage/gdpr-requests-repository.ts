import type {Knex} from 'knex';
import {pageOf} from './pages';

export interface GdprRequestRecord {
  id: number;
  shop: string;
  topic: string;
  customerId: string | null;
  dataRequestId: string | null;
  receivedAt: number;
  completedAt: number | null;
  export: unknown;
}

interface GdprRow {
  id: number;
  shop: string;
  topic: string;
  customer_id: string | null;
  data_request_id: string | null;
  received_at: number | string;
  completed_at: number | string | null;
  export_json: string | null;
}

/** A log of compliance requests and, for data requests, the export the merchant hands over. */
export function createGdprRequestsRepository(db: Knex) {
  return {
    async record(entry: {
      shop: string;
      topic: string;
      customerId: string | null;
      /** Who asked, when they asked without a customer id too: their per-shop email hash. */
      emailHash?: string | null;
      dataRequestId: string | null;
      receivedAt: number;
      completedAt: number;
      export?: unknown;
    }): Promise<void> {
      await db('gdpr_requests').insert({
        shop: entry.shop,
        topic: entry.topic,
        customer_id: entry.customerId,
        email_hash: entry.emailHash ?? null,
        data_request_id: entry.dataRequestId,
        received_at: entry.receivedAt,
        completed_at: entry.completedAt,
        export_json: entry.export === undefined ? null : JSON.stringify(entry.export),
      });
    },

    async listForShop(shop: string): Promise<GdprRequestRecord[]> {
      const rows = await db<GdprRow>('gdpr_requests').where({shop}).orderBy('id');
      return rows.map((row) => ({
        id: row.id,
        shop: row.shop,
        topic: row.topic,
        customerId: row.customer_id,
        dataRequestId: row.data_request_id,
        receivedAt: Number(row.received_at),
        completedAt: row.completed_at === null ? null : Number(row.completed_at),
        export: row.export_json === null ? null : (JSON.parse(row.export_json) as unknown),
      }));
    },

    /**
     * A redacted customer's requests stay as a record that they were answered, without who asked
     * or what was exported; answers how many were changed.
     */
    async forgetCustomer(
      shop: string,
      who: {customerIds: string[]; emailHash: string | null},
    ): Promise<number> {
      if (who.customerIds.length === 0 && !who.emailHash) return 0;
      return db('gdpr_requests')
        .where({shop})
        .andWhere((q) => {
          if (who.customerIds.length > 0) q.orWhereIn('customer_id', who.customerIds);
          if (who.emailHash) q.orWhere('email_hash', who.emailHash);
        })
        .update({customer_id: null, email_hash: null, export_json: null});
    },

    /**
     * Clears up to `limit` data-request exports, across shops, completed before `before`: the
     * merchant has had them to hand over; the record that the request was answered stays.
     */
    async clearExportsCompletedBefore(before: number, limit: number): Promise<number> {
      return pageOf(
        db,
        'gdpr_requests',
        (q) => q.where('completed_at', '<', before).whereNotNull('export_json'),
        limit,
      ).update({export_json: null});
    },

    async deleteShop(shop: string): Promise<void> {
      await db('gdpr_requests').where({shop}).delete();
    },
  };
}

export type GdprRequestsRepository = ReturnType<typeof createGdprRequestsRepository>;
