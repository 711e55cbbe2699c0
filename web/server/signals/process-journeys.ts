import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {Signal} from '../storage/signals-repository';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {journeyIdFor} from './journey';
import {applyEvents} from './apply-event';
import type {PixelEvent} from './pixel-event';
import {detectSignals} from './detectors';
import {hesitationScore} from './score';
import {thresholdsFrom, type Thresholds} from './thresholds';
import type {DetectedSignal, DetectionContext} from './signal';
import {journeySummary} from './journey-summary';

/**
 * After a batch is committed: each touched journey takes in its new events, the detectors run, and
 * new signals and the journey's new state go out to the admin. Work for one shop runs in order, so
 * two batches of one checkout never overwrite each other's journey.
 */
export function createJourneyProcessor(deps: {
  storage: Storage;
  live: LiveHub;
  logger: Logger;
  now: () => number;
}) {
  const queues = new Map<string, Promise<void>>();
  /** Accepted events waiting for the shop's next run. */
  const pending = new Map<string, {events: PixelEvent[]; run: Promise<void>}>();

  async function contextFor(shop: string): Promise<ShopContext> {
    const [campaigns, record, settings] = await Promise.all([
      deps.storage.reads.campaigns.list(shop),
      deps.storage.reads.shops.get(shop),
      deps.storage.reads.shops.hesitationSettings(shop),
    ]);
    return {
      detection: {
        campaigns: campaigns.map((c) => ({
          id: c.id,
          name: c.name,
          attributionKey: c.attributionKey,
          discountCodes: c.discountCodes,
          promise: c.promise,
        })),
        currencyCode: record?.currencyCode ?? 'USD',
      },
      thresholds: thresholdsFrom(settings),
    };
  }

  /**
   * The journey a group of events continues: one already touched in this run, the checkout's
   * stored journey, or (events without a known journey yet) the client's latest journey.
   */
  function locate(
    shop: string,
    group: Group,
    stored: Map<string, JourneyRecord>,
    byClient: Map<string, JourneyRecord>,
    touched: Map<string, Journey>,
  ): Journey | undefined {
    if (group.token) {
      const id = journeyIdFor(shop, {checkoutToken: group.token, clientId: null});
      const known = touched.get(id) ?? (stored.get(id)?.state as Journey | undefined);
      if (known) return known;
    }
    const record = group.clientId ? byClient.get(group.clientId) : undefined;
    const latest = record ? (touched.get(record.id) ?? (record.state as Journey)) : undefined;
    // A client's earlier journey for another checkout is not this one.
    if (latest && group.token && latest.checkoutToken && latest.checkoutToken !== group.token)
      return undefined;
    return latest;
  }

  /**
   * Detects, stores and announces what the journeys' new states say; one path for every source.
   * The signals, the journeys and the ids they were merged from are written in one transaction.
   */
  async function commit(shop: string, journeys: Journey[], context: ShopContext) {
    if (journeys.length === 0) return;
    const now = deps.now();
    const detected = journeys.flatMap((journey) =>
      detectSignals(journey, now, context.thresholds, context.detection).map((d) =>
        toSignal(journey, d, now),
      ),
    );
    const earlier = await deps.storage.reads.signals.forJourneys(
      shop,
      journeys.map((j) => j.id),
    );
    const merged = journeys.flatMap((j) => j.mergedFrom.filter((id) => id !== j.id));
    const {added, views} = await deps.storage.transaction(async (tx) => {
      const added = await tx.signals.addNew(detected);
      const views = journeys.map((journey) => {
        const signals = [
          ...(earlier.get(journey.id) ?? []),
          ...added.filter((s) => s.journeyId === journey.id),
        ].sort((a, b) => a.occurredAt - b.occurredAt);
        return {journey, signals, score: hesitationScore(signals)};
      });
      await tx.journeys.saveMany(
        views.map(({journey, score}) => toRecord(journey, score.score)),
        now,
      );
      await tx.journeys.delete(shop, merged);
      return {added, views};
    });
    for (const signal of added)
      deps.live.publish(shop, {kind: 'signal', data: publicSignal(signal)});
    for (const {journey, score, signals} of views)
      deps.live.publish(shop, {kind: 'journey', data: journeySummary(journey, score, signals)});
  }

  /** Runs one unit of work for a shop after the ones already queued for it. */
  function inOrder(shop: string, work: () => Promise<void>): Promise<void> {
    const previous = queues.get(shop) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch((error: unknown) =>
        deps.logger.error({err: error, shop}, 'journey processing failed'),
      );
    queues.set(shop, next);
    void next.finally(() => {
      if (queues.get(shop) === next) queues.delete(shop);
    });
    return next;
  }

  async function process(shop: string, events: PixelEvent[]) {
    const groups = groupByJourney(events);
    const tokenIds = unique(
      groups.flatMap((g) =>
        g.token ? [journeyIdFor(shop, {checkoutToken: g.token, clientId: null})] : [],
      ),
    );
    const [context, stored] = await Promise.all([
      contextFor(shop),
      deps.storage.reads.journeys.getMany(shop, tokenIds),
    ]);
    const unplaced = groups.filter(
      (g) => !g.token || !stored.has(journeyIdFor(shop, {checkoutToken: g.token, clientId: null})),
    );
    const byClient = await deps.storage.reads.journeys.latestForClients(
      shop,
      unique(unplaced.flatMap((g) => (g.clientId ? [g.clientId] : []))),
    );
    const touched = new Map<string, Journey>();
    let sliceStarted = performance.now();
    for (const group of groups) {
      const before = locate(shop, group, stored, byClient, touched);
      const journey = applyEvents(before, group.events, shop);
      for (const id of journey.mergedFrom) touched.delete(id);
      touched.set(journey.id, journey);
      // A large run must not hold up the acknowledgements of the batches arriving meanwhile.
      if (performance.now() - sliceStarted > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    await commit(shop, [...touched.values()], context);
  }

  return {
    /**
     * Queues the accepted events of one committed batch. Batches that arrive while the shop's
     * journeys are being processed are taken together in the next run: under load, one run serves
     * many batches instead of repeating the same journey work for each.
     */
    enqueue(shop: string, accepted: PixelEvent[]): Promise<void> {
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
    },
    /**
     * Joins a fact from outside the pixel (a checkout or order webhook, an extension outcome) to the
     * checkout's journey; `apply` returns null when the fact belongs to no journey.
     */
    join(
      shop: string,
      checkoutToken: string,
      apply: (journey: Journey | undefined) => Journey | null,
    ): Promise<void> {
      return inOrder(shop, async () => {
        const record = await deps.storage.reads.journeys.get(
          shop,
          journeyIdFor(shop, {checkoutToken, clientId: null}),
        );
        const journey = apply(record?.state as Journey | undefined);
        if (journey) await commit(shop, [journey], await contextFor(shop));
      });
    },
    async drain(): Promise<void> {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
  };
}

/** Journey work runs in slices of about this many milliseconds, letting requests in between. */
const SLICE_MS = 10;

/** What detection needs to know of a shop, read once per run. */
interface ShopContext {
  detection: DetectionContext;
  thresholds: Thresholds;
}

function toRecord(journey: Journey, score: number): JourneyRecord {
  return {
    id: journey.id,
    shop: journey.shop,
    checkoutToken: journey.checkoutToken,
    clientId: journey.clientIds[journey.clientIds.length - 1] ?? null,
    currentStep: journey.currentStep,
    score,
    startedAt: journey.startedAt,
    lastActivityAt: journey.lastActivityAt,
    completedAt: journey.completion?.at ?? null,
    customerId: journey.identity.customerId,
    emailHash: journey.identity.emailHash,
    state: journey,
  };
}

function tokenOf(event: PixelEvent): string | null {
  const data = event.data as {checkout?: {token?: unknown}} | null | undefined;
  return typeof data?.checkout?.token === 'string' ? data.checkout.token : null;
}

interface Group {
  token: string | null;
  clientId: string | null;
  events: PixelEvent[];
}

/** One group per checkout token; events without a token follow their client's checkout. */
function groupByJourney(events: PixelEvent[]): Group[] {
  const tokenOfClient = new Map<string, string>();
  for (const e of events) {
    const token = tokenOf(e);
    if (token) tokenOfClient.set(e.clientId, token);
  }
  const groups = new Map<string, Group>();
  for (const e of events) {
    const token = tokenOf(e) ?? tokenOfClient.get(e.clientId) ?? null;
    const key = token ?? `client:${e.clientId}`;
    const group = groups.get(key);
    if (group) group.events.push(e);
    else groups.set(key, {token, clientId: e.clientId, events: [e]});
  }
  return [...groups.values()];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function toSignal(journey: Journey, detected: DetectedSignal, now: number): Signal {
  return {
    id: randomUUID(),
    shop: journey.shop,
    type: detected.type,
    severity: detected.severity,
    sentence: detected.sentence,
    evidence: {...detected.evidence, step: detected.step},
    source: 'pixel',
    campaignId:
      typeof detected.evidence.campaignId === 'string' ? detected.evidence.campaignId : null,
    checkoutToken: journey.checkoutToken,
    orderId: journey.completion?.orderId ?? null,
    customerId: journey.identity.customerId,
    occurredAt: detected.occurredAt,
    recordedAt: now,
    journeyId: journey.id,
    dedupeKey: detected.dedupeKey,
  };
}

export function publicSignal(signal: Signal) {
  return {
    id: signal.id,
    journeyId: signal.journeyId ?? null,
    type: signal.type,
    severity: signal.severity,
    sentence: signal.sentence,
    occurredAt: signal.occurredAt,
    campaignId: signal.campaignId,
  };
}
