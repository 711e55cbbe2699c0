import {z} from 'zod/mini';
import {
  NOTIFIED_CHANGES,
  type NotificationSettingsInput,
  type NotifiedChange,
} from '../../../shared/notification-schemas';
import type {ApiClient} from './api-client';
import type {WorkingHours} from './staff';

/**
 * `/api/settings/notifications`: which case changes reach the team by email and in Slack, and a
 * test per channel. `/api/settings/hours`: when the shop answers shoppers, in its time zone.
 * The Slack webhook URL is write-only: the server shows it masked.
 */
export const NOTIFICATION_SETTINGS_PATH = '/api/settings/notifications';
export const NOTIFICATION_TEST_PATH = '/api/settings/notifications/test';
export const SHOP_HOURS_PATH = '/api/settings/hours';

export {NOTIFIED_CHANGES, type NotifiedChange, type NotificationSettingsInput};

const changesSchema = z.array(z.enum(NOTIFIED_CHANGES));

const notificationSettingsSchema = z.object({
  email: z.object({changes: changesSchema}),
  slack: z.object({set: z.boolean(), webhookUrl: z.nullable(z.string()), changes: changesSchema}),
  updatedAt: z.nullable(z.number()),
});

const testResultSchema = z.discriminatedUnion('ok', [
  z.object({ok: z.literal(true), response: z.string()}),
  z.object({ok: z.literal(false), error: z.string()}),
]);

const shopHoursSchema = z.object({
  workingHours: z.nullable(
    z.array(z.object({day: z.number(), start: z.string(), end: z.string()})),
  ),
  timeZone: z.nullable(z.string()),
});

export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export type ChannelTestResult = z.infer<typeof testResultSchema>;
export type ShopHours = z.infer<typeof shopHoursSchema>;

export type ChannelTest = {channel: 'email'; to?: string} | {channel: 'slack'; webhookUrl?: string};

// Module-level: `useApiQuery` refetches when its parser changes identity.
export const parseNotificationSettings = (body: unknown): NotificationSettings =>
  notificationSettingsSchema.parse(body);
export const parseShopHours = (body: unknown): ShopHours => shopHoursSchema.parse(body);
const parseTestResult = (body: unknown): ChannelTestResult => testResultSchema.parse(body);

export function saveNotificationSettings(client: ApiClient, input: NotificationSettingsInput) {
  return client.request(NOTIFICATION_SETTINGS_PATH, parseNotificationSettings, {
    method: 'PUT',
    body: input,
  });
}

/** The mail server's or Slack's own answer, or its refusal, as the server met it. */
export function testChannel(client: ApiClient, test: ChannelTest): Promise<ChannelTestResult> {
  return client.request(NOTIFICATION_TEST_PATH, parseTestResult, {method: 'POST', body: test});
}

export function saveShopHours(client: ApiClient, workingHours: WorkingHours | null) {
  return client.request(SHOP_HOURS_PATH, parseShopHours, {method: 'PUT', body: {workingHours}});
}
