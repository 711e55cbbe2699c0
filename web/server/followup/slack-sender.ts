import {
  IncomingWebhook,
  IncomingWebhookHTTPError,
  IncomingWebhookRequestError,
} from '@slack/webhook';
import type {SecretBox} from '../crypto/secret-box';
import type {Storage} from '../storage';
import type {SlackPayload} from './slack-message';

/** A Slack post that has not answered in this long has failed (and is tried again). */
export const SLACK_TIMEOUT_MS = 10_000;

export type SlackResult =
  | {ok: true; response: string}
  | {ok: false; error: string; retryable: boolean};

/** The sealed webhook URL is bound to its shop and field, like the SMTP password. */
function contextOf(shop: string): string {
  return `followup_settings:${shop}:slack_webhook`;
}

export function sealSlackWebhook(secrets: SecretBox, shop: string, url: string): string {
  return secrets.seal(url, contextOf(shop));
}

export function openSlackWebhook(secrets: SecretBox, shop: string, sealed: string) {
  return secrets.open(sealed, contextOf(shop));
}

/**
 * Posts to a shop's Slack channel through its incoming webhook, once per call: retries are the
 * outbox's (with backoff, counted, visible). A server error, a rate limit or no answer can pass
 * on a later try; any other refusal (a removed webhook, an archived channel) cannot.
 */
export function createSlackSender(deps: {
  storage: Pick<Storage, 'followupSettings'>;
  secrets: SecretBox;
  timeoutMs?: number;
}) {
  async function post(url: string, payload: SlackPayload): Promise<SlackResult> {
    const webhook = new IncomingWebhook(url, {timeout: deps.timeoutMs ?? SLACK_TIMEOUT_MS});
    try {
      const result = await webhook.send(payload);
      return {ok: true, response: result.text ?? 'ok'};
    } catch (error: unknown) {
      return failureOf(error);
    }
  }

  return {
    post,
    /** Posts to the shop's saved channel. */
    async send(shop: string, payload: SlackPayload): Promise<SlackResult> {
      const sealed = (await deps.storage.followupSettings.get(shop)).slackWebhookSealed;
      if (sealed === null) {
        return {ok: false, error: 'No Slack channel is set for the shop', retryable: false};
      }
      const url = openSlackWebhook(deps.secrets, shop, sealed);
      if (!url.ok) {
        return {
          ok: false,
          error: 'The saved Slack webhook cannot be read; save it again in Settings',
          retryable: false,
        };
      }
      return post(url.value, payload);
    },
  };
}

export type SlackSender = ReturnType<typeof createSlackSender>;

function failureOf(error: unknown): SlackResult {
  if (error instanceof IncomingWebhookHTTPError) {
    const status = error.statusCode;
    const said = error.body.trim().slice(0, 200);
    return {
      ok: false,
      error: `Slack answered ${status}${said ? `: ${said}` : ''}`,
      retryable: status >= 500 || status === 429,
    };
  }
  if (error instanceof IncomingWebhookRequestError) {
    const cause = error.original;
    const timedOut = cause.name === 'TimeoutError' || cause.name === 'AbortError';
    const code = codeOf(cause.cause);
    return {
      ok: false,
      error: timedOut
        ? 'Slack did not answer in time'
        : `Slack could not be reached${code ? ` (${code})` : ''}`,
      retryable: true,
    };
  }
  return {ok: false, error: 'Slack could not be reached', retryable: true};
}

/** The system error under fetch's "fetch failed": `ECONNREFUSED`, `ENOTFOUND`. */
function codeOf(cause: unknown): string | null {
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return null;
  const code = (cause as {code: unknown}).code;
  return typeof code === 'string' && /^[A-Z_]{3,40}$/.test(code) ? code : null;
}
