import {describe, expect, it} from 'vitest';
import {createSecretBox, keyIdOf, parseSecretKey} from '../../../web/server/crypto/secret-box';

const OLD = Buffer.alloc(32, 1);
const NEW = Buffer.alloc(32, 2);
const CONTEXT = 'mail_settings:fabulous-furs.myshopify.com:password';
const PASSWORD = 'correct horse battery staple';

/** `sealed` with one character of part `index` (0 = format … 4 = ciphertext) changed. */
function tampered(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const part = parts[index] ?? '';
  const flipped = part[1] === 'A' ? 'B' : 'A';
  parts[index] = `${part[0] ?? ''}${flipped}${part.slice(2)}`;
  return parts.join('.');
}

describe('secret box', () => {
  it('when a secret is sealed, then it opens with its context and does not show in the sealed text', () => {
    const box = createSecretBox([NEW]);
    const sealed = box.seal(PASSWORD, CONTEXT);
    expect(sealed).not.toContain(PASSWORD);
    expect(sealed).not.toContain(Buffer.from(PASSWORD).toString('base64url'));
    expect(sealed.startsWith(`v1.${keyIdOf(NEW)}.`)).toBe(true);
    expect(box.open(sealed, CONTEXT)).toEqual({ok: true, value: PASSWORD});
  });

  it('when the same secret is sealed twice, then the sealed texts differ (a fresh iv each time)', () => {
    const box = createSecretBox([NEW]);
    expect(box.seal(PASSWORD, CONTEXT)).not.toBe(box.seal(PASSWORD, CONTEXT));
  });

  it('when an empty or non-ASCII secret is sealed, then it opens unchanged', () => {
    const box = createSecretBox([NEW]);
    for (const secret of ['', 'pässwörd-🦊']) {
      expect(box.open(box.seal(secret, CONTEXT), CONTEXT)).toEqual({ok: true, value: secret});
    }
  });

  it.each([
    ['the iv', 2],
    ['the tag', 3],
    ['the ciphertext', 4],
  ])('when %s was changed, then opening is refused', (_what, index) => {
    const box = createSecretBox([NEW]);
    const sealed = box.seal(PASSWORD, CONTEXT);
    expect(box.open(tampered(sealed, index), CONTEXT)).toEqual({ok: false, reason: 'refused'});
  });

  it.each([
    ['another shop', 'mail_settings:other.myshopify.com:password'],
    ['another field', 'slack:fabulous-furs.myshopify.com:webhook_url'],
  ])('when a sealed value is moved to %s, then opening is refused', (_where, context) => {
    const box = createSecretBox([NEW]);
    expect(box.open(box.seal(PASSWORD, CONTEXT), context)).toEqual({ok: false, reason: 'refused'});
  });

  it.each([
    ['an empty string', ''],
    ['plain text', PASSWORD],
    ['an unknown format', 'v2.abcdefgh.AAAA.AAAA.AAAA'],
    ['a short iv', 'v1.abcdefgh.AAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA'],
    ['a missing part', 'v1.abcdefgh.AAAAAAAAAAAAAAAA'],
  ])('when the stored value is %s, then it is malformed', (_what, stored) => {
    expect(createSecretBox([NEW]).open(stored, CONTEXT)).toEqual({ok: false, reason: 'malformed'});
  });

  it('when the key that sealed a value is no longer configured, then opening says so', () => {
    const sealed = createSecretBox([OLD]).seal(PASSWORD, CONTEXT);
    expect(createSecretBox([NEW]).open(sealed, CONTEXT)).toEqual({
      ok: false,
      reason: 'unknown_key',
    });
  });

  it('when keys rotate, then old values still open, are stale, and seal again under the new key', () => {
    const sealedOld = createSecretBox([OLD]).seal(PASSWORD, CONTEXT);
    const rotated = createSecretBox([NEW, OLD]);
    expect(rotated.open(sealedOld, CONTEXT)).toEqual({ok: true, value: PASSWORD});
    expect(rotated.isStale(sealedOld)).toBe(true);
    const sealedNew = rotated.seal(PASSWORD, CONTEXT);
    expect(rotated.isStale(sealedNew)).toBe(false);
    expect(createSecretBox([NEW]).open(sealedNew, CONTEXT)).toEqual({ok: true, value: PASSWORD});
  });

  it.each([
    ['no key', []],
    ['a 16-byte key', [Buffer.alloc(16)]],
    ['a short second key', [NEW, Buffer.alloc(31)]],
  ])('when built with %s, then it refuses to start', (_what, keys) => {
    expect(() => createSecretBox(keys)).toThrow('at least one key of 32 bytes');
  });

  it.each([
    ['64 hex characters', 'ab'.repeat(32), true],
    ['base64 with padding', Buffer.alloc(32, 3).toString('base64'), true],
    ['base64url without padding', Buffer.alloc(32, 255).toString('base64url'), true],
    ['surrounding spaces', ` ${'cd'.repeat(32)} `, true],
    ['62 hex characters', 'ab'.repeat(31), false],
    ['base64 of 31 bytes', Buffer.alloc(31).toString('base64'), false],
    ['base64 of 33 bytes', Buffer.alloc(33).toString('base64'), false],
    ['a passphrase', 'my shop secret', false],
  ])('when a configured key is %s, then it is accepted: %s', (_what, text, accepted) => {
    const key = parseSecretKey(text);
    expect(key?.length === 32).toBe(accepted);
  });
});
