import type {CaseListFilter, CaseListView, CaseQuery} from '../api/cases';
import type {CaseSummary} from '../api/case-schemas';

/** The inbox's view and filters live in the address: a view can be shared, and Back keeps it. */
export type InboxFilters = CaseQuery;

/** The inbox's filters; each one's words are `inbox.filters.<value>` in the `cases` namespace. */
export const FILTER_OPTIONS: readonly {value: CaseListFilter}[] = [
  {value: 'mine'},
  {value: 'unassigned'},
  {value: 'overdue'},
];

export const DEFAULT_FILTERS: InboxFilters = {
  view: 'open',
  filter: undefined,
  campaign: undefined,
  signal: undefined,
};

export function inboxFiltersFrom(params: URLSearchParams): InboxFilters {
  const filter = params.get('filter');
  return {
    view: params.get('view') === 'resolved' ? 'resolved' : 'open',
    filter: FILTER_OPTIONS.find((option) => option.value === filter)?.value,
    campaign: params.get('campaign') || undefined,
    signal: params.get('signal') || undefined,
  };
}

/** Only what differs from the defaults, so the plain `/inbox` stays plain. */
export function inboxFiltersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== 'open') params.set('view', filters.view);
  if (filters.filter) params.set('filter', filters.filter);
  if (filters.campaign) params.set('campaign', filters.campaign);
  if (filters.signal) params.set('signal', filters.signal);
  return params;
}

export function isNarrowed(filters: InboxFilters): boolean {
  return (
    filters.filter !== undefined || filters.campaign !== undefined || filters.signal !== undefined
  );
}

export function viewOf(item: CaseSummary): CaseListView {
  return item.status === 'resolved' ? 'resolved' : 'open';
}

/**
 * The server's own filter, applied to cases that arrive live. `me` is the signed-in staff
 * member's user id, unknown until `/api/staff/me` answered: "mine" then matches nothing new.
 */
export function caseMatches(
  item: CaseSummary,
  filters: InboxFilters,
  me: string | undefined,
  now: number,
): boolean {
  if (viewOf(item) !== filters.view) return false;
  if (filters.campaign && item.campaign?.id !== filters.campaign) return false;
  if (filters.signal && !item.signalTypes.includes(filters.signal)) return false;
  switch (filters.filter) {
    case undefined:
      return true;
    case 'mine':
      return me !== undefined && item.assignee?.userId === me;
    case 'unassigned':
      return item.assignee === null;
    case 'overdue':
      return item.firstContactAt === null && (item.overdue || item.dueAt <= now);
  }
}
