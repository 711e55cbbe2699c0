import express, {type Response, type Router} from 'express';
import {sessionTokenOf, shopOf} from '../auth/session-token';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import type {SecretBox} from '../crypto/secret-box';
import type {Storage} from '../storage';
import type {Mailer} from '../mail/mailer';
import {type FollowupSettings} from './followup-settings';
import {maskedWebhookUrl, type SlackUrlPolicy} from './slack-webhook-url';
import {
  notificationSettingsInputSchema,
  notificationTestInputSchema,
} from '../../shared/notification-schemas';
import {openSlackWebhook, sealSlackWebhook, type SlackSender} from './slack-sender';
import {slackTestMessage} from './slack-message';

export interface NotificationSettingsRouteDeps {
  storage: Pick<Storage, 'followupSettings' | 'staff' | 'shops'>;
  mailer: Pick<Mailer, 'send'>;
  slack: Pick<SlackSender, 'post' | 'send'>;
  secrets: SecretBox;
  slackUrls: SlackUrlPolicy;
  now: () => number;
  /** Who may change the settings and send tests: the shop's leads. */
  canManage: (res: Response) => boolean | Promise<boolean>;
}

/**
 * GET/PUT /api/settings/notifications and POST /api/settings/notifications/test — which case
 * changes reach the team by email (to the person a case is for) and in the shop's Slack channel.
 * The webhook URL is write-only like the SMTP password: stored sealed, shown only masked.
 */
export function createNotificationSettingsRoute(deps: NotificationSettingsRouteDeps): Router {
  const router = express.Router();
  // Shared with the admin's form (web/shared/notification-schemas.ts); refusals in English.
  const inputSchema = notificationSettingsInputSchema(deps.slackUrls);
  const testSchema = notificationTestInputSchema(deps.slackUrls);

  async function assertCanManage(res: Response) {
    if (!(await deps.canManage(res))) {
      throw new HeedError('FORBIDDEN', 'Only a lead can change notifications');
    }
  }

  router.get('/', async (_req, res) => {
    const shop = shopOf(res);
    res.json(view(shop, await deps.storage.followupSettings.get(shop)));
  });

  router.put('/', async (req, res) => {
    const shop = shopOf(res);
    await assertCanManage(res);
    const input = parseInput(inputSchema, req.body);
    const url = input.slack.webhookUrl;
    const sealed =
      url === undefined
        ? await resealedIfStale(shop)
        : url === null
          ? null
          : sealSlackWebhook(deps.secrets, shop, url);
    const saved = await deps.storage.followupSettings.save(
      shop,
      {
        emailChanges: input.email.changes,
        slackChanges: input.slack.changes,
        ...(sealed === undefined ? {} : {slackWebhookSealed: sealed}),
      },
      deps.now(),
    );
    res.json(view(shop, saved));
  });

  router.post('/test', async (req, res) => {
    const shop = shopOf(res);
    await assertCanManage(res);
    const input = parseInput(testSchema, req.body);
    const shopName = (await deps.storage.shops.get(shop))?.name ?? shop;
    if (input.channel === 'slack') {
      const payload = slackTestMessage(shopName);
      const result = input.webhookUrl
        ? await deps.slack.post(input.webhookUrl, payload)
        : await deps.slack.send(shop, payload);
      res.json(
        result.ok ? {ok: true, response: result.response} : {ok: false, error: result.error},
      );
      return;
    }
    const to = input.to ?? (await ownAddress(res));
    const result = await deps.mailer.send(shop, testEmail(shopName, to));
    res.json(result.ok ? {ok: true, response: result.response} : {ok: false, error: result.error});
  });

  /** A URL sealed under a key being rotated out is sealed again under the current one. */
  async function resealedIfStale(shop: string): Promise<string | undefined> {
    const stored = (await deps.storage.followupSettings.get(shop)).slackWebhookSealed;
    if (stored === null || !deps.secrets.isStale(stored)) return undefined;
    const opened = openSlackWebhook(deps.secrets, shop, stored);
    return opened.ok ? sealSlackWebhook(deps.secrets, shop, opened.value) : undefined;
  }

  async function ownAddress(res: Response): Promise<string> {
    const userId = sessionTokenOf(res)?.userId;
    const member = userId ? await deps.storage.staff.get(shopOf(res), userId) : undefined;
    if (!member?.email) {
      throw new HeedError('VALIDATION_FAILED', 'Heed has no email address for you', {
        problems: [{path: 'to', message: 'Give the address to send the test to'}],
      });
    }
    return member.email;
  }

  function view(shop: string, settings: FollowupSettings) {
    const sealed = settings.slackWebhookSealed;
    const opened = sealed === null ? null : openSlackWebhook(deps.secrets, shop, sealed);
    return {
      email: {changes: settings.emailChanges},
      slack: {
        set: sealed !== null,
        webhookUrl: opened?.ok ? maskedWebhookUrl(opened.value) : null,
        changes: settings.slackChanges,
      },
      updatedAt: settings.updatedAt,
    };
  }

  return router;
}

function testEmail(shopName: string, to: string) {
  return {
    to,
    subject: `Test notification from Heed for ${shopName}`,
    text: [
      'Hello,',
      '',
      `This is a test of Heed’s staff notifications for ${shopName}. It arrived, so the person a new case is for will hear of it by email, with a link to the case.`,
      '',
      '— Heed',
    ].join('\n'),
  };
}
