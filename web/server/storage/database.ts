import knex, {type Knex} from 'knex';

export type StorageTarget =
  | {kind: 'sqlite'; file: string}
  | {kind: 'postgres'; url: string; schema?: string};

/** How long a SQLite writer waits for the lock before failing, in milliseconds. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
const POSTGRES_POOL_MAX = 10;

export type Engine = StorageTarget['kind'];

/**
 * Opens the app's own database. SQLite is tuned for one embedded writer (WAL, busy_timeout,
 * synchronous=NORMAL); PostgreSQL may be shared by several app instances.
 */
export function openDatabase(target: StorageTarget): Knex {
  if (target.kind === 'sqlite') {
    return knex({
      client: 'sqlite3',
      connection: {filename: target.file},
      useNullAsDefault: true,
      pool: {
        min: 1,
        max: 1,
        afterCreate: (conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) => {
          conn.serialize(() => {
            conn.run('PRAGMA journal_mode = WAL');
            conn.run(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
            conn.run('PRAGMA synchronous = NORMAL');
            conn.run('PRAGMA foreign_keys = ON', (err: Error | null) => done(err, conn));
          });
        },
      },
    });
  }
  return knex({
    client: 'pg',
    connection: target.url,
    searchPath: target.schema ? [target.schema] : undefined,
    pool: {min: 0, max: POSTGRES_POOL_MAX},
  });
}

interface SqliteConnection {
  serialize(fn: () => void): void;
  run(sql: string, cb?: (err: Error | null) => void): void;
}

export function engineOf(db: Knex): Engine {
  return db.client.config.client === 'pg' ? 'postgres' : 'sqlite';
}
