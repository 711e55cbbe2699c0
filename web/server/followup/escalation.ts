import type {Storage} from '../storage';
import type {Logger} from '../logger';
import {caseWording, clause} from './case-words';
import {addEvent, type CaseChange} from './case-timeline';
import {queueNotifications} from './notify-recipients';
import {notifyChannelsOf} from './followup-settings';
import type {FollowupCase} from './types';

/** Cases escalated per sweep run, at most. */
const ESCALATION_PAGE = 100;

/**
 * A case whose first contact is overdue is escalated to the shop's leads, once: the case records
 * when, in the same transaction as the leads' notifications, at the revision it was read, so a
 * restart or a second instance never escalates it twice. A snoozed case waits until it wakes; a
 * case someone already contacted, or that was resolved, is not overdue.
 */
export function isEscalationDue(followup: FollowupCase, now: number): boolean {
  return (
    followup.resolvedAt === null &&
    followup.firstContactAt === null &&
    (followup.escalatedAt ?? null) === null &&
    followup.dueAt <= now &&
    (followup.snoozedUntil === null || followup.snoozedUntil <= now)
  );
}

export function createEscalation(deps: {
  storage: Storage;
  logger: Logger;
  now: () => number;
  afterChange?: (shop: string, followup: FollowupCase, change: CaseChange) => void;
}) {
  async function escalate(candidate: FollowupCase): Promise<FollowupCase | null> {
    const now = deps.now();
    const shop = candidate.shop;
    const [staff, record, settings] = await Promise.all([
      deps.storage.staff.list(shop),
      deps.storage.shops.get(shop),
      deps.storage.followupSettings.get(shop),
    ]);
    const timeZone = record?.timeZone ?? null;
    return deps.storage.transaction(async (tx) => {
      const current = await tx.cases.get(shop, candidate.id);
      if (!current || !isEscalationDue(current, now)) return null;
      const next: FollowupCase = {
        ...current,
        escalatedAt: now,
        updatedAt: now,
        revision: current.revision + 1,
      };
      if (!(await tx.cases.update(next))) return null;
      const leads = staff
        .filter((s) => s.role === 'lead')
        .map((s) => s.name ?? clause('people.aLead'));
      await addEvent(
        tx,
        next,
        now,
        'escalated',
        caseWording('timeline.escalated', {
          at: {at: current.dueAt, style: 'clock'},
          leads:
            leads.length > 0
              ? leads.reduce((list, line) => clause('timeline.listed', {list, line}))
              : clause('people.theLeads'),
        }),
        {timeZone},
      );
      await queueNotifications(
        tx,
        next,
        'escalated',
        {staff, timeZone, channels: notifyChannelsOf(settings)},
        now,
      );
      return next;
    });
  }

  return {
    /** Escalates the overdue cases, across shops; answers how many it escalated. */
    async run(): Promise<number> {
      const due = await deps.storage.cases.dueForEscalation(deps.now(), ESCALATION_PAGE);
      let escalated = 0;
      for (const candidate of due) {
        const done = await escalate(candidate).catch((error: unknown) => {
          deps.logger.error({err: error, shop: candidate.shop}, 'case escalation failed');
          return null;
        });
        if (!done) continue;
        escalated += 1;
        deps.afterChange?.(done.shop, done, 'escalated');
      }
      return escalated;
    },
  };
}
