import {z} from 'zod/mini';
import {sayFrom, type Say} from './schema-messages';

/**
 * The shop's SMTP settings as the server accepts them and the admin's form allows them: one
 * schema for both. Every refusal is a message code; the server tells it in English
 * (`MAIL_MESSAGES`), the admin in the merchant's language (the `settings` namespace's
 * `validation.mail.*`, which holds the same English).
 */

export const MAIL_LIMITS = {
  hostChars: 253,
  addressChars: 320,
  passwordChars: 1_000,
  minPort: 1,
  maxPort: 65_535,
} as const;

export const DEFAULT_MAIL_PORT = 587;

export const MAIL_MESSAGES = {
  hostRequired: 'Enter your mail server, like smtp.example.com',
  hostInvalid: 'Enter a host name or IP address, without scheme or port',
  hostTooLong: 'Use at most 253 characters',
  port: 'Use a port from 1 to 65535',
  secure: 'Choose whether to use TLS from the start',
  username: 'Enter the username on one line, at most 320 characters',
  usernameRequired: 'Enter the username for this password',
  password: 'Use a password of 1 to 1,000 characters',
  passwordRequired: 'Enter the password for this login',
  fromAddress: 'Enter the address shoppers see, like help@example.com or Shop <help@example.com>',
  to: 'Enter an email address like you@example.com',
} as const;

export type MailMessage = keyof typeof MAIL_MESSAGES;
/** Says a message code in the reader's language. */
export type SayMail = Say<MailMessage>;

export const englishMail: SayMail = sayFrom(MAIL_MESSAGES);

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** Also matches an IPv4 address: its labels are digits. */
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
/** Line breaks in a header value would let it add headers of its own. */
const NO_LINE_BREAK = /^[^\r\n]*$/;
const ADDRESS = z.email();

/** An IPv6 address, as the URL parser (in Node and browsers alike) reads one. */
function isIpv6(host: string): boolean {
  if (!host.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(host)) return false;
  try {
    return new URL(`http://[${host}]/`).hostname !== '';
  } catch {
    return false;
  }
}

export function isMailHost(host: string): boolean {
  return HOSTNAME.test(host) || isIpv6(host);
}

/** "shop@example.com" or "Fabulous Furs <shop@example.com>". */
export function isFromAddress(text: string): boolean {
  if (!NO_LINE_BREAK.test(text) || text.length > MAIL_LIMITS.addressChars) return false;
  const address = /<([^<>]+)>\s*$/.exec(text)?.[1] ?? text;
  return z.safeParse(ADDRESS, address).success;
}

const trimmed = () =>
  z.pipe(
    z.string(),
    z.transform((text) => text.trim()),
  );

/**
 * A port, its one message for anything else: a port typed as text or left blank is told the
 * range, not "required" (a custom issue, which the server reports as written).
 */
function portSchema(message: string) {
  const isPort = (value: unknown): value is number =>
    Number.isInteger(value) &&
    (value as number) >= MAIL_LIMITS.minPort &&
    (value as number) <= MAIL_LIMITS.maxPort;
  return z.pipe(
    z.unknown().check(z.refine(isPort, {error: message})),
    z.transform((value) => value as number),
  );
}

export interface MailSchemaOptions {
  /**
   * Whether a password is stored already: when false, a username needs a password. The admin
   * knows it from its last read; unset, a username alone is accepted (the stored one is kept).
   */
  passwordSaved?: boolean;
}

/** `PUT /api/settings/mail`'s body. `password` left out keeps the stored one. */
export function mailSettingsInputSchema(
  say: SayMail = englishMail,
  options: MailSchemaOptions = {},
) {
  const host = z.pipe(
    trimmed(),
    z.string().check(
      z.superRefine((text, ctx) => {
        const code: MailMessage | undefined =
          text === ''
            ? 'hostRequired'
            : text.length > MAIL_LIMITS.hostChars
              ? 'hostTooLong'
              : isMailHost(text)
                ? undefined
                : 'hostInvalid';
        if (code) ctx.issues.push({code: 'custom', message: say(code), input: text});
      }),
    ),
  );
  return z
    .object({
      host,
      port: portSchema(say('port')),
      /** On: TLS from the start (port 465). Off: STARTTLS when the server offers it (587, 25). */
      secure: z.boolean({error: say('secure')}),
      /** Empty with no password: the server takes mail without a login. */
      username: z.pipe(
        z.pipe(
          z.string({error: say('username')}),
          z.transform((text) => text.trim()),
        ),
        z
          .string()
          .check(
            z.maxLength(MAIL_LIMITS.addressChars, {error: say('username')}),
            z.regex(NO_LINE_BREAK, {error: say('username')}),
          ),
      ),
      /** Omitted: the saved password stays. */
      password: z.optional(
        z
          .string({error: say('password')})
          .check(
            z.minLength(1, {error: say('password')}),
            z.maxLength(MAIL_LIMITS.passwordChars, {error: say('password')}),
          ),
      ),
      fromAddress: z.pipe(
        z.pipe(
          z.string({error: say('fromAddress')}),
          z.transform((text) => text.trim()),
        ),
        z.string().check(z.refine(isFromAddress, {error: say('fromAddress')})),
      ),
    })
    .check(
      z.superRefine((input, ctx) => {
        if (input.password !== undefined && input.username === '') {
          ctx.issues.push({
            code: 'custom',
            path: ['username'],
            message: say('usernameRequired'),
            input: input.username,
          });
        }
        if (
          options.passwordSaved === false &&
          input.password === undefined &&
          input.username !== ''
        ) {
          ctx.issues.push({
            code: 'custom',
            path: ['password'],
            message: say('passwordRequired'),
            input: input.password,
          });
        }
      }),
    );
}

export type MailSettingsInput = z.output<ReturnType<typeof mailSettingsInputSchema>>;

/** `POST /api/settings/mail/test`'s body. */
export function mailTestInputSchema(say: SayMail = englishMail) {
  return z.object({
    to: z.string({error: say('to')}).check(
      z.maxLength(MAIL_LIMITS.addressChars, {error: say('to')}),
      z.refine((to) => z.safeParse(ADDRESS, to).success, {error: say('to')}),
    ),
  });
}
