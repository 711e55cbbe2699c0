import type {Storage} from '../storage';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {Logger} from '../logger';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {applyEvents, clockEstimate, type ReceivedEvent} from './apply-event';
import {
  commitJourneys,
  type SignalsChanged,
  readShopContext,
  type Placement,
} from './commit-journeys';
import {readJourney} from './journey-state';
import {withOtherOrder} from './apply-webhook';
import {adoptOutcomes, mayHaveWaitingOutcomes} from './adopt-outcomes';
import {eventRef, groupByJourney, locateJourney, stateOf} from './journey-groups';
import {recoverWaiting} from './recover-waiting';
import {revisionsOf, untilWritten} from './journey-revisions';

export {RECOVER_AFTER_MS} from './recover-waiting';
export type {ReceivedEvent};

/** Where a fact from outside the pixel belongs: the checkout's token, else the order it made. */
export interface JourneyRef {
  checkoutToken?: string | null;
  orderId?: string | null;
}

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
  signalsChanged?: SignalsChanged;
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
    await untilWritten(() => applyReceived(shop, received));
  }

  /** One attempt at a run: reads the journeys, applies the events, commits (or loses a race). */
  async function applyReceived(shop: string, received: ReceivedEvent[]) {
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
      const before = locateJourney(group, byToken, byClient, touched, context);
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
      if (mayHaveWaitingOutcomes(before, journey)) fresh.add(journey.id);
      touched.set(journey.id, journey);
      placements.push({journeyId: journey.id, events: group.events.map((e) => eventRef(e.event))});
      // A large run must not hold up the acknowledgements of the batches arriving meanwhile.
      if (performance.now() - sliceStarted > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    const revisions = revisionsOf(byToken.values(), byClient.values());
    // A chunk that loses a race rolls back alone; the run starts again (`untilWritten`), and the
    // chunks already written take the same events again as no change (event ids are kept).
    const chunks = chunked([...touched.values()], JOURNEYS_PER_COMMIT);
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      const ids = new Set(chunk.map((j) => j.id));
      const own = placements.filter((p) => p.journeyId !== null && ids.has(p.journeyId));
      // Events that belong to no journey are marked with the last chunk (or alone, if none).
      if (i === chunks.length - 1 && unattached.events.length > 0) own.push(unattached);
      const adopted = await adoptOutcomes(deps.storage, shop, chunk, fresh);
      await commitJourneys(deps, shop, adopted.journeys, context, {
        placements: own,
        absorbed: adopted.absorbed,
        revisions,
      });
    }
    if (chunks.length === 0 && unattached.events.length > 0) {
      await commitJourneys(deps, shop, [], context, {placements: [unattached]});
    }
  }

  async function findJourney(shop: string, ref: JourneyRef): Promise<JourneyRecord | undefined> {
    if (ref.checkoutToken) {
      const found = await deps.storage.reads.journeys.forTokens(shop, [ref.checkoutToken]);
      const record = found.get(ref.checkoutToken);
      if (record) return record;
    }
    if (ref.orderId) return deps.storage.reads.journeys.forOrder(shop, ref.orderId);
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
      return inOrder(shop, () =>
        untilWritten(async () => {
          const record = await findJourney(shop, ref);
          const before = stateOf(record);
          const journey = apply(before);
          if (!journey) return;
          const fresh = new Set(mayHaveWaitingOutcomes(before, journey) ? [journey.id] : []);
          const adopted = await adoptOutcomes(deps.storage, shop, [journey], fresh);
          await commitJourneys(deps, shop, adopted.journeys, await contextFor(shop), {
            absorbed: adopted.absorbed,
            revisions: revisionsOf(record ? [record] : []),
          });
        }),
      );
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
      return inOrder(shop, () =>
        untilWritten(async () => {
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
          if (journeys.length > 0)
            await commitJourneys(deps, shop, journeys, await contextFor(shop), {
              revisions: revisionsOf(records),
            });
        }),
      );
    },

    /** Applies events committed but never applied (a crash, a failed run), oldest first. */
    recoverWaiting: (): Promise<number> => recoverWaiting({...deps, enqueue}),

    async drain(): Promise<void> {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
  };
}

export type JourneyProcessor = ReturnType<typeof createJourneyProcessor>;

/** Journey work runs in slices of about this many milliseconds, letting requests in between. */
const SLICE_MS = 10;

/**
 * Journeys written per transaction. A run over a big batch (hundreds of shoppers' events at once)
 * commits in transactions of this many journeys, each holding its journeys, their signals, the
 * marks of their events and the outcomes they absorbed, so each is whole on its own and a crash
 * between two leaves the rest of the events waiting for `recoverWaiting`. Between them the
 * single SQLite writer and the event loop serve other shops' acknowledgements: one shop's burst
 * must not hold up another's pixel.
 */
const JOURNEYS_PER_COMMIT = 20;

function chunked<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
