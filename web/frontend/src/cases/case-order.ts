import type {CasePriority, CaseSummary} from '../api/case-schemas';

const PRIORITY_RANK: Record<CasePriority, number> = {urgent: 0, high: 1, normal: 2};

/**
 * The server's order, for cases that arrive live: open cases by priority, then by the time left
 * to their deadline; resolved ones, the latest first.
 */
export function compareCases(a: CaseSummary, b: CaseSummary): number {
  if (a.status === 'resolved' || b.status === 'resolved') {
    return (b.resolvedAt ?? 0) - (a.resolvedAt ?? 0);
  }
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.dueAt - b.dueAt;
}

/** Puts `item` in its place, replacing its older picture; `keep` false takes it out. */
export function upsertCase(
  cases: readonly CaseSummary[],
  item: CaseSummary,
  keep: boolean,
): CaseSummary[] {
  const others = cases.filter((c) => c.id !== item.id);
  if (!keep) return others;
  return [...others, item].sort(compareCases);
}
