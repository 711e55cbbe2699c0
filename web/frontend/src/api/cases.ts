import type {ApiClient} from './api-client';
import {
  caseListSchema,
  caseViewSchema,
  type CallOutcome,
  type CaseList,
  type CaseOutcome,
  type CaseView,
} from './case-schemas';

export const CASES_PATH = '/api/cases';

export type CaseListView = 'open' | 'resolved';
export type CaseListFilter = 'mine' | 'unassigned' | 'overdue';

/** What `GET /api/cases` narrows on; `undefined` means "any". */
export interface CaseQuery {
  view: CaseListView;
  filter: CaseListFilter | undefined;
  campaign: string | undefined;
  signal: string | undefined;
}

export function casesPath(query: CaseQuery): string {
  const params = new URLSearchParams({view: query.view});
  if (query.filter) params.set('filter', query.filter);
  if (query.campaign) params.set('campaign', query.campaign);
  if (query.signal) params.set('signal', query.signal);
  return `${CASES_PATH}?${params.toString()}`;
}

/** Every open case, for their counts by urgency. */
export const OPEN_CASES_PATH = casesPath({
  view: 'open',
  filter: undefined,
  campaign: undefined,
  signal: undefined,
});

export function casePath(id: string): string {
  return `${CASES_PATH}/${encodeURIComponent(id)}`;
}

/** Each action's body, as `POST /api/cases/:id/<action>` takes it. */
export interface CaseActionBodies {
  claim: Record<string, never>;
  handover: {userId: string};
  note: {text: string};
  snooze: {until: number};
  wake: Record<string, never>;
  resolve: {outcome: CaseOutcome; note?: string};
  reopen: Record<string, never>;
  'refresh-status': Record<string, never>;
  call: {outcome: CallOutcome; notes?: string};
  /** `acknowledged`: the reply check's warnings the person chose to send past (recorded). */
  message: {method: 'email' | 'copied'; subject: string; body: string; acknowledged?: string[]};
  resume: Record<string, never>;
  invoice: {subject?: string; body: string; acknowledged?: string[]};
  refund: Record<string, never>;
}

export type CaseAction = keyof CaseActionBodies;

export function caseActionPath(id: string, action: CaseAction): string {
  return `${casePath(id)}/${action}`;
}

// Module-level parsers: `useApiQuery` refetches when its parser changes identity.
export const parseCaseList = (body: unknown): CaseList => caseListSchema.parse(body);
export const parseCaseView = (body: unknown): CaseView => caseViewSchema.parse(body);

/** Every action answers the case as it now is. */
export function sendCaseAction<A extends CaseAction>(
  client: ApiClient,
  id: string,
  action: A,
  body: CaseActionBodies[A],
): Promise<CaseView> {
  return client.request(caseActionPath(id, action), parseCaseView, {method: 'POST', body});
}

export function notificationRetryPath(caseId: string, notificationId: string): string {
  return `${casePath(caseId)}/notifications/${encodeURIComponent(notificationId)}/retry`;
}

/** Puts a failed notification back in the outbox; answers the case as it now is. */
export function retryNotification(
  client: ApiClient,
  caseId: string,
  notificationId: string,
): Promise<CaseView> {
  return client.request(notificationRetryPath(caseId, notificationId), parseCaseView, {
    method: 'POST',
    body: {},
  });
}
