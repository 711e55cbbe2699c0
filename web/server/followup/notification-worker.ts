import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {MailMessage} from '../mail/mailer';
import type {Notification} from './notification';
import {afterFailure, mutedUntil} from './notify-schedule';
import {caseAdminLink, changeOf, staffEmail} from './staff-email';
import {headline} from './case-views';
import {englishSayer} from '../sentences/wording';
import {slackMessage, type SlackPayload} from './slack-message';
import type {FollowupCase} from './types';

/**
 * How long a claimed notification is the claimer's, in milliseconds: longer than the slowest send
 * the mailer allows (its timeouts), so a live worker never loses a row it is still sending.
 */
export const NOTIFY_LEASE_MS = 120_000;
/**
 * Rows one claim takes, sent side by side: every row of a claim is settled within about one
 * send's time of its claim, well inside its lease, however slow the server.
 */
const CLAIM_BATCH = 5;
/** Claims one drain makes at most, so a drain ends even while rows keep coming. */
const MAX_CLAIMS_PER_DRAIN = 50;

/** What the worker needs of the shop's mailer (`mail/mailer.ts`). */
export interface StaffMailer {
  send(
    shop: string,
    message: MailMessage,
  ): Promise<{ok: true} | {ok: false; error: string; retryable: boolean}>;
}

/** What the worker needs of the shop's Slack channel (`slack-sender.ts`). */
export interface StaffSlack {
  send(
    shop: string,
    payload: SlackPayload,
  ): Promise<{ok: true} | {ok: false; error: string; retryable: boolean}>;
}

export interface NotificationWorkerDeps {
  storage: Storage;
  mailer: StaffMailer;
  slack: StaffSlack;
  logger: Logger;
  now: () => number;
  /** This worker's id among all workers on the database: the owner of its leases. */
  owner: string;
  /** The app's API key: the case link opens the embedded app. */
  apiKey: string;
  leaseMs?: number;
  /** Told when a row was sent or failed, so open case pages can show it. */
  onSettled?: (row: Notification, outcome: 'sent' | 'failed') => void;
}

type Outcome = 'sent' | 'retry' | 'failed' | 'deferred' | 'cancelled' | 'lost';

/**
 * Why a notification no longer needs sending, or null while it does: nobody is asked to act on
 * a case that was resolved before the message went out, nor told a first contact is overdue
 * once someone made it.
 */
export function noLongerNeeded(followup: FollowupCase, eventKey: string): string | null {
  if (followup.resolvedAt !== null) return 'The case was resolved before it was sent';
  if (changeOf(eventKey) === 'escalated' && followup.firstContactAt !== null) {
    return 'Someone contacted the shopper before it was sent';
  }
  return null;
}

/**
 * Drains the outbox of staff notifications: claims due rows under a lease, sends each, and settles
 * it only while still holding the lease. A row whose send failed waits with backoff and, past the
 * cap or on a failure that cannot pass, is failed for a person to see and retry. A worker that
 * dies between send and settle leaves its lease to expire: the row is sent again.
 */
export function createNotificationWorker(deps: NotificationWorkerDeps) {
  const leaseMs = deps.leaseMs ?? NOTIFY_LEASE_MS;
  let running: Promise<number> | null = null;
  let again = false;

  async function drainNow(): Promise<number> {
    let settled = 0;
    for (let claims = 0; claims < MAX_CLAIMS_PER_DRAIN; claims++) {
      const due = await deps.storage.outbox.claimDue(deps.owner, deps.now(), leaseMs, CLAIM_BATCH);
      if (due.length === 0) break;
      await Promise.all(due.map((row) => settle(row)));
      settled += due.length;
    }
    return settled;
  }

  async function settle(row: Notification): Promise<Outcome> {
    try {
      const outcome = await deliver(row);
      if (outcome === 'sent' || outcome === 'failed') deps.onSettled?.(row, outcome);
      if (outcome === 'lost') {
        deps.logger.warn(
          {shop: row.shop, notification: row.id},
          'notification lease lost before it was settled: another worker may send it again',
        );
      }
      return outcome;
    } catch (error: unknown) {
      deps.logger.warn({err: error, shop: row.shop, notification: row.id}, 'notification failed');
      return record(row, {ok: false, error: 'Heed could not prepare the email', retryable: true});
    }
  }

  async function deliver(row: Notification): Promise<Outcome> {
    const {storage} = deps;
    const [followup, shop] = await Promise.all([
      storage.cases.get(row.shop, row.caseId),
      storage.shops.get(row.shop),
    ]);
    if (!followup) return record(row, {ok: false, error: 'The case no longer exists'});
    const needless = noLongerNeeded(followup, row.eventKey);
    if (needless !== null) {
      const cancelled = await storage.outbox.markCancelled(
        row.id,
        deps.owner,
        needless,
        deps.now(),
      );
      return cancelled ? 'cancelled' : 'lost';
    }
    const facts = {
      shopName: shop?.name ?? row.shop,
      change: changeOf(row.eventKey),
      priority: followup.priority,
      headline: headline(followup, englishSayer(shop?.timeZone ?? null)),
      link: caseAdminLink(row.shop, deps.apiKey, followup.id),
    };
    if (row.channel === 'slack') {
      return record(row, await deps.slack.send(row.shop, slackMessage(facts)));
    }
    const member = await storage.staff.get(row.shop, row.recipientId);
    if (!member) return record(row, {ok: false, error: 'Not on the shop’s staff any more'});
    const wait = mutedUntil(member, shop?.timeZone ?? null, deps.now());
    if (wait !== null) {
      const deferred = await storage.outbox.reschedule(row.id, deps.owner, {
        nextAttemptAt: wait,
        lastError: null,
        now: deps.now(),
        uncount: true,
      });
      return deferred ? 'deferred' : 'lost';
    }
    if (!member.email) {
      return record(row, {ok: false, error: 'No email address is saved for this person'});
    }
    const message = staffEmail({...facts, to: member.email, recipientName: member.name});
    const sent = await deps.mailer.send(row.shop, message);
    return record(row, sent.ok ? {ok: true} : sent);
  }

  async function record(
    row: Notification,
    result: {ok: true} | {ok: false; error: string; retryable?: boolean},
  ): Promise<Outcome> {
    const now = deps.now();
    const {outbox} = deps.storage;
    if (result.ok) return (await outbox.markSent(row.id, deps.owner, now)) ? 'sent' : 'lost';
    const next = afterFailure(row.attempts, result.retryable ?? false, now);
    if (next.kind === 'fail') {
      return (await outbox.markFailed(row.id, deps.owner, result.error, now)) ? 'failed' : 'lost';
    }
    const rescheduled = await outbox.reschedule(row.id, deps.owner, {
      nextAttemptAt: next.at,
      lastError: result.error,
      now,
    });
    return rescheduled ? 'retry' : 'lost';
  }

  /** One drain at a time in this process; a kick during a drain runs one more after it. */
  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    const run = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drainNow();
      } while (again);
      return total;
    })();
    running = run;
    const done = () => {
      if (running === run) running = null;
    };
    run.then(done, done);
    return run;
  }

  return {
    /** Sends every due notification; resolves with how many rows it settled. */
    drain,
  };
}

export type NotificationWorker = ReturnType<typeof createNotificationWorker>;
