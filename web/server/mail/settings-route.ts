import express, {type Response, type Router} from 'express';
import {shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import type {SecretBox} from '../crypto/secret-box';
import type {Storage} from '../storage';
import type {MailSettingsRecord} from '../storage/mail-settings-repository';
import type {Mailer} from './mailer';
import {openMailPassword, sealMailPassword} from './mail-password';
import {mailSettingsInput, mailTestInput} from './mail-settings-input';

export interface MailSettingsRouteDeps {
  storage: Pick<Storage, 'mailSettings'>;
  mailer: Mailer;
  secrets: SecretBox;
  now: () => number;
  /** Who may change the settings and send a test; any authenticated staff member when unset. */
  canManage?: (res: Response) => boolean | Promise<boolean>;
}

/**
 * GET/PUT /api/settings/mail and POST /api/settings/mail/test — the SMTP server the shop's plain
 * email goes through. The password is write-only: stored sealed, never sent back, kept when a
 * PUT omits it.
 */
export function createMailSettingsRoute(deps: MailSettingsRouteDeps): Router {
  const router = express.Router();

  async function assertCanManage(res: Response) {
    if (deps.canManage && !(await deps.canManage(res))) {
      throw new HeedError('FORBIDDEN', 'Not allowed to change the mail settings');
    }
  }

  router.get('/', async (_req, res) => {
    const stored = await deps.storage.mailSettings.get(shopOf(res));
    res.json({mail: stored ? view(stored) : null});
  });

  router.put('/', async (req, res) => {
    const shop = shopOf(res);
    await assertCanManage(res);
    const {password, ...input} = parseInput(mailSettingsInput, req.body);
    const passwordSealed =
      password === undefined
        ? await resealedIfStale(shop)
        : sealMailPassword(deps.secrets, shop, password);
    const saved = await deps.storage.mailSettings.save({
      shop,
      ...input,
      ...(passwordSealed === undefined ? {} : {passwordSealed}),
      updatedAt: deps.now(),
    });
    res.json({mail: view(saved)});
  });

  router.post('/test', async (req, res) => {
    const shop = shopOf(res);
    await assertCanManage(res);
    const {to} = parseInput(mailTestInput, req.body);
    const result = await deps.mailer.send(shop, testMessage(shop, to));
    res.json(result.ok ? {ok: true, response: result.response} : {ok: false, error: result.error});
  });

  /**
   * A password sealed under a key being rotated out is sealed again under the current one on the
   * next save, so the old key can be dropped once every shop has saved. Undefined: keep as is.
   */
  async function resealedIfStale(shop: string): Promise<string | undefined> {
    const sealed = (await deps.storage.mailSettings.get(shop))?.passwordSealed;
    if (!sealed || !deps.secrets.isStale(sealed)) return undefined;
    const opened = openMailPassword(deps.secrets, shop, sealed);
    return opened.ok ? sealMailPassword(deps.secrets, shop, opened.value) : undefined;
  }

  return router;
}

function view(stored: MailSettingsRecord) {
  return {
    host: stored.host,
    port: stored.port,
    secure: stored.secure,
    username: stored.username,
    fromAddress: stored.fromAddress,
    passwordSet: stored.passwordSealed !== null,
    updatedAt: stored.updatedAt,
  };
}

function testMessage(shop: string, to: string) {
  return {
    to,
    subject: 'Test email from Heed',
    text: [
      `This is a test from Heed for ${shop}.`,
      'It arrived, so the email settings work: messages to shoppers and to staff will be sent the same way.',
    ].join('\n\n'),
  };
}
