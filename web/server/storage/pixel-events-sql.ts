import type {Knex} from 'knex';
import type {Engine} from './database';

/** The SQL the pixel events repository writes events with, built once per shape. */

/** Rows per INSERT: well under both engines' bound-parameter limits (9 columns a row). */
export const CHUNK = 100;

export const EVENT_COLUMNS = [
  'shop',
  'event_id',
  'name',
  'client_id',
  'checkout_token',
  'occurred_at',
  'seq',
  'received_at',
  'payload',
];

const RETURNING =
  ' on conflict (shop, client_id, event_id) do nothing returning shop, client_id, event_id';

/**
 * PostgreSQL takes all rows as one array per column (`unnest`): nine parameters whatever the
 * number of rows, which the server binds and plans far faster than thousands of single values.
 */
const UNNEST_SQL =
  `insert into pixel_events (${EVENT_COLUMNS.join(', ')}) select * from unnest(` +
  '?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::integer[], ?::bigint[], ?::text[])' +
  RETURNING;

/**
 * SQLite takes a multi-row VALUES list (knex would build SQLite's multi-row insert as a UNION of
 * SELECTs, slower to parse), in chunks under its bound-parameter limit.
 */
const valuesSql = memoize(
  (rows: number) =>
    `insert into pixel_events (${EVENT_COLUMNS.join(', ')}) values ` +
    Array.from({length: rows}, () => `(${EVENT_COLUMNS.map(() => '?').join(', ')})`).join(', ') +
    RETURNING,
);

function memoize<T>(make: (n: number) => T): (n: number) => T {
  const made = new Map<number, T>();
  return (n) => {
    let value = made.get(n);
    if (value === undefined) {
      value = make(n);
      made.set(n, value);
    }
    return value;
  };
}

/** `raw` answers with the driver's own shape: an array of rows (SQLite) or `{rows}` (pg). */
export function returnedRows(result: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(result)) return result as Array<Record<string, unknown>>;
  const rows = (result as {rows?: unknown} | null)?.rows;
  return Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
}

export type EventRow = Array<string | number | null>;

/** The statements that insert `rows` (in the order of EVENT_COLUMNS), with their bindings. */
export function insertStatements(
  engine: Engine,
  rows: EventRow[],
): Array<[string, Knex.RawBinding[]]> {
  if (rows.length === 0) return [];
  if (engine === 'postgres') {
    // node-postgres sends a JS array, nulls included, as a PostgreSQL array; knex's types know
    // only arrays of one primitive type.
    const columns = EVENT_COLUMNS.map((_, c) => rows.map((row) => row[c] ?? null) as string[]);
    return [[UNNEST_SQL, columns]];
  }
  const statements: Array<[string, Knex.RawBinding[]]> = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    statements.push([valuesSql(chunk.length), chunk.flat()]);
  }
  return statements;
}
