import type {Knex} from 'knex';
import {commerceFacts, isCommerceFacts} from '../../webhooks/commerce-facts';
import {customerGid, legacyIdOf, orderGid} from '../../shopify-ids';

/** Rows rewritten per query; webhook bodies can be large, so a page stays small. */
const PAGE = 200;

/**
 * Commerce records keep only the facts Heed uses of each webhook (webhooks/commerce-facts.ts):
 * the whole bodies stored so far, with emails, phones, names, addresses and IPs, are rewritten.
 * Orders and customers are named by their GIDs, like everywhere else. Orders from every channel
 * join their shopper by when they were placed: `placed_at` and `source_name`, indexed by customer
 * and by email hash. A customer redaction is recorded without the customer; a data request keeps
 * who asked (GID, email hash) until that customer's own redaction. The indexes on update and
 * activity times let the retention sweep (signals/retention.ts) find old rows without a scan.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('commerce_records', (t) => {
    t.bigInteger('placed_at');
    t.string('source_name', 100);
    // The placed-at indexes start with the old ones' columns and take their place.
    t.dropIndex(['shop', 'customer_id']);
    t.dropIndex(['shop', 'email_hash']);
    t.index(['shop', 'customer_id', 'placed_at'], 'commerce_records_customer_placed_index');
    t.index(['shop', 'email_hash', 'placed_at'], 'commerce_records_email_placed_index');
    t.index(['resource_updated_at'], 'commerce_records_retention_index');
  });
  await db.schema.alterTable('gdpr_requests', (t) => {
    t.string('email_hash', 64);
    t.index(['shop', 'customer_id'], 'gdpr_requests_customer_index');
    t.index(['shop', 'email_hash'], 'gdpr_requests_email_index');
    t.index(['completed_at'], 'gdpr_requests_retention_index');
  });
  await db.schema.alterTable('journeys', (t) => {
    t.index(['last_activity_at'], 'journeys_retention_index');
  });
  await db.schema.alterTable('signals', (t) => {
    t.index(['occurred_at'], 'signals_retention_index');
  });
  await minimizeCommerceRecords(db);
  await db('gdpr_requests').where({topic: 'customers/redact'}).update({customer_id: null});
  const requests: Array<{id: number; customer_id: string}> = await db('gdpr_requests')
    .whereNotNull('customer_id')
    .select('id', 'customer_id');
  for (const request of requests) {
    await db('gdpr_requests')
      .where({id: request.id})
      .update({customer_id: customerGid(request.customer_id)});
  }
}

interface StoredRow {
  shop: string;
  kind: string;
  resource_id: string;
  customer_id: string | null;
  email_hash: string | null;
  payload: string;
}

/**
 * A page at a time, in key order. A converted order id starts with `gid://`, which the page
 * query skips, so a row whose key moved ahead is not read again.
 */
async function minimizeCommerceRecords(db: Knex): Promise<void> {
  let after: [string, string, string] | null = null;
  for (;;) {
    const cursor = after;
    const rows: StoredRow[] = await db('commerce_records')
      .whereNot('resource_id', 'like', 'gid://%')
      .modify((q) => {
        if (cursor) q.andWhereRaw('(shop, kind, resource_id) > (?, ?, ?)', cursor);
      })
      .orderBy([{column: 'shop'}, {column: 'kind'}, {column: 'resource_id'}])
      .limit(PAGE)
      .select('shop', 'kind', 'resource_id', 'customer_id', 'email_hash', 'payload');
    for (const row of rows) await minimizeRow(db, row);
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = [last.shop, last.kind, last.resource_id];
  }
}

async function minimizeRow(db: Knex, row: StoredRow): Promise<void> {
  const kind = row.kind === 'order' ? 'order' : 'checkout';
  const body = parseOrNull(row.payload);
  const resourceId =
    kind === 'order' ? (orderGid(row.resource_id) ?? row.resource_id) : row.resource_id;
  const facts = isCommerceFacts(body) ? body : commerceFacts(row.shop, kind, body);
  const customerId = customerGid(row.customer_id) ?? facts.customer_id;
  const payload = {
    ...facts,
    id: resourceId,
    customer_id: customerId,
    email_hash: row.email_hash ?? facts.email_hash,
  };
  await db('commerce_records')
    .where({shop: row.shop, kind: row.kind, resource_id: row.resource_id})
    .update({
      resource_id: resourceId,
      customer_id: customerId,
      placed_at: kind === 'order' ? timeOf(facts.created_at) : null,
      source_name: facts.source_name,
      payload: JSON.stringify(payload),
    });
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function timeOf(value: unknown): number | null {
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? null : at;
}

/** The columns and indexes go back, and the numeric ids; the dropped personal data does not. */
export async function down(db: Knex): Promise<void> {
  const numeric = async (table: string, column: string, where: Record<string, string> = {}) => {
    const rows: Array<Record<string, string>> = await db(table)
      .where(where)
      .where(column, 'like', 'gid://%')
      .select(column)
      .distinct();
    for (const row of rows) {
      const gid = row[column] ?? '';
      await db(table)
        .where({...where, [column]: gid})
        .update({[column]: legacyIdOf(gid) ?? gid});
    }
  };
  await numeric('commerce_records', 'resource_id', {kind: 'order'});
  await numeric('commerce_records', 'customer_id');
  await numeric('gdpr_requests', 'customer_id');
  await db.schema.alterTable('signals', (t) => {
    t.dropIndex(['occurred_at'], 'signals_retention_index');
  });
  await db.schema.alterTable('journeys', (t) => {
    t.dropIndex(['last_activity_at'], 'journeys_retention_index');
  });
  await db.schema.alterTable('gdpr_requests', (t) => {
    t.dropIndex(['completed_at'], 'gdpr_requests_retention_index');
    t.dropIndex(['shop', 'email_hash'], 'gdpr_requests_email_index');
    t.dropIndex(['shop', 'customer_id'], 'gdpr_requests_customer_index');
    t.dropColumn('email_hash');
  });
  await db.schema.alterTable('commerce_records', (t) => {
    t.dropIndex(['resource_updated_at'], 'commerce_records_retention_index');
    t.dropIndex(['shop', 'email_hash', 'placed_at'], 'commerce_records_email_placed_index');
    t.dropIndex(['shop', 'customer_id', 'placed_at'], 'commerce_records_customer_placed_index');
    t.index(['shop', 'customer_id']);
    t.index(['shop', 'email_hash']);
    t.dropColumn('placed_at');
    t.dropColumn('source_name');
  });
}
