import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {applyEvents, clockEstimate, withCheckoutToken, type ReceivedEvent} from './apply-event';
import {checkPixelEvent} from './pixel-event';
import {checkoutTokenOf} from './pixel-data';
import {hasBought} from './journey-views';
import {commitJourneys, readShopContext, type Placement, type ShopContext} from './commit-journeys';
import {readJourney} from './journey-state';
import {withOtherOrder} from './apply-webhook';
import {withOutcomeFact} from './apply-details';
import type {OutcomeFact} from './journey';
import type {Signal} from '../storage/signals-repository';
import {orderGid} from '../shopify-ids';

export {publicSignal} from './commit-journeys';
export type {ReceivedEvent};

/** Where a fact from outside the pixel belongs: the checkout's token, else the order it made. */
export interface JourneyRef {
  checkoutToken?: string | null;
  orderId?: string | null;
}

/** A committed event not applied after this long was lost to a crash (or a failed run). */
export const RECOVER_AFTER_MS = 30_000;
const RECOVERY_PAGE = 2_000;

/**
 * After a batch is committed: each touched journey takes in its new events, the detectors run, and
 * new signals and the journey's new state go out to the admin. Work for one shop runs in order, so
 * two batches of one checkout never overwrite each other's journey. The journeys, their signals
 * and the mark that their events were applied are written in one transaction: an event committed
 * but not applied (the process died in between) is found by `recoverWaiting` and applied once.
 */
export function createJourneyProcessor(deps: {
  storage: Storage;
  live: LiveHub;
  logger: Logger;
  now: () => number;
  /** Runs before each journey run; tests hold journey work here to crash the process there. */
  beforeRun?: () => Promise<void>;
}) {
  const queues = new Map<string, Promise<void>>();
  /** Accepted events waiting for the shop's next run. */
  const pending = new Map<string, {events: ReceivedEvent[]; run: Promise<void>}>();

  const contextFor = (shop: string) => readShopContext(deps.storage, shop);

  /**
   * Runs one unit of work for a shop after the ones already queued for it. The caller's promise
   * fails when the work fails (a webhook is then retried); the queue goes on either way.
   */
  function inOrder(shop: string, work: () => Promise<void>): Promise<void> {
    const previous = queues.get(shop) ?? Promise.resolve();
    const result = previous.then(work);
    const next = result.catch((error: unknown) =>
      deps.logger.error({err: error, shop}, 'journey processing failed'),
    );
    queues.set(shop, next);
    void next.finally(() => {
      if (queues.get(shop) === next) queues.delete(shop);
    });
    return result;
  }

  async function process(shop: string, received: ReceivedEvent[]) {
    await deps.beforeRun?.();
    const groups = groupByJourney(received);
    const tokens = unique(groups.flatMap((g) => (g.token ? [g.token] : [])));
    const [context, byToken] = await Promise.all([
      contextFor(shop),
      deps.storage.reads.journeys.forTokens(shop, tokens),
    ]);
    const clientsToLook = unique(
      groups.filter((g) => !g.token || !byToken.has(g.token)).map((g) => g.clientId),
    );
    const byClient = await deps.storage.reads.journeys.latestForClients(shop, clientsToLook);
    const touched = new Map<string, Journey>();
    const placements: Placement[] = [];
    /** Journeys new in this run, or that just learned their order: outcomes may wait for them. */
    const fresh = new Set<string>();
    const unattached: Placement = {journeyId: null, events: []};
    let sliceStarted = performance.now();
    for (const group of groups) {
      const before = locate(group, byToken, byClient, touched, context);
      if (!before && !group.token) {
        unattached.events.push(...group.events.map(({event}) => eventRef(event)));
        continue;
      }
      const journey = applyEvents(
        before,
        group.events.map((e) => e.event),
        shop,
        {clockEstimateMs: clockEstimate(group.events)},
      );
      if (!before || (!before.completion?.orderId && journey.completion?.orderId))
        fresh.add(journey.id);
      touched.set(journey.id, journey);
      placements.push({journeyId: journey.id, events: group.events.map((e) => eventRef(e.event))});
      // A large run must not hold up the acknowledgements of the batches arriving meanwhile.
      if (performance.now() - sliceStarted > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    if (unattached.events.length > 0) placements.push(unattached);
    const adopted = await adoptOutcomes(shop, [...touched.values()], fresh);
    await commitJourneys(deps, shop, adopted.journeys, context, {
      placements,
      absorbed: adopted.absorbed,
    });
  }

  /**
   * Outcomes the checkout extension reported before their journey was known (a Thank you page
   * that named only its order) become facts of the journey once it appears; the stand-in
   * signals go, and the journey tells them from then on.
   */
  async function adoptOutcomes(
    shop: string,
    journeys: Journey[],
    fresh: ReadonlySet<string>,
  ): Promise<{journeys: Journey[]; absorbed: string[]}> {
    const absorbed: string[] = [];
    const result: Journey[] = [];
    for (const journey of journeys) {
      if (!fresh.has(journey.id)) {
        result.push(journey);
        continue;
      }
      const waiting = await deps.storage.reads.signals.unattached(shop, {
        checkoutToken: journey.checkoutToken,
        orderId: journey.completion?.orderId ?? null,
      });
      let adopted = journey;
      for (const signal of waiting) {
        const fact = outcomeFactOf(signal);
        if (!fact) continue;
        adopted = withOutcomeFact(adopted, fact);
        absorbed.push(signal.id);
      }
      result.push(adopted);
    }
    return {journeys: result, absorbed};
  }

  /**
   * The journey a group of events continues: one already touched in this run, the checkout's
   * stored journey, or, for events naming no checkout, the client's latest journey while it is
   * open and recent (a finished checkout on a shared device is somebody else's story).
   */
  function locate(
    group: Group,
    byToken: Map<string, JourneyRecord>,
    byClient: Map<string, JourneyRecord>,
    touched: Map<string, Journey>,
    context: ShopContext,
  ): Journey | undefined {
    if (group.token) {
      const known =
        [...touched.values()].find((j) => j.checkoutToken === group.token) ??
        stateOf(byToken.get(group.token));
      if (known) return known;
    }
    const latest =
      [...touched.values()]
        .filter((j) => j.clientIds.includes(group.clientId))
        .sort((a, b) => b.lastActivityAt - a.lastActivityAt)[0] ??
      stateOf(byClient.get(group.clientId));
    if (!latest || hasBought(latest)) return undefined;
    const receivedAt = Math.max(...group.events.map((e) => e.receivedAt));
    if (receivedAt - latest.lastActivityAt >= context.thresholds.abandonAfterMs) return undefined;
    if (!group.token) return latest;
    // A journey stored before ids were stable, waiting for its token: it keeps its id.
    return latest.checkoutToken === null ? withCheckoutToken(latest, group.token) : undefined;
  }

  function stateOf(record: JourneyRecord | undefined): Journey | undefined {
    return record ? readJourney(record.state) : undefined;
  }

  async function findJourney(shop: string, ref: JourneyRef): Promise<Journey | undefined> {
    if (ref.checkoutToken) {
      const found = await deps.storage.reads.journeys.forTokens(shop, [ref.checkoutToken]);
      const record = found.get(ref.checkoutToken);
      if (record) return stateOf(record);
    }
    if (ref.orderId) return stateOf(await deps.storage.reads.journeys.forOrder(shop, ref.orderId));
    return undefined;
  }

  function enqueue(shop: string, accepted: ReceivedEvent[]): Promise<void> {
    const waiting = pending.get(shop);
    if (waiting) {
      waiting.events.push(...accepted);
      return waiting.run;
    }
    const entry = {events: [...accepted], run: Promise.resolve()};
    pending.set(shop, entry);
    entry.run = inOrder(shop, async () => {
      pending.delete(shop);
      await process(shop, entry.events);
    });
    return entry.run;
  }

  return {
    /**
     * Queues the accepted events of one committed batch. Batches that arrive while the shop's
     * journeys are being processed are taken together in the next run: under load, one run serves
     * many batches instead of repeating the same journey work for each. A failed run leaves its
     * events waiting for `recoverWaiting`.
     */
    enqueue,

    /**
     * Joins a fact from outside the pixel (a checkout or order webhook, an extension outcome) to the
     * checkout's journey; `apply` returns null when the fact belongs to no journey. Resolves once
     * the journey is durably written, and fails when it could not be.
     */
    join(
      shop: string,
      ref: JourneyRef,
      apply: (journey: Journey | undefined) => Journey | null,
    ): Promise<void> {
      return inOrder(shop, async () => {
        const before = await findJourney(shop, ref);
        const journey = apply(before);
        if (!journey) return;
        const fresh =
          !before || (!before.completion?.orderId && journey.completion?.orderId)
            ? new Set([journey.id])
            : new Set<string>();
        const adopted = await adoptOutcomes(shop, [journey], fresh);
        await commitJourneys(deps, shop, adopted.journeys, await contextFor(shop), {
          absorbed: adopted.absorbed,
        });
      });
    },

    /**
     * A shopper's order arrived (from any channel): their other open checkouts learn they bought,
     * so nobody chases them for a cart they already ordered.
     */
    orderPlaced(
      shop: string,
      order: {
        orderId: string;
        checkoutToken: string | null;
        customerId: string | null;
        emailHash: string | null;
        placedAt: number;
        sourceName: string | null;
      },
    ): Promise<void> {
      if (!order.customerId && !order.emailHash) return Promise.resolve();
      return inOrder(shop, async () => {
        const records = await deps.storage.reads.journeys.forCustomer(shop, order);
        const journeys = records
          .map((r) => readJourney(r.state))
          .filter(
            (j) =>
              j.checkoutToken !== order.checkoutToken &&
              j.completion === null &&
              j.startedAt <= order.placedAt,
          )
          .map((j) =>
            withOtherOrder(j, {
              orderId: order.orderId,
              at: order.placedAt,
              sourceName: order.sourceName,
            }),
          );
        if (journeys.length > 0) await commitJourneys(deps, shop, journeys, await contextFor(shop));
      });
    },

    /** Applies events committed but never applied (a crash, a failed run), oldest first. */
    async recoverWaiting(): Promise<number> {
      const waiting = await deps.storage.pixelEvents.waiting(
        deps.now() - RECOVER_AFTER_MS,
        RECOVERY_PAGE,
      );
      const byShop = new Map<string, ReceivedEvent[]>();
      const unreadable = new Map<string, Placement>();
      for (const row of waiting) {
        const checked = checkPixelEvent(parseJson(row.payload));
        if (!checked.ok) {
          const placement = unreadable.get(row.shop) ?? {journeyId: null, events: []};
          placement.events.push({clientId: row.clientId, eventId: row.eventId});
          unreadable.set(row.shop, placement);
          continue;
        }
        const list = byShop.get(row.shop) ?? [];
        list.push({event: checked.value, receivedAt: row.receivedAt});
        byShop.set(row.shop, list);
      }
      for (const [shop, placement] of unreadable) {
        deps.logger.error({shop, events: placement.events.length}, 'stored events unreadable');
        await deps.storage.pixelEvents.markApplied(shop, [placement], deps.now());
      }
      await Promise.all(
        [...byShop].map(([shop, events]) =>
          enqueue(shop, events).catch(() => {
            // Logged by the queue; the events stay waiting for the next recovery.
          }),
        ),
      );
      if (waiting.length > 0) deps.logger.info({events: waiting.length}, 'waiting events applied');
      return waiting.length;
    },

    async drain(): Promise<void> {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
  };
}

export type JourneyProcessor = ReturnType<typeof createJourneyProcessor>;

/** Journey work runs in slices of about this many milliseconds, letting requests in between. */
const SLICE_MS = 10;

const OUTCOME_STATES: ReadonlySet<string> = new Set([
  'applied',
  'could_not_apply',
  'thank_you_mismatch',
  'thank_you_confirmed',
]);

/** The outcome a stand-in signal recorded (see checkout/outcome-signal.ts), as a journey fact. */
function outcomeFactOf(signal: Signal): OutcomeFact | null {
  const e = signal.evidence;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const state = text(e.state);
  if (!state || !OUTCOME_STATES.has(state)) return null;
  return {
    at: signal.occurredAt,
    source: 'extension',
    eventId: null,
    state: state as OutcomeFact['state'],
    reason: text(e.reason),
    campaignId: text(e.campaignId) ?? signal.campaignId,
    code: text(e.code),
    orderId: orderGid(text(e.orderId)) ?? signal.orderId,
  };
}

function eventRef(event: {clientId: string; id: string}) {
  return {clientId: event.clientId, eventId: event.id};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

interface Group {
  token: string | null;
  clientId: string;
  events: ReceivedEvent[];
}

/** One group per checkout token; events without a token follow their client's checkout. */
function groupByJourney(received: ReceivedEvent[]): Group[] {
  const tokenOfClient = new Map<string, string>();
  for (const {event} of received) {
    const token = checkoutTokenOf(event);
    if (token) tokenOfClient.set(event.clientId, token);
  }
  const groups = new Map<string, Group>();
  for (const item of received) {
    const e = item.event;
    const token = checkoutTokenOf(e) ?? tokenOfClient.get(e.clientId) ?? null;
    const key = token ? `checkout:${token}` : `client:${e.clientId}`;
    const group = groups.get(key);
    if (group) group.events.push(item);
    else groups.set(key, {token, clientId: e.clientId, events: [item]});
  }
  return [...groups.values()];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
