import {EventEmitter} from 'node:events';
import pg from 'pg';
import type {Logger} from '../logger';
import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import {SQLiteSessionStorage} from '@shopify/shopify-app-session-storage-sqlite';
import {PostgreSQLSessionStorage} from '@shopify/shopify-app-session-storage-postgresql';
import type {StorageTarget} from './database';

/** Any 64-bit number, the same on every instance: names the lock the session migrations run under. */
const SESSION_MIGRATION_LOCK = 0x4865_6564_5353; // "HeedSS"

/**
 * The session table and the table its migrations are recorded in. The PostgreSQL adapter only
 * knows the `public` schema, so a run that isolates itself in a schema gets tables of its own.
 */
export function sessionTablesFor(schema: string | undefined): {
  sessions: string;
  migrations: string;
} {
  const sessions = schema ? `shopify_sessions_${schema}` : 'shopify_sessions';
  return {sessions, migrations: `${sessions}_migrations`};
}

/**
 * Shopify sessions (access tokens) live beside the app's data, in Shopify's own maintained
 * storage adapters, opened once their tables are ready. The PostgreSQL adapter migrates its tables
 * on its own, without a lock: instances starting together would race and one would be left with a
 * failed session store, so on PostgreSQL the migrations run under an advisory lock, one instance
 * after another. SQLite serves one instance; opens of one file within it take turns too.
 */
export async function openSessionStorage(
  target: StorageTarget,
  logger?: Logger,
): Promise<SessionStorage> {
  if (target.kind === 'sqlite') return openSqlite(target.file);
  const tables = sessionTablesFor(target.schema);
  const lock = new pg.Client({connectionString: target.url});
  // A connection lost while the lock is held fails the open below; it must not end the process.
  lock.on('error', (error) => logger?.warn({err: error}, 'session migration lock connection lost'));
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [SESSION_MIGRATION_LOCK]);
    const storage = new PostgreSQLSessionStorage(target.url, {
      sessionTableName: tables.sessions,
      migratorOptions: {
        migrationDBIdentifier: tables.migrations,
        migrationNameColumnName: 'migration_name',
      },
    });
    keepPoolAlive(storage, logger);
    await storage.ready;
    return storage;
  } finally {
    // Ending the connection releases the lock, also when the migrations failed.
    await lock.end();
  }
}

/**
 * The adapter makes its own pg.Pool (in `PostgresConnection`, from the constructor) and gives it no
 * 'error' listener, so an idle connection the server drops (a restart, a failover,
 * pg_terminate_backend) is an unhandled 'error' event that ends the process. The pool itself
 * recovers: it discards the dead client and the next query connects again. Its constructor takes
 * no pool of ours, so the listener goes on the pool it made; a version that hides the pool
 * elsewhere fails here, at start, rather than at the first dropped connection.
 */
function keepPoolAlive(storage: PostgreSQLSessionStorage, logger: Logger | undefined): void {
  const connection: unknown = Reflect.get(storage, 'client');
  const pool: unknown =
    typeof connection === 'object' && connection !== null
      ? Reflect.get(connection, 'pool')
      : undefined;
  if (!(pool instanceof EventEmitter)) {
    throw new Error('The PostgreSQL session storage adapter no longer exposes its connection pool');
  }
  pool.on('error', (error: unknown) =>
    logger?.warn({err: error}, 'session storage lost a database connection; it reconnects'),
  );
}

/** The last open of each SQLite file, which the next open of that file waits for. */
const sqliteOpens = new Map<string, Promise<unknown>>();

function openSqlite(file: string): Promise<SessionStorage> {
  const opened = (sqliteOpens.get(file) ?? Promise.resolve())
    .catch(() => undefined)
    .then(async () => {
      const storage = new SQLiteSessionStorage(file);
      await storage.ready;
      return storage;
    });
  sqliteOpens.set(file, opened);
  void opened
    .catch(() => undefined)
    .finally(() => {
      if (sqliteOpens.get(file) === opened) sqliteOpens.delete(file);
    });
  return opened;
}

/** Removes every stored session of a shop (uninstall, shop/redact). */
export async function deleteShopSessions(storage: SessionStorage, shop: string): Promise<void> {
  const sessions = await storage.findSessionsByShop(shop);
  if (sessions.length > 0) await storage.deleteSessions(sessions.map((s) => s.id));
}
