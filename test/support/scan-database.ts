import type {Knex} from 'knex';
import type {Storage} from '../../web/server/storage';
import {sessionTablesFor} from '../../web/server/storage/session-storage';

export interface Finding {
  table: string;
  column: string;
  needle: string;
  /** The text around the find, for the failure message. */
  excerpt: string;
}

/**
 * Every table of the app's database, found by introspection (sqlite_master, or PostgreSQL's
 * information_schema for the schema the test runs in, with the session tables Shopify's adapter
 * keeps in `public` for it), so that tables added later are covered without being named here.
 */
async function tablesOf(storage: Storage): Promise<Array<{schema: string | null; name: string}>> {
  const db = storage.db;
  if (storage.engine === 'sqlite') {
    const rows: Array<{name: string}> = await db
      .select('name')
      .from('sqlite_master')
      .where({type: 'table'})
      .andWhereNot('name', 'like', 'sqlite_%');
    return rows.map((r) => ({schema: null, name: r.name}));
  }
  const schema = String(
    ((await db.raw('select current_schema() as s')) as {rows: Array<{s: string}>}).rows[0]?.s,
  );
  const sessions = sessionTablesFor(schema);
  const rows: Array<{table_schema: string; table_name: string}> = await db
    .select('table_schema', 'table_name')
    .from('information_schema.tables')
    .where({table_type: 'BASE TABLE'})
    .andWhere((q) =>
      q
        .where({table_schema: schema})
        .orWhere((p) =>
          p
            .where({table_schema: 'public'})
            .whereIn('table_name', [sessions.sessions, sessions.migrations]),
        ),
    );
  return rows.map((r) => ({schema: r.table_schema, name: r.table_name}));
}

/**
 * Looks for each needle (case-insensitively) in every column of every row of every table, values
 * read as text; answers where it was found. Test databases are small: every row is read.
 */
export async function findInDatabase(storage: Storage, needles: string[]): Promise<Finding[]> {
  const lowered = needles.map((n) => n.toLowerCase());
  const findings: Finding[] = [];
  for (const table of await tablesOf(storage)) {
    const rows: Array<Record<string, unknown>> = await from(storage.db, table).select('*');
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined) continue;
        const text = (
          value instanceof Buffer ? value.toString('utf8') : String(value)
        ).toLowerCase();
        lowered.forEach((needle, i) => {
          const at = text.indexOf(needle);
          if (at < 0) return;
          findings.push({
            table: table.name,
            column,
            needle: needles[i] ?? needle,
            excerpt: text.slice(Math.max(0, at - 60), at + needle.length + 60),
          });
        });
      }
    }
  }
  return findings;
}

function from(db: Knex, table: {schema: string | null; name: string}) {
  return table.schema ? db.withSchema(table.schema).from(table.name) : db.from(table.name);
}
