import type {StaffMember} from './types';
import {addWorkingMinutes, isWithinHours} from './working-hours';

/**
 * When a notification is tried again, and when one waits for the person's hours. Pure: every
 * answer is computed from `now` and what it is given.
 */

/** Claims of one notification before it is failed for a person to retry. */
export const NOTIFY_MAX_ATTEMPTS = 8;
/** The wait after the first failed attempt, doubled after each next one, in milliseconds. */
export const NOTIFY_FIRST_RETRY_MS = 30_000;
/** No wait between attempts is longer than this, in milliseconds. */
export const NOTIFY_MAX_RETRY_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** How long to wait after the `attempts`-th attempt failed: 30 s, 1 min, 2 min, … capped. */
export function retryDelayMs(attempts: number): number {
  const doublings = Math.max(0, attempts - 1);
  return Math.min(NOTIFY_MAX_RETRY_MS, NOTIFY_FIRST_RETRY_MS * 2 ** Math.min(doublings, 30));
}

export type AfterFailure = {kind: 'retry'; at: number} | {kind: 'fail'};

/** A failure the next try may not repeat is tried again, until the cap; any other fails now. */
export function afterFailure(attempts: number, retryable: boolean, now: number): AfterFailure {
  if (!retryable || attempts >= NOTIFY_MAX_ATTEMPTS) return {kind: 'fail'};
  return {kind: 'retry', at: now + retryDelayMs(attempts)};
}

/**
 * When a person who mutes email outside their hours may be written to: null when now is fine,
 * else the start of their next working time (in their zone, else the shop's).
 */
export function mutedUntil(
  member: StaffMember,
  shopTimeZone: string | null,
  now: number,
): number | null {
  if (!member.muteOutsideHours || member.workingHours === null) return null;
  const zone = member.timeZone ?? shopTimeZone;
  if (isWithinHours(member.workingHours, zone, now)) return null;
  // One working minute from now ends a minute after the next working time opens.
  const opens = addWorkingMinutes(now, 1, member.workingHours, zone) - MINUTE_MS;
  return opens > now ? opens : null;
}
