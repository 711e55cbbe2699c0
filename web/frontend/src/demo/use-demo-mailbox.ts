import {useCallback, useEffect, useState} from 'react';
import {isAbort} from '../api/api-client';
import {asApiError, type ApiError} from '../api/api-error';
import {loadMailbox, type MailboxChannel, type MailboxMessage} from '../api/demo-mailbox';
import {useApiClient} from '../api/use-api';

/** How often an open mailbox looks for new messages: a notification arrives within seconds. */
export const MAILBOX_REFRESH_MS = 5_000;

export type MailboxState =
  | {status: 'loading'}
  | {status: 'loaded'; messages: MailboxMessage[]; error: ApiError | null}
  | {status: 'error'; error: ApiError};

/**
 * The demo mailbox, loaded on mount and again every MAILBOX_REFRESH_MS (and on `refresh`). Messages
 * already shown stay on screen while it refreshes; a failed refresh keeps them and says so.
 */
export function useDemoMailbox(channel: MailboxChannel | undefined) {
  const client = useApiClient();
  const [state, setState] = useState<MailboxState>({status: 'loading'});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setState({status: 'loading'});
  }, [channel]);

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      loadMailbox(client, channel, controller.signal).then(
        (messages) => setState({status: 'loaded', messages, error: null}),
        (error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          const failure = asApiError(error);
          setState((previous) =>
            previous.status === 'loaded'
              ? {...previous, error: failure}
              : {status: 'error', error: failure},
          );
        },
      );
    void load();
    const timer = setInterval(() => void load(), MAILBOX_REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [client, channel, attempt]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return {state, refresh};
}
