/**
 * A notification to a staff member, as the outbox keeps it: who hears about which change of which
 * case, on which channel, and what became of it. Only ids are kept; the message is written when it
 * is sent, from the case and the person as they are then.
 */

export const NOTIFICATION_CHANNELS = ['email', 'slack'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** `cancelled`: the case was resolved before it went out, so nobody is told to act on it. */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** The case changes a person is told about: shared with the admin's form. */
export {NOTIFIED_CHANGES, type NotifiedChange} from '../../shared/notification-schemas';

/** The recipient of a Slack notification: the shop's one channel, not a person. */
export const SLACK_RECIPIENT = 'slack-channel';

export interface Notification {
  id: string;
  shop: string;
  caseId: string;
  /** The change that caused it, once per case: `opened:1`, `raised:3` (change and revision). */
  eventKey: string;
  /** The staff member's Shopify user id, or `SLACK_RECIPIENT` for the shop's Slack channel. */
  recipientId: string;
  channel: NotificationChannel;
  status: NotificationStatus;
  /** Claims so far: a send that failed, and one a worker never finished, both count. */
  attempts: number;
  nextAttemptAt: number;
  leaseOwner: string | null;
  leaseExpiresAt: number | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
}

/** What a change writes: the rest is the outbox's own bookkeeping. */
export type NewNotification = Pick<
  Notification,
  'id' | 'shop' | 'caseId' | 'eventKey' | 'recipientId' | 'channel' | 'nextAttemptAt' | 'createdAt'
>;
