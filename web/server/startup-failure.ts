import type {Config} from './config';

/**
 * What an operator reads when Heed cannot start: what failed and what to change, from the error's
 * code, never its whole message (a driver's message can quote a connection string). Pure.
 */
export function startupFailure(error: unknown, config: Config | null): string {
  const code = codeOf(error);
  const storage = config?.storage;
  if (storage?.kind === 'postgres') {
    const where = safeHost(storage.url);
    if (
      code === 'ECONNREFUSED' ||
      code === 'ENOTFOUND' ||
      code === 'ETIMEDOUT' ||
      code === 'EAI_AGAIN'
    ) {
      return `Heed could not reach PostgreSQL at ${where} (${code}): check DATABASE_URL and that the server is running and reachable.`;
    }
    if (code === '28P01' || code === '28000') {
      return `PostgreSQL at ${where} refused the login (${code}): check the user and password in DATABASE_URL.`;
    }
    if (code === '3D000') {
      return `The database named in DATABASE_URL does not exist on ${where} (${code}): create it, or fix the URL.`;
    }
  }
  if (
    storage?.kind === 'sqlite' &&
    (code === 'SQLITE_CANTOPEN' ||
      code === 'EACCES' ||
      code === 'ENOENT' ||
      code === 'EROFS' ||
      code === 'SQLITE_READONLY')
  ) {
    return `Heed could not open the SQLite file ${storage.file} (${code}): set SQLITE_PATH to a file in a folder that exists and Heed may write to.`;
  }
  if (code === 'EADDRINUSE') {
    return `Port ${config?.port ?? '?'} is already in use (EADDRINUSE): stop what listens there, or set PORT to another port.`;
  }
  if (code === 'EACCES' && config) {
    return `Heed may not listen on port ${config.port} (EACCES): use a port above 1023, or set PORT.`;
  }
  const name = error instanceof Error ? error.name : 'unknown error';
  return `Heed failed to start: ${name}${code ? ` (${code})` : ''}. Run with LOG_LEVEL=debug for the details.`;
}

function codeOf(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return null;
    const code = (current as {code?: unknown}).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
    current = (current as {cause?: unknown}).cause;
  }
  return null;
}

/** host:port of a connection URL, without its user or password. */
function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured server';
  }
}
