import {randomUUID} from 'node:crypto';
import type {Storage} from '../storage';
import type {Signal} from '../storage/signals-repository';
import type {JourneyRecord} from '../storage/journeys-repository';
import type {LiveHub} from './live-hub';
import type {Journey} from './journey';
import {detectSignals} from './detectors';
import {hesitationScore} from './score';
import {thresholdsFrom, type Thresholds} from './thresholds';
import type {DetectedSignal, DetectionContext} from './signal';
import {journeyStory} from './journey-summary';
import {signalStory} from './signal-story';
import {isOpen, reconcileSignals} from './signal-lifecycle';
import {promiseStanding, type PromiseStanding} from './promise-standing';

/** What detection needs to know of a shop, read once per run. */
export interface ShopContext {
  detection: DetectionContext;
  thresholds: Thresholds;
}

/** The shop's campaigns, currency, time zone and thresholds, as every detection run reads them. */
export async function readShopContext(storage: Storage, shop: string): Promise<ShopContext> {
  const [campaigns, record, settings] = await Promise.all([
    storage.reads.campaigns.list(shop),
    storage.reads.shops.get(shop),
    storage.reads.shops.hesitationSettings(shop),
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
      timeZone: record?.timeZone ?? null,
    },
    thresholds: thresholdsFrom(settings),
  };
}

/** Pixel events that went into a journey (or into none), marked in the journey's transaction. */
export interface Placement {
  journeyId: string | null;
  events: Array<{clientId: string; eventId: string}>;
}

export interface CommitOptions {
  /** Mark these pixel events applied in the same transaction (durable journey work). */
  placements?: Placement[];
  /** Signals reported before their journey was known, now folded into it: they go. */
  absorbed?: string[];
  /**
   * `state` saves the journeys; `score` (the quiet sweep) leaves their state alone and updates
   * the score only of journeys no new event changed meanwhile.
   */
  write?: 'state' | 'score';
  /**
   * The revision each journey's state was read at (see `saveRevised`); a journey absent was new
   * to this run. A journey written meanwhile makes the commit throw `JourneyWriteConflict`.
   */
  revisions?: ReadonlyMap<string, number>;
}

/**
 * Detects what the journeys' states say at `now`, reconciles it with the signals already told
 * (new ones are added, changed ones retold, contradicted ones ended), and writes signals, journeys
 * and event marks in one transaction; then announces what changed. One path for every source:
 * pixel batches, webhooks, checkout outcomes, orders from other channels, the quiet sweep.
 */
/**
 * Told, after the commit, of the journeys whose signals were added or retold: what comes after
 * signals (follow-up cases) looks at them. Signals it never hears of (a crash right after the
 * commit) stay marked as not looked at, and are found by that step's own recovery.
 */
export type SignalsChanged = (shop: string, journeyIds: string[]) => void;

export interface CommitDeps {
  storage: Storage;
  live: LiveHub;
  now: () => number;
  signalsChanged?: SignalsChanged;
}

export async function commitJourneys(
  deps: CommitDeps,
  shop: string,
  journeys: Journey[],
  context: ShopContext,
  options: CommitOptions = {},
): Promise<{added: number}> {
  if (journeys.length === 0 && !options.placements?.length) return {added: 0};
  const now = deps.now();
  const earlier = await deps.storage.reads.signals.forJourneys(
    shop,
    journeys.map((j) => j.id),
  );
  const plans = journeys.map((journey) => {
    const detected = detectSignals(journey, now, context.thresholds, context.detection).map((d) =>
      toSignal(journey, d, now),
    );
    const changes = reconcileSignals(journey, detected, earlier.get(journey.id) ?? [], {
      now,
      timeZone: context.detection.timeZone,
    });
    const score = hesitationScore(changes.current.filter(isOpen));
    const standing = promiseStanding(journey, context.detection, changes.current);
    return {journey, changes, score, standing};
  });
  const written = await deps.storage.transaction(async (tx) => {
    const added = await tx.signals.addNew(plans.flatMap((p) => p.changes.added));
    const retold = new Set(
      await tx.signals.updateStory(
        plans.flatMap((p) => p.changes.retold),
        now,
      ),
    );
    const ended = new Set(
      await tx.signals.end(
        shop,
        plans.flatMap((p) => p.changes.ended),
        now,
      ),
    );
    if (options.write === 'score') {
      for (const {journey, score} of plans) {
        await tx.journeys.updateScoreIfUnchanged(
          shop,
          journey.id,
          score.score,
          journey.lastActivityAt,
          now,
        );
      }
    } else {
      await tx.journeys.saveRevised(
        plans.map(({journey, score, standing}) => toRecord(journey, score.score, standing)),
        options.revisions ?? new Map(),
        now,
      );
    }
    if (options.placements?.length) await tx.pixelEvents.markApplied(shop, options.placements, now);
    if (options.absorbed?.length) await tx.signals.deleteByIds(shop, options.absorbed);
    return {added, retold, ended};
  });
  const changedJourneys = new Set([
    ...written.added.map((s) => s.journeyId ?? ''),
    ...plans.flatMap((p) =>
      p.changes.retold.filter((s) => written.retold.has(s.id)).map(() => p.journey.id),
    ),
  ]);
  changedJourneys.delete('');
  if (changedJourneys.size > 0) deps.signalsChanged?.(shop, [...changedJourneys]);
  // Only what this writer changed is announced: another instance announces its own changes.
  // Announced unworded: each admin's stream words it for them (live-route.ts).
  for (const signal of written.added)
    deps.live.publish(shop, {kind: 'signal', data: signalStory(signal)});
  for (const {journey, changes, score} of plans) {
    for (const signal of changes.retold.filter((s) => written.retold.has(s.id)))
      deps.live.publish(shop, {kind: 'signal', data: signalStory(signal)});
    for (const signal of changes.current.filter((s) => written.ended.has(s.id)))
      deps.live.publish(shop, {kind: 'signal', data: signalStory(signal)});
    const touched =
      options.write !== 'score' ||
      changes.added.length + written.retold.size + written.ended.size > 0;
    if (touched)
      deps.live.publish(shop, {
        kind: 'journey',
        data: journeyStory(journey, score.score, changes.current),
      });
  }
  return {added: written.added.length};
}

function toRecord(journey: Journey, score: number, standing: PromiseStanding): JourneyRecord {
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
    orderId: journey.completion?.orderId ?? null,
    cartTotal: journey.cart?.total?.amount ?? null,
    campaignId: standing.campaignId,
    promiseKept: standing.kept,
    state: journey,
  };
}

function toSignal(journey: Journey, detected: DetectedSignal, now: number): Signal {
  return {
    id: randomUUID(),
    shop: journey.shop,
    type: detected.type,
    severity: detected.severity,
    sentence: detected.sentence,
    wording: detected.wording,
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
    resolvedAt: null,
    resolution: null,
    resolutionWording: null,
  };
}
