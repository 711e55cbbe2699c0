import type {RuleAssignee} from './rule';
import type {StaffMember} from './types';
import {isOnShift} from './working-hours';

/** One earlier assignment: who got a case, and when. */
export interface RecentAssignment {
  userId: string;
  at: number;
}

/**
 * Who a new case goes to. A rule naming a person keeps the case theirs (while they are on the
 * team). Round robin goes to the agent on shift, in their own time zone, who was handed a case
 * least recently; with no agent on shift, to a lead on shift; with nobody on shift, to nobody:
 * the case waits unassigned in the inbox rather than land on someone who is not working.
 */
export function chooseAssignee(
  assignee: RuleAssignee,
  staff: StaffMember[],
  recent: RecentAssignment[],
  shopTimeZone: string | null,
  now: number,
): string | null {
  if (assignee.kind === 'person') {
    if (staff.some((member) => member.userId === assignee.userId)) return assignee.userId;
  }
  const onShift = staff.filter((member) => isOnShift(member, shopTimeZone, now));
  const agents = onShift.filter((member) => member.role === 'agent');
  const pool = agents.length > 0 ? agents : onShift.filter((member) => member.role === 'lead');
  return leastRecentlyAssigned(pool, recent)?.userId ?? null;
}

function leastRecentlyAssigned(
  pool: StaffMember[],
  recent: RecentAssignment[],
): StaffMember | null {
  const lastAt = new Map<string, number>();
  for (const {userId, at} of recent) lastAt.set(userId, Math.max(at, lastAt.get(userId) ?? at));
  const last = (member: StaffMember) => lastAt.get(member.userId) ?? Number.NEGATIVE_INFINITY;
  // Never assigned goes first; ties break on the user id so every instance picks the same person.
  const sorted = [...pool].sort(
    (a, b) => last(a) - last(b) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
  return sorted[0] ?? null;
}
