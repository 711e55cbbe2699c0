import {useCallback, useEffect, useRef, useState} from 'react';
import {useTranslation} from 'react-i18next';
import {isAbort} from '../api/api-client';
import {asApiError, type ApiError} from '../api/api-error';
import {casesPath, parseCaseList} from '../api/cases';
import type {CaseSummary} from '../api/case-schemas';
import type {LiveMessage} from '../api/live-messages';
import {STAFF_ME_PATH, parseMe} from '../api/staff';
import {useApiClient, useApiQuery} from '../api/use-api';
import {useLiveStream} from '../live/use-live-stream';
import {upsertCase} from './case-order';
import {newCaseWords} from './case-toasts';
import {caseMatches, type InboxFilters} from './inbox-filters';

/** How long a row that just arrived or changed stays highlighted. */
const FRESH_FOR_MS = 4_000;

export interface CaseListState {
  status: 'loading' | 'ready' | 'error';
  cases: readonly CaseSummary[];
  error: ApiError | undefined;
  /** Cases that just arrived or changed, highlighted for a moment. */
  fresh: ReadonlySet<string>;
  /** The latest news for screen-reader users (a polite live region reads it). */
  announcement: string;
}

const LOADING: CaseListState = {
  status: 'loading',
  cases: [],
  error: undefined,
  fresh: new Set(),
  announcement: '',
};

/** The inbox's cases under `filters`, kept current by `event: case` on the live stream. */
export function useLiveCases(filters: InboxFilters) {
  const client = useApiClient();
  const {t} = useTranslation('cases');
  const me = useApiQuery(STAFF_ME_PATH, parseMe).query;
  const meId = me.status === 'success' ? me.data.userId : undefined;
  const [state, setState] = useState<CaseListState>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const path = casesPath(filters);
  const current = useRef({filters, path, meId});
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    current.current = {filters, path, meId};
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({...LOADING, announcement: s.announcement}));
    client.request(path, parseCaseList, {signal: controller.signal}).then(
      (list) => setState((s) => ({...s, status: 'ready', cases: list.cases})),
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState((s) => ({...s, status: 'error', error: asApiError(error)}));
      },
    );
    return () => controller.abort();
  }, [client, path, attempt]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, []);

  const settle = useCallback((id: string) => {
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setState((s) => {
        const fresh = new Set(s.fresh);
        fresh.delete(id);
        return {...s, fresh};
      });
    }, FRESH_FOR_MS);
    timers.current.add(timer);
  }, []);

  const onMessage = useCallback(
    (message: LiveMessage) => {
      if (message.kind !== 'case') return;
      const item = message.case;
      const {filters: shown, meId: self} = current.current;
      const keep = caseMatches(item, shown, self, Date.now());
      setState((s) => {
        if (s.status !== 'ready') return s;
        const known = s.cases.some((c) => c.id === item.id);
        if (!known && !keep) return s;
        return {
          ...s,
          cases: upsertCase(s.cases, item, keep),
          fresh: keep ? new Set(s.fresh).add(item.id) : s.fresh,
          announcement: !known && keep ? newCaseWords(item, t) : s.announcement,
        };
      });
      if (keep) settle(item.id);
    },
    [settle, t],
  );

  /** After a gap in the stream, the list is reloaded in place: rows stay while it loads. */
  const onReconnect = useCallback(() => {
    const {path: reloading} = current.current;
    client.request(reloading, parseCaseList).then(
      (list) => {
        if (current.current.path === reloading) {
          setState((s) => ({...s, status: 'ready', cases: list.cases}));
        }
      },
      () => undefined,
    );
  }, [client]);

  const status = useLiveStream({onMessage, onReconnect});
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {state, status, retry};
}
