import {isIP} from 'node:net';
import {z} from 'zod';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const MAX_HOST_CHARS = 253;
const MAX_ADDRESS_CHARS = 320;
const MAX_PASSWORD_CHARS = 1_000;
/** Line breaks in a header value would let it add headers of its own. */
const NO_LINE_BREAK = /^[^\r\n]*$/;

const address = z.email('must be an email address');

/** "shop@example.com" or "Fabulous Furs <shop@example.com>". */
const fromAddress = z
  .string()
  .trim()
  .max(MAX_ADDRESS_CHARS)
  .regex(NO_LINE_BREAK, 'must be on one line')
  .refine(
    (text) => address.safeParse(/<([^<>]+)>\s*$/.exec(text)?.[1] ?? text).success,
    'must be an email address, optionally with a name: Shop <shop@example.com>',
  );

export const mailSettingsInputSchema = z
  .object({
    host: z
      .string()
      .trim()
      .max(MAX_HOST_CHARS)
      .refine(
        (host) => isIP(host) !== 0 || HOSTNAME.test(host),
        'must be a host name or IP address, without scheme or port',
      ),
    port: z.number().int().min(1).max(65535),
    /** On: TLS from the start (port 465). Off: STARTTLS when the server offers it (587, 25). */
    secure: z.boolean(),
    /** Empty with no password: the server takes mail without a login. */
    username: z.string().trim().max(MAX_ADDRESS_CHARS).regex(NO_LINE_BREAK, 'must be on one line'),
    /** Omitted: the saved password stays. */
    password: z.string().min(1).max(MAX_PASSWORD_CHARS).optional(),
    fromAddress,
  })
  .refine((input) => input.password === undefined || input.username !== '', {
    path: ['username'],
    message: 'is required with a password',
  });

export type MailSettingsInput = z.infer<typeof mailSettingsInputSchema>;

export const mailTestInputSchema = z.object({to: address.max(MAX_ADDRESS_CHARS)});
