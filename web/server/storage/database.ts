import knex, {type Knex} from 'knex';
import type {Logger} from '../logger';
import {prioritiseConnections} from './writer-priority';

export type StorageTarget =
  | {kind: 'sqlite'; file: string}
  | {kind: 'postgres'; url: string; schema?: string};

/** How long a SQLite writer waits for the lock before failing, in milliseconds. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
const POSTGRES_POOL_MAX = 10;
/**
 * How long a query waits for a connection, in milliseconds (knex's default is a minute): past it
 * the request gets a 503 to retry, instead of hanging while the one SQLite writer is stuck behind
 * a lock held elsewhere or PostgreSQL cannot be reached.
 */
const ACQUIRE_TIMEOUT_MS = 3_000;

export type Engine = StorageTarget['kind'];

/**
 * Opens the app's own database. SQLite is tuned for one embedded writer (WAL, busy_timeout) with
 * durable commits (synchronous=FULL: a committed transaction survives a power cut, which is what
 * acknowledging a pixel batch or a webhook promises); PostgreSQL may be shared by several app
 * instances.
 */
export function openDatabase(target: StorageTarget, logger?: Logger): Knex {
  const log = logger ? knexLog(logger) : undefined;
  if (target.kind === 'sqlite') {
    const writer = withoutStatementInErrors(
      knex({
        log,
        compileSqlOnError: false,
        client: 'sqlite3',
        connection: {filename: target.file},
        useNullAsDefault: true,
        acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
        pool: {
          min: 1,
          max: 1,
          afterCreate: (
            conn: SqliteConnection,
            done: (err: Error | null, conn: unknown) => void,
          ) => {
            conn.serialize(() => {
              conn.run('PRAGMA journal_mode = WAL');
              conn.run(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
              conn.run('PRAGMA synchronous = FULL');
              conn.run('PRAGMA foreign_keys = ON', (err: Error | null) => done(err, conn));
            });
          },
        },
      }),
    );
    // Acknowledgements first: see writer-priority.ts.
    prioritiseConnections(writer, 1, ACQUIRE_TIMEOUT_MS);
    return writer;
  }
  const postgres = withoutStatementInErrors(
    knex({
      log,
      compileSqlOnError: false,
      client: 'pg',
      connection: target.url,
      searchPath: target.schema ? [target.schema] : undefined,
      acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
      pool: {min: 0, max: POSTGRES_POOL_MAX},
    }),
  );
  prioritiseConnections(postgres, POSTGRES_POOL_MAX, ACQUIRE_TIMEOUT_MS);
  return postgres;
}

/**
 * knex prefixes the failed statement to the driver's message, its values inlined unless
 * `compileSqlOnError` is off; even then the statement says nothing a log needs. The driver's own
 * message is put back, so an error that reaches a log line or a caller quotes no customer data.
 */
function withoutStatementInErrors(db: Knex): Knex {
  db.on('query-error', (error: unknown, query: {sql?: unknown}) => {
    if (!(error instanceof Error) || typeof query.sql !== 'string') return;
    const prefix = `${query.sql} - `;
    if (error.message.startsWith(prefix)) error.message = error.message.slice(prefix.length);
  });
  return db;
}

/** Connections of the SQLite reader: reads then run beside the one writer (WAL) instead of behind it. */
const SQLITE_READERS = 2;

/**
 * A second way into a SQLite file, for reads outside transactions only: with one writer
 * connection, a read queues behind every transaction in flight (and its fsync); readers of a WAL
 * database see every committed transaction without waiting for the writer. `query_only` makes a
 * stray write fail loudly. PostgreSQL needs no such thing: its pool already reads in parallel.
 */
export function openSqliteReader(file: string, logger?: Logger): Knex {
  return withoutStatementInErrors(
    knex({
      log: logger ? knexLog(logger) : undefined,
      compileSqlOnError: false,
      client: 'sqlite3',
      connection: {filename: file},
      useNullAsDefault: true,
      acquireConnectionTimeout: ACQUIRE_TIMEOUT_MS,
      pool: {
        min: 1,
        max: SQLITE_READERS,
        afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) => {
          conn.serialize(() => {
            conn.run(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
            conn.run('PRAGMA query_only = ON', (err: Error | null) => done(err, conn));
          });
        },
      },
    }),
  );
}

interface SqliteConnection {
  serialize(fn: () => void): void;
  run(sql: string, cb?: (err: Error | null) => void): void;
}

export function engineOf(db: Knex): Engine {
  return db.client.config.client === 'pg' ? 'postgres' : 'sqlite';
}

/** Knex writes its warnings to the console by default; Heed's logs go through pino. */
function knexLog(logger: Logger): Knex.Config['log'] {
  return {
    warn: (message: unknown) =>
      logger.warn({source: 'knex', said: String(message)}, 'database warning'),
    error: (message: unknown) =>
      logger.error({source: 'knex', said: String(message)}, 'database error'),
    deprecate: (method: string, alternative: string) =>
      logger.warn({source: 'knex', method, alternative}, 'deprecated'),
    debug: (message: unknown) =>
      logger.debug({source: 'knex', said: String(message)}, 'database debug'),
  };
}
