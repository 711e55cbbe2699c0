import {createHash, randomBytes, timingSafeEqual} from 'node:crypto';

/** A new key for a shop's web pixel settings. */
export function newIngestKey(): string {
  return randomBytes(24).toString('base64url');
}

export function hashIngestKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Compares in constant time, so the key cannot be guessed byte by byte from response times. */
export function ingestKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashIngestKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** How long a shop's key, once read, is trusted without reading it again. */
export const INGEST_KEY_CACHE_MS = 10_000;

/**
 * Checks a batch's shop and key. A matching key is remembered for a few seconds, so a busy shop's
 * batches do not each read it; anything that does not match the remembered key is read again
 * before it is refused, so a new key (the pixel re-activated) works at once. An uninstalled shop's
 * pixel is refused once its remembered key expires.
 */
export function createIngestKeyCheck(deps: {
  read: (shop: string) => Promise<string | null>;
  now: () => number;
  cacheMs?: number;
}) {
  const cacheMs = deps.cacheMs ?? INGEST_KEY_CACHE_MS;
  const known = new Map<string, {hash: string; until: number}>();
  return async function check(shop: string, key: string): Promise<boolean> {
    const now = deps.now();
    const cached = known.get(shop);
    if (cached && cached.until > now && ingestKeyMatches(key, cached.hash)) return true;
    const hash = await deps.read(shop);
    if (!hash) {
      known.delete(shop);
      return false;
    }
    known.set(shop, {hash, until: now + cacheMs});
    return ingestKeyMatches(key, hash);
  };
}
