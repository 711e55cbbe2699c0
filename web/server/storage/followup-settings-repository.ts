import type {Knex} from 'knex';
import {
  defaultFollowupSettings,
  storedChanges,
  storedHours,
  DEFAULT_EMAIL_CHANGES,
  DEFAULT_SLACK_CHANGES,
  type FollowupSettings,
} from '../followup/followup-settings';
import type {NotifiedChange} from '../followup/notification';
import type {WorkingHours} from '../followup/types';

const TABLE = 'followup_settings';

interface FollowupSettingsRow {
  shop: string;
  working_hours_json: string | null;
  email_changes_json: string | null;
  slack_changes_json: string | null;
  slack_webhook_sealed: string | null;
  updated_at: number | string;
}

/** What a save changes; a part left undefined stays as stored, in the same statement. */
export interface FollowupSettingsChange {
  workingHours?: WorkingHours | null;
  emailChanges?: readonly NotifiedChange[];
  slackChanges?: readonly NotifiedChange[];
  /** A sealed URL to set, null to remove Slack, undefined to keep it. */
  slackWebhookSealed?: string | null;
}

export function createFollowupSettingsRepository(db: Knex) {
  return {
    /** The shop's settings; Heed's defaults where it saved none. */
    async get(shop: string): Promise<FollowupSettings> {
      const row = await db<FollowupSettingsRow>(TABLE).where({shop}).first();
      return row ? settingsOf(row) : defaultFollowupSettings(shop);
    },

    async save(shop: string, change: FollowupSettingsChange, now: number) {
      const row: Partial<FollowupSettingsRow> = {shop, updated_at: now};
      if (change.workingHours !== undefined) {
        row.working_hours_json = change.workingHours ? JSON.stringify(change.workingHours) : null;
      }
      if (change.emailChanges !== undefined) {
        row.email_changes_json = JSON.stringify(change.emailChanges);
      }
      if (change.slackChanges !== undefined) {
        row.slack_changes_json = JSON.stringify(change.slackChanges);
      }
      if (change.slackWebhookSealed !== undefined) {
        row.slack_webhook_sealed = change.slackWebhookSealed;
      }
      const replaced = Object.keys(row).filter((key) => key !== 'shop');
      const [saved] = await db<FollowupSettingsRow>(TABLE)
        .insert(row)
        .onConflict('shop')
        .merge(replaced as Array<keyof FollowupSettingsRow>)
        .returning('*');
      if (!saved) throw new Error('follow-up settings were not saved');
      return settingsOf(saved);
    },

    async deleteShop(shop: string): Promise<void> {
      await db(TABLE).where({shop}).delete();
    },
  };
}

function settingsOf(row: FollowupSettingsRow): FollowupSettings {
  return {
    shop: row.shop,
    workingHours: storedHours(row.working_hours_json),
    emailChanges: storedChanges(row.email_changes_json, DEFAULT_EMAIL_CHANGES),
    slackChanges: storedChanges(row.slack_changes_json, DEFAULT_SLACK_CHANGES),
    slackWebhookSealed: row.slack_webhook_sealed,
    updatedAt: Number(row.updated_at),
  };
}

export type FollowupSettingsRepository = ReturnType<typeof createFollowupSettingsRepository>;
