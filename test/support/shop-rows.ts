import type {Storage} from '../../web/server/storage';

/**
 * Every row of every table with a `shop` column that belongs to `shop`, found by introspection so
 * that tables added later are covered: a before/after comparison proves nothing of the shop changed.
 */
export async function rowsOfShop(
  storage: Storage,
  shop: string,
): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of await tablesWithShop(storage)) {
    const rows: Array<Record<string, unknown>> = await storage.db(table).where({shop}).select('*');
    snapshot[table] = rows
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      )
      .sort();
  }
  return snapshot;
}

/** How many rows of each shop-keyed table belong to `shop`: cheap enough to take around every request. */
export async function rowCountsOfShop(
  storage: Storage,
  shop: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesWithShop(storage)) {
    const [row] = await storage.db(table).where({shop}).count({n: '*'});
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

async function tablesWithShop(storage: Storage): Promise<string[]> {
  const db = storage.db;
  if (storage.engine === 'sqlite') {
    const tables: Array<{name: string}> = await db('sqlite_master')
      .where({type: 'table'})
      .andWhereNot('name', 'like', 'sqlite_%')
      .select('name');
    const withShop: string[] = [];
    for (const {name} of tables) {
      const columns = (await db.raw(`pragma table_info("${name}")`)) as Array<{name: string}>;
      if (columns.some((column) => column.name === 'shop')) withShop.push(name);
    }
    return withShop.sort();
  }
  const rows: Array<{table_name: string}> = await db('information_schema.columns')
    .whereRaw('table_schema = current_schema()')
    .andWhere({column_name: 'shop'})
    .select('table_name');
  return rows.map((row) => row.table_name).sort();
}
