import type {SecretBox} from '../crypto/secret-box';

/**
 * The sealed SMTP password is bound to its shop and field: a sealed value copied into another
 * shop's row does not open there.
 */
function contextOf(shop: string): string {
  return `mail_settings:${shop}:password`;
}

export function sealMailPassword(secrets: SecretBox, shop: string, password: string): string {
  return secrets.seal(password, contextOf(shop));
}

export function openMailPassword(secrets: SecretBox, shop: string, sealed: string) {
  return secrets.open(sealed, contextOf(shop));
}
