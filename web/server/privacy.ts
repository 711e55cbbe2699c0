import {createHash} from 'node:crypto';

/**
 * Emails are stored only as a per-shop hash, enough to join a guest checkout to a GDPR request
 * without keeping the address itself in an index.
 */
export function hashEmail(shop: string, email: string): string {
  return createHash('sha256').update(`${shop}:${email.trim().toLowerCase()}`).digest('hex');
}
