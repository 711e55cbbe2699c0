import type {Knex} from 'knex';

export interface ShopRecord {
  shop: string;
  name: string | null;
  currencyCode: string | null;
  /** The shop's IANA time zone, once the Admin API told it. */
  timeZone: string | null;
  scopes: string | null;
  installedAt: number;
  uninstalledAt: number | null;
}

interface ShopRow {
  shop: string;
  name: string | null;
  currency_code: string | null;
  iana_timezone: string | null;
  scopes: string | null;
  installed_at: number | string;
  uninstalled_at: number | string | null;
}

export function createShopsRepository(db: Knex) {
  return {
    /** Records an install (or a re-install after an uninstall). */
    async markInstalled(
      shop: string,
      details: {scopes: string; name?: string; currencyCode?: string},
      now: number,
    ) {
      await db('shops')
        .insert({
          shop,
          scopes: details.scopes,
          name: details.name ?? null,
          currency_code: details.currencyCode ?? null,
          installed_at: now,
          uninstalled_at: null,
          updated_at: now,
        })
        .onConflict('shop')
        .merge({
          scopes: details.scopes,
          ...(details.name ? {name: details.name} : {}),
          ...(details.currencyCode ? {currency_code: details.currencyCode} : {}),
          installed_at: db.raw(
            'CASE WHEN shops.uninstalled_at IS NULL THEN shops.installed_at ELSE ? END',
            [now],
          ),
          uninstalled_at: null,
          updated_at: now,
        });
    },

    async updateDetails(
      shop: string,
      details: {name: string; currencyCode: string; timeZone?: string | null},
      now: number,
    ) {
      await db('shops')
        .where({shop})
        .update({
          name: details.name,
          currency_code: details.currencyCode,
          ...(details.timeZone ? {iana_timezone: details.timeZone} : {}),
          updated_at: now,
        });
    },

    /**
     * An uninstall counts only if it happened after the current install: a late `app/uninstalled`
     * delivery must not undo a re-install that followed it.
     */
    async markUninstalled(shop: string, uninstalledAt: number): Promise<boolean> {
      const changed = await db('shops')
        .where({shop})
        .andWhere('installed_at', '<=', uninstalledAt)
        .update({uninstalled_at: uninstalledAt, updated_at: uninstalledAt});
      return changed > 0;
    },

    async get(shop: string): Promise<ShopRecord | undefined> {
      const row = await db<ShopRow>('shops').where({shop}).first();
      return row ? toRecord(row) : undefined;
    },

    async isInstalled(shop: string): Promise<boolean> {
      const row = await db<ShopRow>('shops')
        .where({shop})
        .whereNull('uninstalled_at')
        .first('shop');
      return row !== undefined;
    },

    /**
     * The cart bar called through the app proxy. Written at most once per `everyMs`, so a busy
     * storefront does not turn every shopper's visit into a write.
     */
    async markCartBarSeen(shop: string, now: number, everyMs: number): Promise<void> {
      await db('shops')
        .where({shop})
        .andWhere((q) =>
          q.whereNull('cart_bar_seen_at').orWhere('cart_bar_seen_at', '<', now - everyMs),
        )
        .update({cart_bar_seen_at: now});
    },

    async cartBarSeenAt(shop: string): Promise<number | null> {
      const row = await db('shops').where({shop}).first('cart_bar_seen_at');
      return row?.cart_bar_seen_at == null ? null : Number(row.cart_bar_seen_at);
    },

    /** The hash of the key the shop's web pixel sends with every batch (set when Heed activates it). */
    async setIngestKey(
      shop: string,
      keyHash: string,
      webPixelId: string | null,
      now: number,
    ): Promise<void> {
      await db('shops')
        .where({shop})
        .update({ingest_key_hash: keyHash, web_pixel_id: webPixelId, updated_at: now});
    },

    async ingestKeyHash(shop: string): Promise<string | null> {
      const row = await db('shops')
        .where({shop})
        .whereNull('uninstalled_at')
        .first('ingest_key_hash');
      return row?.ingest_key_hash ? String(row.ingest_key_hash) : null;
    },

    /** What the shop changed of the hesitation thresholds, as stored; `{}` when nothing. */
    async hesitationSettings(shop: string): Promise<unknown> {
      const row = await db('shops').where({shop}).first('hesitation_settings');
      return row?.hesitation_settings
        ? (JSON.parse(String(row.hesitation_settings)) as unknown)
        : {};
    },

    async setHesitationSettings(shop: string, overrides: object, now: number): Promise<void> {
      const empty = Object.keys(overrides).length === 0;
      await db('shops')
        .where({shop})
        .update({hesitation_settings: empty ? null : JSON.stringify(overrides), updated_at: now});
    },

    /** Whether the shop's default follow-up rules were installed (a read; no write lock). */
    async followupInstalled(shop: string): Promise<boolean> {
      const row = await db('shops').where({shop}).first('followup_installed_at');
      return row !== undefined && row.followup_installed_at !== null;
    },

    /**
     * Records that the shop's default follow-up rules were installed; true only for the call
     * that did it, so two instances never install them twice.
     */
    async claimFollowupInstall(shop: string, now: number): Promise<boolean> {
      const claimed = await db('shops')
        .where({shop})
        .whereNull('followup_installed_at')
        .update({followup_installed_at: now});
      return claimed > 0;
    },

    async delete(shop: string): Promise<void> {
      await db('shops').where({shop}).delete();
    },
  };
}

export type ShopsRepository = ReturnType<typeof createShopsRepository>;

function toRecord(row: ShopRow): ShopRecord {
  return {
    shop: row.shop,
    name: row.name,
    currencyCode: row.currency_code,
    timeZone: row.iana_timezone ?? null,
    scopes: row.scopes,
    installedAt: Number(row.installed_at),
    uninstalledAt: row.uninstalled_at === null ? null : Number(row.uninstalled_at),
  };
}
