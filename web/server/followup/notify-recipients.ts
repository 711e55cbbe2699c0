import {randomUUID} from 'node:crypto';
import type {Repositories} from '../storage';
import type {NewNotification, NotifiedChange} from './notification';
import type {FollowupCase, StaffMember} from './types';
import {isOnShift} from './working-hours';

/**
 * Who hears of a case change: its assignee, or while nobody has it every agent on shift (the leads
 * on shift when no agent is, as round robin would choose). Pure; `now` decides who is on shift.
 */
export function recipientsOf(
  followup: FollowupCase,
  staff: StaffMember[],
  shopTimeZone: string | null,
  now: number,
  change: NotifiedChange = 'opened',
): StaffMember[] {
  if (change === 'escalated') return leadsFor(staff, shopTimeZone, now);
  if (followup.assigneeId !== null) {
    return staff.filter((s) => s.userId === followup.assigneeId);
  }
  const onShift = staff.filter((s) => isOnShift(s, shopTimeZone, now));
  const agents = onShift.filter((s) => s.role === 'agent');
  return agents.length > 0 ? agents : onShift.filter((s) => s.role === 'lead');
}

/** An overdue case goes to the leads: those on shift, else every lead (it must reach someone). */
function leadsFor(staff: StaffMember[], shopTimeZone: string | null, now: number): StaffMember[] {
  const leads = staff.filter((s) => s.role === 'lead');
  const onShift = leads.filter((s) => isOnShift(s, shopTimeZone, now));
  return onShift.length > 0 ? onShift : leads;
}

/**
 * The notifications of one change, keyed by change and revision: the same change written twice
 * (a retried transaction, a second instance) is one notification.
 */
export function notificationsOf(
  followup: FollowupCase,
  change: NotifiedChange,
  recipients: StaffMember[],
  now: number,
): NewNotification[] {
  return recipients.map((member) => ({
    id: randomUUID(),
    shop: followup.shop,
    caseId: followup.id,
    eventKey: `${change}:${followup.revision}`,
    recipientId: member.userId,
    channel: 'email',
    nextAttemptAt: now,
    createdAt: now,
  }));
}

/** Writes the change's notifications in the caller's transaction, beside the change itself. */
export async function queueNotifications(
  tx: Pick<Repositories, 'outbox'>,
  followup: FollowupCase,
  change: NotifiedChange,
  context: {staff: StaffMember[]; timeZone: string | null},
  now: number,
): Promise<number> {
  const recipients = recipientsOf(followup, context.staff, context.timeZone, now, change);
  return tx.outbox.add(notificationsOf(followup, change, recipients, now));
}
