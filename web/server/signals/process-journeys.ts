import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import type {Logger} from '../logger';
import type {StoredPixelEvent} from '../storage/pixel-events-repository';
import type {Signal} from '../storage/signals-repository';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {journeyIdFor} from './journey';
import {applyEvents} from './apply-event';
import type {PixelEvent} from './pixel-event';
import {detectSignals} from './detectors';
import {hesitationScore} from './score';
import {DEFAULT_THRESHOLDS} from './thresholds';
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
  const pending = new Map<string, {events: StoredPixelEvent[]; run: Promise<void>}>();

  async function contextFor(shop: string): Promise<DetectionContext> {
    const [campaigns, record] = await Promise.all([
      deps.storage.campaigns.list(shop),
      deps.storage.shops.get(shop),
    ]);
    return {
      campaigns: campaigns.map((c) => ({
        id: c.id,
        name: c.name,
        attributionKey: c.attributionKey,
        discountCodes: c.discountCodes,
        promise: c.promise,
      })),
      currencyCode: record?.currencyCode ?? 'USD',
    };
  }

  async function load(shop: string, events: PixelEvent[]): Promise<Journey | undefined> {
    const withToken = events.find((e) => tokenOf(e));
    const token = withToken ? tokenOf(withToken) : null;
    if (token) {
      const byToken = await deps.storage.journeys.get(
        shop,
        journeyIdFor(shop, {checkoutToken: token, clientId: null}),
      );
      if (byToken) return byToken.state as Journey;
    }
    const clientId = events[0]?.clientId ?? null;
    if (!clientId) return undefined;
    const byClient = await deps.storage.journeys.latestForClient(shop, clientId);
    // A client's earlier journey for another checkout is not this one.
    if (byClient && token && byClient.checkoutToken && byClient.checkoutToken !== token)
      return undefined;
    return byClient?.state as Journey | undefined;
  }

  async function processGroup(shop: string, events: PixelEvent[], context: DetectionContext) {
    await commit(applyEvents(await load(shop, events), events, shop), context);
  }

  /** Detects, stores and announces what a journey's new state says; one path for every source. */
  async function commit(journey: Journey, context: DetectionContext) {
    const {shop} = journey;
    const now = deps.now();
    const detected = detectSignals(journey, now, DEFAULT_THRESHOLDS, context);
    const stored = await deps.storage.signals.addNew(
      detected.map((d) => toSignal(journey, d, now)),
    );
    const allSignals = await deps.storage.signals.forJourney(shop, journey.id);
    const score = hesitationScore(allSignals);
    await deps.storage.journeys.save(
      {
        id: journey.id,
        shop,
        checkoutToken: journey.checkoutToken,
        clientId: journey.clientIds[journey.clientIds.length - 1] ?? null,
        currentStep: journey.currentStep,
        score: score.score,
        startedAt: journey.startedAt,
        lastActivityAt: journey.lastActivityAt,
        completedAt: journey.completion?.at ?? null,
        customerId: journey.identity.customerId,
        emailHash: journey.identity.emailHash,
        state: journey,
      },
      now,
    );
    await deps.storage.journeys.delete(
      shop,
      journey.mergedFrom.filter((id) => id !== journey.id),
    );
    for (const signal of stored)
      deps.live.publish(shop, {kind: 'signal', data: publicSignal(signal)});
    deps.live.publish(shop, {kind: 'journey', data: journeySummary(journey, score, allSignals)});
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

  async function process(shop: string, stored: StoredPixelEvent[]) {
    const events = stored.map((s) => JSON.parse(s.payload) as PixelEvent);
    const context = await contextFor(shop);
    for (const group of groupByJourney(events)) await processGroup(shop, group, context);
  }

  return {
    /**
     * Queues the accepted events of one committed batch. Batches that arrive while the shop's
     * journeys are being processed are taken together in the next run: under load, one run serves
     * many batches instead of repeating the same journey work for each.
     */
    enqueue(shop: string, stored: StoredPixelEvent[]): Promise<void> {
      const waiting = pending.get(shop);
      if (waiting) {
        waiting.events.push(...stored);
        return waiting.run;
      }
      const entry = {events: [...stored], run: Promise.resolve()};
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
        const record = await deps.storage.journeys.get(
          shop,
          journeyIdFor(shop, {checkoutToken, clientId: null}),
        );
        const journey = apply(record?.state as Journey | undefined);
        if (journey) await commit(journey, await contextFor(shop));
      });
    },
    async drain(): Promise<void> {
      while (queues.size > 0) await Promise.allSettled([...queues.values()]);
    },
  };
}

function tokenOf(event: PixelEvent): string | null {
  const data = event.data as {checkout?: {token?: unknown}} | null | undefined;
  return typeof data?.checkout?.token === 'string' ? data.checkout.token : null;
}

/** One group per checkout token; events without a token follow their client's checkout. */
function groupByJourney(events: PixelEvent[]): PixelEvent[][] {
  const tokenOfClient = new Map<string, string>();
  for (const e of events) {
    const token = tokenOf(e);
    if (token) tokenOfClient.set(e.clientId, token);
  }
  const groups = new Map<string, PixelEvent[]>();
  for (const e of events) {
    const key = tokenOf(e) ?? tokenOfClient.get(e.clientId) ?? `client:${e.clientId}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()];
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
