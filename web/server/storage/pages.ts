import type {Knex} from 'knex';
import {engineOf} from './database';

/**
 * The rows of `table` a retention sweep handles in one statement: at most `limit` of those
 * `filter` selects, across shops, named by their physical address (SQLite's rowid, PostgreSQL's
 * ctid) so that neither engine needs an index of its own for the page, and no statement holds the
 * writer for long. Follow with `.delete()` or `.update(...)`.
 */
export function pageOf(
  db: Knex,
  table: string,
  filter: (query: Knex.QueryBuilder) => void,
  limit: number,
): Knex.QueryBuilder {
  const address = physicalAddress(db);
  return db(table).whereIn(address, db(table).select(address).where(filter).limit(limit));
}

/** The column naming a row by where it is stored: SQLite's rowid, PostgreSQL's ctid. */
export function physicalAddress(db: Knex): 'ctid' | 'rowid' {
  return engineOf(db) === 'postgres' ? 'ctid' : 'rowid';
}
