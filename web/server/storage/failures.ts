/**
 * Which failures mean "storage is unavailable for now" (answer 503 and let the client retry), as
 * opposed to a bug (500). Told apart by the drivers' error codes and names, so that this module
 * needs neither driver: pg (SQLSTATE classes, https://www.postgresql.org/docs/current/errcodes-appendix.html),
 * node-sqlite3 (`SQLITE_*` codes), knex's pool and Node's sockets.
 */

/** SQLSTATE classes: connection exception, insufficient resources (disk full, too many connections), system I/O. */
const POSTGRES_CLASSES = ['08', '53', '58'];
const POSTGRES_CODES = new Set([
  '57P01', // admin_shutdown: the connection was terminated (restart, failover, pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '57014', // query_canceled: a statement or lock timeout
  '55P03', // lock_not_available
  '25006', // read_only_sql_transaction: a read-only database or a standby
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55000', // object_not_in_prerequisite_state: a database not accepting connections
]);
const SQLITE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_PROTOCOL',
]);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
/** pg's own messages for a connection that went away, and knex's for a pool that is gone. */
const MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^timeout exceeded when trying to connect/,
  /^Unable to acquire a connection/,
  /^Knex: Timeout acquiring a connection/,
];

export function isStorageUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const {code, name, message, cause} = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (
    name === 'KnexTimeoutError' ||
    name === 'StorageTimeoutError' ||
    name === 'WriterTimeoutError'
  )
    return true;
  if (typeof code === 'string') {
    if (SQLITE_CODES.has(code) || SOCKET_CODES.has(code) || POSTGRES_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && POSTGRES_CLASSES.includes(code.slice(0, 2))) return true;
  }
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isStorageUnavailable(cause, depth + 1);
}
