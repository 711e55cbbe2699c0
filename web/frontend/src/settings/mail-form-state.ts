import type {Resolver} from 'react-hook-form';
import type {TFunction} from 'i18next';
import type {MailSettings} from '../api/mail-settings';
import {bodyResolver} from '../forms/body-resolver';
import {
  DEFAULT_MAIL_PORT,
  mailSettingsInputSchema,
  type MailSettingsInput,
  type SayMail,
} from '../../../shared/mail-schemas';

/** The form as the merchant types it: the port stays text until it is checked. */
export interface MailFormValues {
  host: string;
  port: string;
  secure: boolean;
  username: string;
  /** Write-only: blank keeps the stored one. */
  password: string;
  fromAddress: string;
}

export type MailField = Exclude<keyof MailFormValues, 'secure'>;
export const MAIL_FIELDS: readonly MailField[] = [
  'host',
  'port',
  'username',
  'password',
  'fromAddress',
];

export const mailFieldId = (field: MailField | 'secure') => `mail-${field}`;

export function mailValuesOf(saved: MailSettings | null): MailFormValues {
  return {
    host: saved?.host ?? '',
    port: String(saved?.port ?? DEFAULT_MAIL_PORT),
    secure: saved?.secure ?? false,
    username: saved?.username ?? '',
    password: '',
    fromAddress: saved?.fromAddress ?? '',
  };
}

/** The request body the values make, before the schema checks it. */
export function mailBodyOf(values: MailFormValues): Record<string, unknown> {
  const port = values.port.trim() === '' ? Number.NaN : Number(values.port);
  const body: Record<string, unknown> = {...values, port};
  if (values.password === '') delete body.password;
  return body;
}

/** The message codes in the admin's language (`settings:validation.mail.*`). */
export const sayMailIn =
  (t: TFunction<'settings'>): SayMail =>
  (code) =>
    t(`validation.mail.${code}`);

/** The form's resolver: the shared schema, in the admin's language. */
export function mailResolver(
  t: TFunction<'settings'>,
  passwordSaved: boolean,
): Resolver<MailFormValues, unknown, MailSettingsInput> {
  return bodyResolver(mailSettingsInputSchema(sayMailIn(t), {passwordSaved}), mailBodyOf);
}
