import {randomUUID} from 'node:crypto';
import type {Repositories} from '../storage';
import {SLACK_RECIPIENT, type NewNotification, type NotifiedChange} from './notification';
import type {NotifyChannels} from './followup-settings';
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
 * (a retried transaction, a second instance) is one notification. Email goes to each recipient
 * when the shop has email announce this change; Slack once to the shop's channel, likewise.
 */
export function notificationsOf(
  followup: FollowupCase,
  change: NotifiedChange,
  recipients: StaffMember[],
  now: number,
  channels: NotifyChannels = {emailChanges: [change], slackChanges: null},
): NewNotification[] {
  const row = (recipientId: string, channel: NewNotification['channel']): NewNotification => ({
    id: randomUUID(),
    shop: followup.shop,
    caseId: followup.id,
    eventKey: `${change}:${followup.revision}`,
    recipientId,
    channel,
    nextAttemptAt: now,
    createdAt: now,
  });
  const email = channels.emailChanges.includes(change)
    ? recipients.map((member) => row(member.userId, 'email'))
    : [];
  const slack = channels.slackChanges?.includes(change) ? [row(SLACK_RECIPIENT, 'slack')] : [];
  return [...email, ...slack];
}

/** Writes the change's notifications in the caller's transaction, beside the change itself. */
export async function queueNotifications(
  tx: Pick<Repositories, 'outbox'>,
  followup: FollowupCase,
  change: NotifiedChange,
  context: {staff: StaffMember[]; timeZone: string | null; channels: NotifyChannels},
  now: number,
): Promise<number> {
  const recipients = recipientsOf(followup, context.staff, context.timeZone, now, change);
  return tx.outbox.add(notificationsOf(followup, change, recipients, now, context.channels));
}
