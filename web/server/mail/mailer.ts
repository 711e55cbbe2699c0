/**
 * Plain email through a shop's own SMTP server (nodemailer): to a shopper from a case, to staff
 * for notifications, and the settings page's test. Answers a result, never throws for what the
 * server or the network did, and always carries the server's own answer so the person who set
 * the server up can tell what it said.
 */
import nodemailer from 'nodemailer';
import type {SecretBox} from '../crypto/secret-box';
import type {Logger} from '../logger';
import type {MailSettingsRecord, MailSettingsRepository} from '../storage/mail-settings-repository';
import {openMailPassword} from './mail-password';
import {describeSmtpFailure, smtpErrorFields} from './smtp-failure';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
}

export type SendResult =
  | {ok: true; response: string; messageId: string}
  | {ok: false; error: string; retryable: boolean; code: string};

export interface Mailer {
  send(shop: string, message: MailMessage): Promise<SendResult>;
}

/** Each wait of a send is bounded, so a silent server cannot hold a request (or a worker) long. */
export interface MailTimeoutsMs {
  connection: number;
  greeting: number;
  socket: number;
}

export const DEFAULT_MAIL_TIMEOUTS_MS: MailTimeoutsMs = {
  connection: 10_000,
  greeting: 10_000,
  socket: 30_000,
};

export interface MailerDeps {
  settings: Pick<MailSettingsRepository, 'get'>;
  secrets: SecretBox;
  logger: Logger;
  timeoutsMs?: Partial<MailTimeoutsMs>;
}

export const NO_MAIL_SETTINGS = 'NO_MAIL_SETTINGS';
export const PASSWORD_UNREADABLE = 'PASSWORD_UNREADABLE';

export function createMailer(deps: MailerDeps): Mailer {
  const timeouts = {...DEFAULT_MAIL_TIMEOUTS_MS, ...deps.timeoutsMs};

  return {
    async send(shop, message) {
      const settings = await deps.settings.get(shop);
      if (!settings) {
        return failed(NO_MAIL_SETTINGS, 'No email settings are saved for this shop');
      }
      const password = passwordOf(settings);
      if (password === undefined) {
        deps.logger.error(
          {shop},
          'the sealed SMTP password cannot be opened with the configured keys',
        );
        return failed(
          PASSWORD_UNREADABLE,
          'The saved SMTP password cannot be read (the encryption key changed): save it again',
        );
      }
      const result = await deliver(settings, password, message, timeouts);
      logResult(deps.logger, settings, result);
      return result;
    },
  };

  function passwordOf(settings: MailSettingsRecord): string | null | undefined {
    if (settings.passwordSealed === null) return null;
    const opened = openMailPassword(deps.secrets, settings.shop, settings.passwordSealed);
    return opened.ok ? opened.value : undefined;
  }
}

async function deliver(
  settings: MailSettingsRecord,
  password: string | null,
  message: MailMessage,
  timeouts: MailTimeoutsMs,
): Promise<SendResult> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth:
      password === null || settings.username === ''
        ? undefined
        : {user: settings.username, pass: password},
    connectionTimeout: timeouts.connection,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
    dnsTimeout: timeouts.connection,
    // nodemailer's own logging would write the SMTP conversation (AUTH included) to the console.
    logger: false,
    debug: false,
    // Messages are plain text written by staff: never attach a file or fetch a URL for them.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({
      from: settings.fromAddress,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.replyTo ? {replyTo: message.replyTo} : {}),
    });
    return {ok: true, response: info.response, messageId: info.messageId};
  } catch (error) {
    const server = `${settings.host}:${settings.port}`;
    return {ok: false, ...describeSmtpFailure(smtpErrorFields(error), server, password)};
  } finally {
    transport.close();
  }
}

function failed(code: string, error: string): SendResult {
  return {ok: false, error, retryable: false, code};
}

/** Neither recipient nor password goes into the log: the shop, the server, and what it said. */
function logResult(logger: Logger, settings: MailSettingsRecord, result: SendResult) {
  const where = {shop: settings.shop, host: settings.host, port: settings.port};
  if (result.ok) {
    logger.info({...where, messageId: result.messageId}, 'email sent');
  } else {
    logger.warn(
      {...where, code: result.code, retryable: result.retryable, reason: result.error},
      'email not sent',
    );
  }
}
