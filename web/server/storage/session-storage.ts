import type {SessionStorage} from '@shopify/shopify-app-session-storage';
import {SQLiteSessionStorage} from '@shopify/shopify-app-session-storage-sqlite';
import {PostgreSQLSessionStorage} from '@shopify/shopify-app-session-storage-postgresql';
import type {StorageTarget} from './database';

/**
 * Shopify sessions (access tokens) live beside the app's data, in Shopify's own maintained
 * storage adapters. The PostgreSQL adapter only knows the `public` schema, so a run that isolates
 * itself in a schema gets a table of its own instead.
 */
export function createSessionStorage(target: StorageTarget): SessionStorage {
  if (target.kind === 'sqlite') return new SQLiteSessionStorage(target.file);
  const sessionTableName = target.schema ? `shopify_sessions_${target.schema}` : 'shopify_sessions';
  return new PostgreSQLSessionStorage(target.url, {sessionTableName});
}

/** Removes every stored session of a shop (uninstall, shop/redact). */
export async function deleteShopSessions(storage: SessionStorage, shop: string): Promise<void> {
  const sessions = await storage.findSessionsByShop(shop);
  if (sessions.length > 0) await storage.deleteSessions(sessions.map((s) => s.id));
}
