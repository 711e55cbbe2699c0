import {randomUUID} from 'node:crypto';
import type {Response, Router} from 'express';
import {sessionTokenOf, shopOf} from '../auth/session-token';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {LiveHub} from '../signals/live-hub';
import type {AdminQuery} from '../campaigns/read-discounts';
import type {PlacedOrder} from '../webhooks/handler-types';
import type {Sweep} from '../sweeps/sweep-runner';
import {createCaseOpener} from './open-cases';
import type {CaseChange} from './case-timeline';
import {createOrderResolution} from './order-resolution';
import {createEscalation} from './escalation';
import {createCaseService} from './case-service';
import {createCaseContacts, type ShopperMailer} from './case-contact';
import {createCaseOrders} from './case-orders';
import {createCasesRoute} from './cases-route';
import {createRulesRoute} from './rules-route';
import {createStaffRoute} from './staff-route';
import {createStaffDirectory, type StaffUserLookup} from './staff-directory';
import {caseStory, namesOf} from './case-views';
import {englishSayer} from '../sentences/wording';
import {isPromiseCase, ordersSince} from './case-contact';
import type {FollowupCase} from './types';
import {createNotificationWorker, type StaffSlack} from './notification-worker';
import {NOTIFIED_CHANGES} from './notification';
import {createShopperAsks} from './shopper-asks';

/** How often overdue first contacts are escalated to the leads, in milliseconds. */
const ESCALATION_EVERY_MS = 30_000;
/** How often signals a crash left unlooked at by the rules are looked at, in milliseconds. */
const FOLLOWUP_RECOVERY_EVERY_MS = 30_000;
/**
 * How often the outbox is drained of due notifications (retries, muted ones whose hours began,
 * rows a dead worker left), in milliseconds. New ones are sent right after their commit.
 */
const NOTIFY_EVERY_MS = 15_000;

/**
 * The follow-up domain assembled: cases opened from signals, orders resolving them, what people
 * do with them, and the routes of the inbox, the rules and the staff directory. Upstream code
 * hears nothing of it: signals tell `signalsChanged`, webhooks tell `orderPlaced`.
 */
export function createFollowup(deps: {
  storage: Storage;
  live: LiveHub;
  logger: Logger;
  now: () => number;
  adminQuery: AdminQuery;
  mailer?: ShopperMailer;
  /** The shop's Slack channel, for staff notifications. */
  slack: StaffSlack;
  lookupUser?: StaffUserLookup;
  /** The app's API key: links in notifications open the embedded app. */
  apiKey: string;
}) {
  const {storage, logger, now} = deps;
  let service: ReturnType<typeof createCaseService> | null = null;
  /** Work started after a change (announce, first look), awaited by `drain`. */
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };

  // Without a mailer nothing drains the outbox: its rows wait, and are sent once one is given.
  const notifier = deps.mailer
    ? createNotificationWorker({
        storage,
        mailer: deps.mailer,
        slack: deps.slack,
        logger,
        now,
        owner: randomUUID(),
        apiKey: deps.apiKey,
        // An open case page reads the case again on its live update, and sees the notification.
        onSettled: (row) => track(announceCase(row.shop, row.caseId)),
      })
    : null;
  const drainNotifications = () =>
    notifier
      ? notifier.drain().catch((error: unknown) => {
          logger.warn({err: error}, 'notification outbox not drained');
          return 0;
        })
      : Promise.resolve(0);

  /**
   * Every change goes to the open admins; a new case reads the shopper's status from Shopify; a
   * change that notified staff (committed in the outbox with it) is sent at once.
   */
  function afterChange(shop: string, followup: FollowupCase, change: CaseChange) {
    if ((NOTIFIED_CHANGES as readonly string[]).includes(change)) track(drainNotifications());
    track(
      announce(shop, followup).catch((error: unknown) =>
        logger.warn({err: error, shop}, 'case update not announced'),
      ),
    );
    if (change === 'opened' || change === 'reopened') {
      track(
        firstLook(shop, followup.id).catch((error: unknown) =>
          logger.warn({err: error, shop}, 'shopper status not read for a new case'),
        ),
      );
    }
  }

  async function announceCase(shop: string, id: string) {
    try {
      const followup = await storage.cases.get(shop, id);
      if (followup) await announce(shop, followup);
    } catch (error: unknown) {
      logger.warn({err: error, shop}, 'case update not announced');
    }
  }

  async function announce(shop: string, followup: FollowupCase) {
    const [staff, campaigns, record] = await Promise.all([
      storage.staff.list(shop),
      storage.campaigns.list(shop),
      storage.shops.get(shop),
    ]);
    // One message for every admin watching: in English, with its wordings for each stream.
    const english = englishSayer(record?.timeZone ?? null);
    deps.live.publish(shop, {
      kind: 'case',
      data: caseStory(followup, namesOf(staff, campaigns), now(), english),
    });
  }

  /** Reads the new case's shopper from Shopify; one who ordered since is not chased. */
  async function firstLook(shop: string, id: string) {
    if (!service) return;
    const fresh = await service.refreshStatus(shop, id);
    if (fresh.shopperStatus?.state !== 'known' || isPromiseCase(fresh)) return;
    const first = (await ordersSince(storage, fresh, fresh.shopperStatus.orderedSince))[0];
    if (!first) return;
    await resolution.orderPlaced(shop, {
      orderId: first.id,
      checkoutToken: null,
      customerId: fresh.customerId,
      emailHash: fresh.emailHash,
      placedAt: first.createdAt,
      sourceName: first.sourceName,
      total: first.total,
      heedCaseId: null,
    });
  }

  const opener = createCaseOpener({storage, live: deps.live, logger, now, afterChange});
  const resolution = createOrderResolution({storage, logger, now, afterChange});
  const escalation = createEscalation({storage, logger, now, afterChange});
  service = createCaseService({storage, logger, now, adminQuery: deps.adminQuery, afterChange});
  const contacts = createCaseContacts({storage, service, mailer: deps.mailer});
  const orders = createCaseOrders({storage, adminQuery: deps.adminQuery, service, contacts});
  const directory = createStaffDirectory({storage, now, logger, lookupUser: deps.lookupUser});
  const asks = createShopperAsks({storage, now, afterChange});

  const routes: Array<[string, Router]> = [
    [
      '/cases',
      createCasesRoute({
        storage,
        now,
        service,
        contacts,
        orders,
        notifyNow: () => track(drainNotifications()),
      }),
    ],
    ['/rules', createRulesRoute({storage, now})],
    ['/staff', createStaffRoute({storage, now})],
  ];

  return {
    routes,
    identifyStaff: directory.identify(),
    /** Whether the staff user of the request is a lead of the shop (settings, rules, people). */
    async isLead(res: Response): Promise<boolean> {
      const userId = sessionTokenOf(res)?.userId;
      if (!userId) return false;
      return (await storage.staff.get(shopOf(res), userId))?.role === 'lead';
    },
    signalsChanged(shop: string, journeyIds: string[]): void {
      // A failure is logged by the queue; the unmarked signals wait for the recovery sweep.
      opener.consider(shop, journeyIds).catch(() => undefined);
    },
    orderPlaced: (shop: string, order: PlacedOrder) => resolution.orderPlaced(shop, order),
    /** A shopper asked for a person from checkout (the checkout routes call it). */
    askForHelp: asks,
    sweeps: [
      {
        name: 'follow-up recovery',
        everyMs: FOLLOWUP_RECOVERY_EVERY_MS,
        run: () => opener.recoverWaiting(),
      },
      {name: 'staff notifications', everyMs: NOTIFY_EVERY_MS, run: () => drainNotifications()},
      {name: 'case escalation', everyMs: ESCALATION_EVERY_MS, run: () => escalation.run()},
    ] satisfies Sweep[],
    async drain(): Promise<void> {
      await opener.drain();
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

export type Followup = ReturnType<typeof createFollowup>;
