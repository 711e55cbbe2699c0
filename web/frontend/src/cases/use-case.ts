import {useCallback, useEffect, useRef, useState} from 'react';
import {useTranslation} from 'react-i18next';
import {isAbort} from '../api/api-client';
import {asApiError, type ApiError} from '../api/api-error';
import {
  casePath,
  parseCaseView,
  retryNotification,
  sendCaseAction,
  type CaseAction,
  type CaseActionBodies,
} from '../api/cases';
import type {CaseView} from '../api/case-schemas';
import type {ApiQuery} from '../api/use-api';
import {useApiClient} from '../api/use-api';
import type {LiveMessage} from '../api/live-messages';
import {useLiveStream} from '../live/use-live-stream';
import {showToast} from '../toast';

/** Why an action failed, for the page: a conflict (the shopper ordered meanwhile) or anything else. */
export type ActionFailure =
  | {kind: 'conflict'; action: CaseAction; message: string}
  /** The reply check found the message contradicts the case; `sendAnyway` records the override. */
  | {kind: 'reply'; action: CaseAction; warnings: ReplyWarning[]; sendAnyway: () => void}
  | {kind: 'error'; action: CaseAction; error: ApiError};

export interface ReplyWarning {
  rule: string;
  message: string;
}

const REPLY_CHECK = 'replyCheck.';

/** The reply check's warnings in a refusal, or none: they come as problems named `replyCheck.<rule>`. */
function replyWarningsOf(error: ApiError): ReplyWarning[] {
  return error.problems
    .filter((p) => p.path.startsWith(REPLY_CHECK))
    .map((p) => ({rule: p.path.slice(REPLY_CHECK.length), message: p.message}));
}

export type RunAction = <A extends CaseAction>(
  action: A,
  body: CaseActionBodies[A],
  done?: string,
) => Promise<CaseView | undefined>;

/**
 * One case, and every action on it. Each action answers the case as it now is, which replaces
 * the page's copy; a 409 means the shopper ordered since, so the case is read again at once.
 */
export function useCase(id: string) {
  const client = useApiClient();
  const {t} = useTranslation('cases');
  const [query, setQuery] = useState<ApiQuery<CaseView>>({status: 'loading'});
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState<CaseAction | undefined>();
  const [failure, setFailure] = useState<ActionFailure | undefined>();
  const last = useRef<(() => Promise<CaseView | undefined>) | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    client.request(casePath(id), parseCaseView, {signal: controller.signal}).then(
      (data) => setQuery({status: 'success', data}),
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setQuery((q) => (q.status === 'success' ? q : {status: 'error', error: asApiError(error)}));
      },
    );
    return () => controller.abort();
  }, [client, id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const run: RunAction = useCallback(
    async (action, body, done) => {
      last.current = () => run(action, body, done);
      setPending(action);
      setFailure(undefined);
      try {
        const view = await sendCaseAction(client, id, action, body);
        setQuery({status: 'success', data: view});
        if (done) showToast(done);
        return view;
      } catch (caught: unknown) {
        const error = asApiError(caught);
        const warnings = error.status === 409 ? replyWarningsOf(error) : [];
        if (warnings.length > 0) {
          const acknowledged = warnings.map((w) => w.rule);
          setFailure({
            kind: 'reply',
            action,
            warnings,
            sendAnyway: () => void run(action, {...body, acknowledged}, done),
          });
        } else if (error.status === 409) {
          setFailure({kind: 'conflict', action, message: error.message});
          reload();
        } else {
          setFailure({kind: 'error', action, error});
        }
        return undefined;
      } finally {
        setPending(undefined);
      }
    },
    [client, id, reload],
  );

  // Someone else acting on the same case (or an order arriving) changes it under this page.
  const onMessage = useCallback(
    (message: LiveMessage) => {
      if (message.kind === 'case' && message.case.id === id) reload();
    },
    [id, reload],
  );
  useLiveStream({onMessage, onReconnect: reload});

  const retry = useCallback(() => void last.current?.(), []);
  const dismiss = useCallback(() => setFailure(undefined), []);

  const [retrying, setRetrying] = useState<string | undefined>();
  /** Sends a failed notification again; a refusal (it went meanwhile) reads the case again. */
  const retryNotice = useCallback(
    async (notificationId: string) => {
      setRetrying(notificationId);
      try {
        setQuery({status: 'success', data: await retryNotification(client, id, notificationId)});
        showToast(t('toast.sendingAgain'));
      } catch (caught: unknown) {
        showToast(asApiError(caught).message, {isError: true});
        reload();
      } finally {
        setRetrying(undefined);
      }
    },
    [client, id, reload, t],
  );
  return {query, reload, run, retry, pending, failure, dismiss, retryNotice, retrying};
}
