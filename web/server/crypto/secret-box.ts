/**
 * Secrets a shop gives Heed (its SMTP password, later a Slack webhook URL) are stored sealed with
 * AES-256-GCM under a key from the configuration, never in the clear: a copy of the database
 * alone does not reveal them.
 *
 * A sealed value reads `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). The key id is a
 * short hash of the key, so rotating needs no naming: configure the new key first and the old
 * ones after it; values sealed under an old key still open, and are sealed under the new one the
 * next time they are saved.
 */
import {createCipheriv, createDecipheriv, createHash, randomBytes} from 'node:crypto';

const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';
export const SECRET_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type OpenResult =
  | {ok: true; value: string}
  | {ok: false; reason: 'malformed' | 'unknown_key' | 'refused'};

export interface SecretBox {
  /**
   * Seals `plain`. `context` (for example "mail_settings:<shop>:password") is authenticated but
   * not stored: a sealed value copied into another shop's row or another field does not open.
   */
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): OpenResult;
  /** True when `sealed` was sealed under an older key and should be sealed again. */
  isStale(sealed: string): boolean;
}

/** A key's id: enough of its hash to tell configured keys apart, never enough to matter. */
export function keyIdOf(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 8);
}

/**
 * A secret key as configured: 64 hex characters or base64 of 32 bytes. Undefined when it is
 * neither, so the configuration can list it with its other problems.
 */
export function parseSecretKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return undefined;
  // Node's base64 decoder reads the URL-safe alphabet too.
  const key = Buffer.from(trimmed, 'base64');
  return key.length === SECRET_KEY_BYTES ? key : undefined;
}

/** `keys[0]` seals; every key opens what was sealed under it. */
export function createSecretBox(keys: readonly Uint8Array[]): SecretBox {
  const [current] = keys;
  if (!current || keys.some((key) => key.length !== SECRET_KEY_BYTES)) {
    throw new Error(`a secret box needs at least one key of ${SECRET_KEY_BYTES} bytes`);
  }
  const currentId = keyIdOf(current);
  const byId = new Map(keys.map((key) => [keyIdOf(key), key]));

  return {
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, current, iv, {authTagLength: TAG_BYTES});
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
      return [FORMAT, currentId, ...parts].join('.');
    },

    open(sealed, context) {
      const parsed = partsOf(sealed);
      if (!parsed) return {ok: false, reason: 'malformed'};
      const key = byId.get(parsed.keyId);
      if (!key) return {ok: false, reason: 'unknown_key'};
      try {
        const decipher = createDecipheriv(ALGORITHM, key, parsed.iv, {authTagLength: TAG_BYTES});
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(parsed.tag);
        const plain = Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]);
        return {ok: true, value: plain.toString('utf8')};
      } catch {
        // GCM refuses a changed ciphertext, tag, iv or context alike; which one is not knowable.
        return {ok: false, reason: 'refused'};
      }
    },

    isStale(sealed) {
      return partsOf(sealed)?.keyId !== currentId;
    },
  };
}

function partsOf(sealed: string) {
  const parts = sealed.split('.');
  if (parts.length !== 5 || parts[0] !== FORMAT) return undefined;
  const [, keyId = '', iv = '', tag = '', ciphertext = ''] = parts;
  const decoded = {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    ciphertext: Buffer.from(ciphertext, 'base64url'),
  };
  if (decoded.iv.length !== IV_BYTES || decoded.tag.length !== TAG_BYTES) return undefined;
  return decoded;
}
