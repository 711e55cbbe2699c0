import {z} from 'zod/mini';
import type {MailSettingsInput} from '../../../shared/mail-schemas';
import type {ApiClient} from './api-client';

export type {MailSettingsInput};

/**
 * `/api/settings/mail`: the shop's own SMTP server, for plain email to shoppers. The password is
 * write-only: the server says whether one is stored, never what it is.
 */
export const MAIL_SETTINGS_PATH = '/api/settings/mail';
export const MAIL_TEST_PATH = '/api/settings/mail/test';

const mailSchema = z.object({
  host: z.string(),
  port: z.number(),
  secure: z.boolean(),
  username: z.string(),
  fromAddress: z.string(),
  passwordSet: z.boolean(),
  updatedAt: z.number(),
});

const mailTestSchema = z.discriminatedUnion('ok', [
  z.object({ok: z.literal(true), response: z.string()}),
  z.object({ok: z.literal(false), error: z.string()}),
]);

export type MailSettings = z.infer<typeof mailSchema>;
export type MailTestResult = z.infer<typeof mailTestSchema>;

const mailAnswerSchema = z.object({mail: z.nullable(mailSchema)});

// Module-level: `useApiQuery` refetches when its parser changes identity.
export const parseMailSettings = (body: unknown): MailSettings | null =>
  mailAnswerSchema.parse(body).mail;

const parseMailTest = (body: unknown): MailTestResult => mailTestSchema.parse(body);

export function saveMailSettings(
  client: ApiClient,
  input: MailSettingsInput,
): Promise<MailSettings | null> {
  return client.request(MAIL_SETTINGS_PATH, parseMailSettings, {method: 'PUT', body: input});
}

/** The SMTP server's own answer, or its refusal, as the server met it. */
export function sendTestMail(client: ApiClient, to: string): Promise<MailTestResult> {
  return client.request(MAIL_TEST_PATH, parseMailTest, {
    method: 'POST',
    body: {to},
  });
}
