import type {Storage, Repositories} from '../storage';
import type {Logger} from '../logger';
import type {LiveHub} from '../signals/live-hub';
import type {Journey} from '../signals/journey';
import type {Signal} from '../storage/signals-repository';
import {readJourney} from '../signals/journey-state';
import {matchRules, type RuleMatch} from './match-rules';
import {decideCase, raisePriority, shopperKeyOf} from './case-joining';
import {journeySnapshot} from './case-snapshot';
import {newCase} from './new-case';
import {readFollowupContext, type FollowupContext} from './followup-context';
import {createShopQueue} from './shop-queue';
import type {FollowupCase} from './types';
import {addEvent, type CaseChange} from './case-timeline';
import {
  detectionOf,
  headlineOf,
  openedSentence,
  shopperFacts,
  withJourney,
} from './case-opening-facts';
import {queueNotifications} from './notify-recipients';
import {caseWording, clause} from './case-words';

/** Signals the rules never looked at after this long were left by a crash or a failed run. */
export const FOLLOWUP_RECOVER_AFTER_MS = 30_000;
const RECOVERY_PAGE = 500;

export interface CaseOpenerDeps {
  storage: Storage;
  live: LiveHub;
  logger: Logger;
  now: () => number;
  /** Called after a case opened or changed, outside its transaction (status refresh, notify). */
  afterChange?: (shop: string, followup: FollowupCase, change: CaseChange) => void;
}

export type {CaseChange};

/**
 * Signals → cases. After journeys commit, the rules look at each journey's signals not looked at
 * yet: the first matching rule opens the shopper's case, or the signal joins (and may raise) the
 * case already open, or reopens the shopper's case resolved a little earlier. The case and the
 * marks on its signals are written in one transaction, with the notifications to staff of a case
 * opened, raised or reopened (the outbox); signals left unmarked by a crash are found by
 * `recoverWaiting`.
 */
export function createCaseOpener(deps: CaseOpenerDeps) {
  const queue = createShopQueue(deps.logger, 'case opening');

  async function considerNow(shop: string, journeyIds: string[]): Promise<void> {
    const waiting = await deps.storage.signalFollowup.journeysWaiting(shop, journeyIds);
    if (waiting.length === 0) return;
    const now = deps.now();
    const context = await readFollowupContext(deps.storage, shop, now);
    const [records, signals] = await Promise.all([
      deps.storage.journeys.getMany(shop, waiting),
      deps.storage.signals.forJourneys(shop, waiting),
    ]);
    for (const id of waiting) {
      const record = records.get(id);
      const journeySignals = signals.get(id) ?? [];
      if (!record) continue;
      const journey = readJourney(record.state);
      await considerJourney(context, journey, journeySignals, now);
    }
  }

  async function considerJourney(
    context: FollowupContext,
    journey: Journey,
    signals: Signal[],
    now: number,
  ): Promise<void> {
    const unlooked = signals.filter((s) => s.followupAt === null || s.followupAt === undefined);
    const shopper = await shopperFacts(deps.storage, context.shop, journey, signals);
    const match = matchRules(context.rules, {
      journey,
      signals,
      shopper,
      shop: context.match,
      campaigns: context.campaigns,
      now,
    });
    for (let attempt = 0; ; attempt += 1) {
      try {
        const written = await deps.storage.transaction(async (tx) => {
          const outcome = match
            ? await applyMatch(tx, context, journey, signals, match, now)
            : null;
          await tx.signalFollowup.markLookedAt(
            context.shop,
            unlooked.map((s) => s.id),
            now,
          );
          return outcome;
        });
        if (written) deps.afterChange?.(context.shop, written.followup, written.change);
        return;
      } catch (error) {
        // Another instance opened this shopper's case first: look again, and join it.
        if (error instanceof OpenedElsewhere && attempt === 0) continue;
        throw error;
      }
    }
  }

  async function applyMatch(
    tx: Repositories,
    context: FollowupContext,
    journey: Journey,
    signals: Signal[],
    match: RuleMatch,
    now: number,
  ): Promise<{followup: FollowupCase; change: CaseChange} | null> {
    const keyOfJourney = shopperKeyOf(journey);
    const open =
      (await tx.cases.openFor(context.shop, keyOfJourney)) ??
      (await tx.cases.openForShopper(context.shop, {
        customerId: journey.identity.customerId,
        emailHash: journey.identity.emailHash,
      })) ??
      null;
    // An open case found by customer or email keeps its key: the shopper stays one case.
    const shopperKey = open?.shopperKey ?? keyOfJourney;
    const latestResolved = open
      ? null
      : ((await tx.cases.latestResolvedFor(context.shop, shopperKey)) ?? null);
    const decision = decideCase({match, shopperKey, open, latestResolved, now});
    const snapshot = journeySnapshot(journey, signals, detectionOf(context));
    if (decision.action === 'ignore') return null;
    if (decision.action === 'open') {
      const terms = {...match, ruleId: match.rule.id, assignee: match.rule.assignee};
      const followup = await newCase(tx, context, journey, terms, snapshot, shopperKey, now);
      if ((await tx.cases.insert(followup)) === 'conflict') throw new OpenedElsewhere();
      await tx.cases.linkJourneys(context.shop, followup.id, [journey.id], now);
      await addEvent(tx, followup, now, 'opened', openedSentence(match, followup, context));
      await queueNotifications(tx, followup, 'opened', context, now);
      return {followup, change: 'opened'};
    }
    const base = decision.action === 'join' ? open : latestResolved;
    if (!base) return null;
    const joinedBefore = base.journeyIds.includes(journey.id);
    const priority = raisePriority(base.priority, match.priority) ?? base.priority;
    const next: FollowupCase = {
      ...base,
      customerId: base.customerId ?? journey.identity.customerId,
      emailHash: base.emailHash ?? journey.identity.emailHash,
      priority,
      signalTypes: [...new Set([...base.signalTypes, ...match.signals.map((s) => s.type)])],
      journeyIds: joinedBefore ? base.journeyIds : [...base.journeyIds, journey.id],
      snapshot: {...base.snapshot, journeys: withJourney(base.snapshot.journeys, snapshot)},
      dueAt: Math.min(base.dueAt, match.dueAt),
      ...(decision.action === 'reopen'
        ? {
            status: 'new' as const,
            resolvedAt: null,
            outcome: null,
            resolvedOrderId: null,
            recoveredRevenue: null,
            dueAt: match.dueAt,
            firstContactAt: null,
            escalatedAt: null,
          }
        : {}),
      updatedAt: now,
      revision: base.revision + 1,
    };
    if (!(await tx.cases.update(next))) throw new OpenedElsewhere();
    await tx.cases.linkJourneys(context.shop, next.id, [journey.id], now);
    if (decision.action === 'reopen') {
      await addEvent(
        tx,
        next,
        now,
        'reopened',
        caseWording('timeline.reopenedBy', {headline: headlineOf(match)}),
      );
      await queueNotifications(tx, next, 'reopened', context, now);
      return {followup: next, change: 'reopened'};
    }
    if (priority !== base.priority) {
      await addEvent(
        tx,
        next,
        now,
        'raised',
        caseWording('timeline.raised', {
          priority: clause(`priority.${priority}`),
          headline: headlineOf(match),
        }),
      );
      await queueNotifications(tx, next, 'raised', context, now);
      return {followup: next, change: 'raised'};
    }
    if (!joinedBefore) {
      await addEvent(
        tx,
        next,
        now,
        'joined',
        caseWording('timeline.joined', {headline: headlineOf(match)}),
      );
      return {followup: next, change: 'joined'};
    }
    return {followup: next, change: 'updated'};
  }

  return {
    /** Looks at the journeys' new signals; resolves once their cases are written. */
    consider(shop: string, journeyIds: string[]): Promise<void> {
      if (journeyIds.length === 0) return Promise.resolve();
      return queue.run(shop, () => considerNow(shop, journeyIds));
    },

    /** Looks at signals a crash (or a failed run) left unlooked at, oldest first. */
    async recoverWaiting(): Promise<number> {
      const waiting = await deps.storage.signalFollowup.waitingBefore(
        deps.now() - FOLLOWUP_RECOVER_AFTER_MS,
        RECOVERY_PAGE,
      );
      const byShop = new Map<string, string[]>();
      for (const {shop, journeyId} of waiting)
        byShop.set(shop, [...(byShop.get(shop) ?? []), journeyId]);
      await Promise.all(
        [...byShop].map(([shop, ids]) =>
          queue.run(shop, () => considerNow(shop, ids)).catch(() => undefined),
        ),
      );
      return waiting.length;
    },

    drain: () => queue.drain(),
  };
}

export type CaseOpener = ReturnType<typeof createCaseOpener>;

class OpenedElsewhere extends Error {
  constructor() {
    super('The shopper’s case changed meanwhile');
  }
}
