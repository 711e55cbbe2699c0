import type {TFunction} from 'i18next';
import type {CaseSummary} from '../api/case-schemas';
import type {StaffRole} from '../api/staff';

/**
 * Which live case updates deserve a toast, wherever in the admin the person is: a case that
 * just opened for them (theirs, or nobody's yet), and, for a lead, a case whose first contact
 * went overdue. Each once per case and page load. Pure but for the memory it is given.
 */

/** A case update older than this is an edit of a case, not its opening. */
export const NEW_CASE_WITHIN_MS = 120_000;

export interface ToastMemory {
  opened: Set<string>;
  escalated: Set<string>;
}

export function newToastMemory(): ToastMemory {
  return {opened: new Set(), escalated: new Set()};
}

export function caseToastOf(
  item: CaseSummary,
  me: {userId: string; role: StaffRole} | undefined,
  memory: ToastMemory,
  now: number,
  t: TFunction<'cases'>,
): string | null {
  if (!me || item.status === 'resolved') return null;
  const escalatedAt = item.escalatedAt ?? null;
  if (escalatedAt !== null && me.role === 'lead' && !memory.escalated.has(item.id)) {
    memory.escalated.add(item.id);
    memory.opened.add(item.id);
    return now - escalatedAt <= NEW_CASE_WITHIN_MS
      ? t('overdueCase', {headline: item.headline})
      : null;
  }
  const forMe = item.assignee === null || item.assignee.userId === me.userId;
  if (item.status !== 'new' || !forMe || memory.opened.has(item.id)) return null;
  memory.opened.add(item.id);
  if (now - item.openedAt > NEW_CASE_WITHIN_MS) return null;
  return newCaseWords(item, t);
}

/** "New urgent case: …", as the toast and the inbox's announcement say it. */
export function newCaseWords(item: CaseSummary, t: TFunction<'cases'>): string {
  return t(`newCase.${item.priority}`, {headline: item.headline});
}
