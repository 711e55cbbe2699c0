import type {FieldError, Resolver} from 'react-hook-form';
import type {TFunction} from 'i18next';
import type {NotificationSettings} from '../api/notification-settings';
import {bodyResolver} from '../forms/body-resolver';
import {
  NOTIFIED_CHANGES,
  notificationSettingsInputSchema,
  type NotificationSettingsInput,
  type NotifiedChange,
  type SayNotification,
} from '../../../shared/notification-schemas';

export type Channel = 'email' | 'slack';

/** The form as the merchant sets it: ticked changes per channel, and a webhook URL to set. */
export interface NotificationFormValues {
  email: NotifiedChange[];
  slack: NotifiedChange[];
  /** Write-only: blank keeps the saved one. */
  webhookUrl: string;
}

/** The server names the URL `slack.webhookUrl`; the form holds it as `webhookUrl`. */
export const WEBHOOK_PATH = 'slack.webhookUrl';

export const notifyFieldId = (channel: Channel, change: NotifiedChange) =>
  `notify-${channel}-${change}`;

export function notificationValuesOf(saved: NotificationSettings): NotificationFormValues {
  return {email: [...saved.email.changes], slack: [...saved.slack.changes], webhookUrl: ''};
}

/**
 * Ticking keeps Heed's order, so a change ticked off and on again leaves the form unchanged
 * (react-hook-form compares values in order).
 */
export function toggled(chosen: readonly NotifiedChange[], change: NotifiedChange, on: boolean) {
  return NOTIFIED_CHANGES.filter((c) => (c === change ? on : chosen.includes(c)));
}

export function notificationBodyOf(values: NotificationFormValues): Record<string, unknown> {
  const url = values.webhookUrl.trim();
  return {
    email: {changes: values.email},
    slack: url === '' ? {changes: values.slack} : {changes: values.slack, webhookUrl: url},
  };
}

const sayNotificationIn =
  (t: TFunction<'settings'>): SayNotification =>
  (code) =>
    t(`validation.notifications.${code}`);

/**
 * The shared schema in the admin's language. The admin cannot know whether the server allows a
 * local webhook (outside production it does), so the form allows one and the server narrows.
 */
export function notificationResolver(
  t: TFunction<'settings'>,
): Resolver<NotificationFormValues, unknown, NotificationSettingsInput> {
  const schema = notificationSettingsInputSchema({allowLoopback: true}, sayNotificationIn(t));
  const resolve = bodyResolver<NotificationFormValues, NotificationSettingsInput>(
    schema,
    notificationBodyOf,
  );
  // The schema names the URL by its body path; the form's field is `webhookUrl`.
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    const slack: unknown = (result.errors as Record<string, unknown>).slack;
    const onUrl =
      typeof slack === 'object' && slack !== null && 'webhookUrl' in slack
        ? slack.webhookUrl
        : undefined;
    return onUrl ? {values: {}, errors: {webhookUrl: onUrl as FieldError}} : result;
  };
}
