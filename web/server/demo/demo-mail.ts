import type {Logger} from '../logger';
import type {Storage} from '../storage';
import {findCaseLink} from '../followup/staff-email';
import {mailSettingsInput} from '../mail/mail-settings-input';
import type {DemoMailbox} from './mailbox';
import {startSmtpInbox, type SmtpInbox} from './smtp-inbox';

/** The address the demo shop's email comes from. */
const DEMO_FROM = 'Fabulous Furs <hello@fabulous-furs.example>';

/**
 * The demo's mail: an SMTP server of its own on a free loopback port, the demo shop's mail
 * settings pointing at it (saved again on every start, since the port changes), and every email
 * it receives (to staff, to shoppers, a settings test) kept in the demo mailbox. Heed's mailer,
 * outbox and settings run as they would against the shop's real server.
 */
export async function startDemoMail(deps: {
  storage: Pick<Storage, 'mailSettings'>;
  shop: string;
  mailbox: DemoMailbox;
  /** Links in staff emails name the app by its API key: the mailbox reads the case from them. */
  apiKey: string;
  logger: Logger;
  now: () => number;
}): Promise<SmtpInbox> {
  const inbox = await startSmtpInbox({
    now: deps.now,
    onMessage: (email) =>
      deps.mailbox.receive({
        channel: 'email',
        receivedAt: email.receivedAt,
        from: email.from,
        to: email.to,
        subject: email.subject,
        body: email.text,
        caseLink: findCaseLink(email.text, deps.apiKey),
      }),
    onError: (error) => deps.logger.warn({err: error}, 'demo mailbox could not read a message'),
  });
  // No login: the server listens on loopback only, as a local relay would.
  const settings = mailSettingsInput.parse({
    host: '127.0.0.1',
    port: inbox.port,
    secure: false,
    username: '',
    fromAddress: DEMO_FROM,
  });
  await deps.storage.mailSettings.save({
    shop: deps.shop,
    ...settings,
    passwordSealed: null,
    updatedAt: deps.now(),
  });
  return inbox;
}
