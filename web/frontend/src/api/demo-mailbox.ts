import {z} from 'zod/mini';
import type {ApiClient} from './api-client';

/**
 * `GET /demo/mailbox` (demo mode only): what Heed would have sent, as the demo's own SMTP server
 * and Slack webhook received it, newest first.
 */
export const DEMO_MAILBOX_PATH = '/demo/mailbox';

export const MAILBOX_CHANNELS = ['email', 'slack'] as const;
export type MailboxChannel = (typeof MAILBOX_CHANNELS)[number];

const messageSchema = z.object({
  id: z.number(),
  channel: z.enum(MAILBOX_CHANNELS),
  receivedAt: z.number(),
  from: z.nullable(z.string()),
  to: z.array(z.string()),
  subject: z.nullable(z.string()),
  body: z.string(),
  caseLink: z.nullable(z.object({url: z.string(), caseId: z.string()})),
});

export type MailboxMessage = z.infer<typeof messageSchema>;

const answerSchema = z.object({messages: z.array(messageSchema)});

const parseMailbox = (body: unknown): MailboxMessage[] => answerSchema.parse(body).messages;

export function loadMailbox(
  client: ApiClient,
  channel: MailboxChannel | undefined,
  signal?: AbortSignal,
): Promise<MailboxMessage[]> {
  const query = channel ? `?channel=${channel}` : '';
  return client.request(`${DEMO_MAILBOX_PATH}${query}`, parseMailbox, {signal});
}
