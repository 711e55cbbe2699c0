import {describe, expect, it} from 'vitest';
import {
  INGEST_KEY_CACHE_MS,
  createIngestKeyCheck,
  hashIngestKey,
  newIngestKey,
} from '../../../web/server/signals/ingest-key';

const SHOP = 'key-shop.myshopify.com';

function setup() {
  const stored = new Map<string, string>();
  let reads = 0;
  let now = 1_000_000;
  const check = createIngestKeyCheck({
    read: async (shop) => {
      reads += 1;
      return stored.get(shop) ?? null;
    },
    now: () => now,
  });
  return {
    check,
    setKey: (key: string | null) =>
      key === null ? stored.delete(SHOP) : stored.set(SHOP, hashIngestKey(key)),
    reads: () => reads,
    advance: (ms: number) => (now += ms),
  };
}

describe('ingest key check', () => {
  it('when a shop sends with its key again and again, then the key is read once while remembered', async () => {
    const t = setup();
    const key = newIngestKey();
    t.setKey(key);
    expect(await t.check(SHOP, key)).toBe(true);
    expect(await t.check(SHOP, key)).toBe(true);
    expect(t.reads()).toBe(1);
  });

  it('when the pixel is re-activated with a new key, then the new key works at once and the old one is refused', async () => {
    const t = setup();
    const old = newIngestKey();
    t.setKey(old);
    expect(await t.check(SHOP, old)).toBe(true);
    const fresh = newIngestKey();
    t.setKey(fresh);
    expect(await t.check(SHOP, fresh)).toBe(true);
    expect(await t.check(SHOP, old)).toBe(false);
  });

  it('when the key is wrong or the shop unknown, then it is refused, every time after a fresh read', async () => {
    const t = setup();
    expect(await t.check(SHOP, newIngestKey())).toBe(false);
    expect(await t.check(SHOP, newIngestKey())).toBe(false);
    expect(t.reads()).toBe(2);
    t.setKey(newIngestKey());
    expect(await t.check(SHOP, newIngestKey())).toBe(false);
  });

  it('when the shop uninstalls, then its pixel is refused once the remembered key expires', async () => {
    const t = setup();
    const key = newIngestKey();
    t.setKey(key);
    expect(await t.check(SHOP, key)).toBe(true);
    t.setKey(null);
    t.advance(INGEST_KEY_CACHE_MS + 1);
    expect(await t.check(SHOP, key)).toBe(false);
    expect(t.reads()).toBe(2);
  });
});
