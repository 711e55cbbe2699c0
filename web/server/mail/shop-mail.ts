import {createSecretBox, type SecretBox} from '../crypto/secret-box';
import type {Logger} from '../logger';
import type {Storage} from '../storage';
import {createMailer, type Mailer, type MailTimeoutsMs} from './mailer';

export interface ShopMail {
  /** Seals and opens secrets at rest with the configured keys (`config.secretKeys`). */
  secrets: SecretBox;
  mailer: Mailer;
}

/**
 * The secret box and the mailer every user of shop mail shares: the settings route, a case's
 * email to a shopper, staff notifications. Build it once per app.
 */
export function createShopMail(deps: {
  storage: Pick<Storage, 'mailSettings'>;
  logger: Logger;
  secretKeys: readonly Uint8Array[];
  timeoutsMs?: Partial<MailTimeoutsMs>;
}): ShopMail {
  const secrets = createSecretBox(deps.secretKeys);
  const mailer = createMailer({
    settings: deps.storage.mailSettings,
    secrets,
    logger: deps.logger,
    timeoutsMs: deps.timeoutsMs,
  });
  return {secrets, mailer};
}
