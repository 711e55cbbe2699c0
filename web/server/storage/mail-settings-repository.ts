import type {Knex} from 'knex';

/** A shop's SMTP settings as stored; the password only sealed (see crypto/secret-box.ts). */
export interface MailSettingsRecord {
  shop: string;
  host: string;
  port: number;
  /** True: TLS from the first byte (usually port 465); false: STARTTLS when the server offers it. */
  secure: boolean;
  username: string;
  /** Null while no password was given: Heed then sends without logging in. */
  passwordSealed: string | null;
  fromAddress: string;
  updatedAt: number;
}

interface MailSettingsRow {
  shop: string;
  host: string;
  port: number | string;
  secure: boolean | number;
  username: string;
  password_sealed: string | null;
  from_address: string;
  updated_at: number | string;
}

const TABLE = 'mail_settings';

export function createMailSettingsRepository(db: Knex) {
  return {
    async get(shop: string): Promise<MailSettingsRecord | undefined> {
      const row = await db<MailSettingsRow>(TABLE).where({shop}).first();
      return row ? recordOf(row) : undefined;
    },

    /**
     * Creates or replaces the shop's settings. Without `passwordSealed` the stored password stays
     * as it is, in the same statement, so a concurrent change of password is never undone.
     */
    async save(
      settings: Omit<MailSettingsRecord, 'passwordSealed'> & {passwordSealed?: string | null},
    ): Promise<MailSettingsRecord> {
      const row = {
        shop: settings.shop,
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        username: settings.username,
        password_sealed: settings.passwordSealed ?? null,
        from_address: settings.fromAddress,
        updated_at: settings.updatedAt,
      };
      const replaced: Array<keyof MailSettingsRow> = [
        'host',
        'port',
        'secure',
        'username',
        'from_address',
        'updated_at',
      ];
      if (settings.passwordSealed !== undefined) replaced.push('password_sealed');
      const [saved] = await db<MailSettingsRow>(TABLE)
        .insert(row)
        .onConflict('shop')
        .merge(replaced)
        .returning('*');
      if (!saved) throw new Error('mail settings were not saved');
      return recordOf(saved);
    },

    async deleteShop(shop: string): Promise<void> {
      await db(TABLE).where({shop}).delete();
    },
  };
}

function recordOf(row: MailSettingsRow): MailSettingsRecord {
  return {
    shop: row.shop,
    host: row.host,
    port: Number(row.port),
    secure: Boolean(row.secure),
    username: row.username,
    passwordSealed: row.password_sealed,
    fromAddress: row.from_address,
    updatedAt: Number(row.updated_at),
  };
}

export type MailSettingsRepository = ReturnType<typeof createMailSettingsRepository>;
