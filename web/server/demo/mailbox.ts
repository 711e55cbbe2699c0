/**
 * The demo's mailbox: what Heed would have sent out of the demo (emails to staff and shoppers,
 * Slack messages), as the local stand-ins received it, for the Demo mailbox page to list.
 *
 * Kept in memory, not in a table: it stands in for the people's own inboxes and channels, which
 * are not Heed's data, and a table every production database would carry for the demo alone is
 * the wrong trade. What Heed itself keeps about each send (the outbox row: sent, when, attempts)
 * is durable as ever, so a restarted demo still shows on each case whom it notified; only this
 * copy of the words starts empty again.
 */

export const MAILBOX_CHANNELS = ['email', 'slack'] as const;
export type MailboxChannel = (typeof MAILBOX_CHANNELS)[number];

/** Messages kept, newest first; older ones drop off, so a demo left running stays small. */
export const MAILBOX_CAPACITY = 500;

/** The case a message links to: the link as sent, and the case's id in Heed. */
export interface CaseLink {
  url: string;
  caseId: string;
}

export interface MailboxMessage {
  /** Increases with each message received, so a page can tell new ones from seen ones. */
  id: number;
  channel: MailboxChannel;
  receivedAt: number;
  /** The sender as the message names it (an email's From); null where the channel has none. */
  from: string | null;
  /** An email's envelope recipients; a Slack message names no one (its webhook is its channel). */
  to: string[];
  /** Null for a Slack message, which has no subject. */
  subject: string | null;
  body: string;
  caseLink: CaseLink | null;
}

export type ReceivedMessage = Omit<MailboxMessage, 'id'>;

export interface DemoMailbox {
  receive(message: ReceivedMessage): MailboxMessage;
  /** Newest first; only the channel's when one is given. */
  list(channel?: MailboxChannel): MailboxMessage[];
}

export function createDemoMailbox(capacity = MAILBOX_CAPACITY): DemoMailbox {
  const newestFirst: MailboxMessage[] = [];
  let lastId = 0;
  return {
    receive(message) {
      lastId += 1;
      const kept = {id: lastId, ...message};
      newestFirst.unshift(kept);
      if (newestFirst.length > capacity) newestFirst.length = capacity;
      return kept;
    },
    list(channel) {
      return channel ? newestFirst.filter((m) => m.channel === channel) : [...newestFirst];
    },
  };
}
