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
