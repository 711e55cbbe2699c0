import type {Knex} from 'knex';

/** The one row of `table` matching `where`, as the engine returns it (no repository mapping). */
export async function storedRow(
  db: Knex,
  table: string,
  where: Record<string, string>,
): Promise<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = await db(table).where(where);
  if (rows.length !== 1) throw new Error(`expected one ${table} row, found ${rows.length}`);
  return rows[0] as Record<string, unknown>;
}

/**
 * The columns of `table` that `row` leaves null or at the column's default. After writing a record
 * with every field set, any column listed is one the repository does not write: a column added by a
 * migration and forgotten in the mapping shows up here without the test naming it.
 */
export async function unwrittenColumns(
  db: Knex,
  table: string,
  row: Record<string, unknown>,
): Promise<string[]> {
  const columns = await db(table).columnInfo();
  return Object.entries(columns)
    .filter(([name, info]) => {
      const value = row[name];
      if (value === null || value === undefined) return true;
      const fallback = defaultOf(info.defaultValue);
      return fallback !== null && String(value) === fallback;
    })
    .map(([name]) => name);
}

/** A column default as a plain value: SQLite quotes it (`'0'`), PostgreSQL casts it (`'x'::text`). */
function defaultOf(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  const uncast = String(raw).replace(/::[\w ]+$/, '');
  return uncast.replace(/^'(.*)'$/, '$1');
}
