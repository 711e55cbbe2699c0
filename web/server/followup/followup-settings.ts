import {notifiedChangesSchema as sharedChangesSchema} from '../../shared/notification-schemas';
import {NOTIFIED_CHANGES, type NotifiedChange} from './notification';
import {workingHoursSchema, type WorkingHours} from './types';

/**
 * A shop's follow-up settings: the hours it answers shoppers (first-contact deadlines count only
 * those), and which case changes each notification channel announces. Email goes to the person
 * a case is for; Slack, when set, to one channel of the shop's.
 */

/** Email tells the person of every change they must act on. */
export const DEFAULT_EMAIL_CHANGES: readonly NotifiedChange[] = NOTIFIED_CHANGES;
/**
 * A channel the whole team reads hears of new cases, overdue ones and shoppers asking for a
 * person, not of every raise.
 */
export const DEFAULT_SLACK_CHANGES: readonly NotifiedChange[] = ['opened', 'escalated', 'asked'];

/** The schema the settings route and the admin's form share (web/shared/notification-schemas.ts). */
export const notifiedChangesSchema = sharedChangesSchema();

export interface FollowupSettings {
  shop: string;
  /** In the shop's time zone; null: every hour of every day. */
  workingHours: WorkingHours | null;
  emailChanges: readonly NotifiedChange[];
  slackChanges: readonly NotifiedChange[];
  /** The Slack incoming-webhook URL, sealed; null: no Slack. */
  slackWebhookSealed: string | null;
  updatedAt: number | null;
}

export function defaultFollowupSettings(shop: string): FollowupSettings {
  return {
    shop,
    workingHours: null,
    emailChanges: DEFAULT_EMAIL_CHANGES,
    slackChanges: DEFAULT_SLACK_CHANGES,
    slackWebhookSealed: null,
    updatedAt: null,
  };
}

/** What a case change needs to know of the settings to write its notifications. */
export interface NotifyChannels {
  emailChanges: readonly NotifiedChange[];
  /** Null while the shop has no Slack channel. */
  slackChanges: readonly NotifiedChange[] | null;
}

export function notifyChannelsOf(settings: FollowupSettings): NotifyChannels {
  return {
    emailChanges: settings.emailChanges,
    slackChanges: settings.slackWebhookSealed === null ? null : settings.slackChanges,
  };
}

/** Stored hours that no longer parse count as unset, never as "closed". */
export function storedHours(json: string | null): WorkingHours | null {
  if (json === null) return null;
  const parsed = workingHoursSchema.safeParse(safeJson(json));
  return parsed.success ? parsed.data : null;
}

export function storedChanges(
  json: string | null,
  fallback: readonly NotifiedChange[],
): readonly NotifiedChange[] {
  if (json === null) return fallback;
  const parsed = notifiedChangesSchema.safeParse(safeJson(json));
  return parsed.success ? parsed.data : fallback;
}

function safeJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
