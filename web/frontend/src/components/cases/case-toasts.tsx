import {useCallback, useRef} from 'react';
import {useTranslation} from 'react-i18next';
import type {LiveMessage} from '../../api/live-messages';
import {STAFF_ME_PATH, parseMe, type Staff} from '../../api/staff';
import {useApiClient} from '../../api/use-api';
import {caseToastOf, newToastMemory} from '../../cases/case-toasts';
import {useLiveStream} from '../../live/use-live-stream';
import {showToast} from '../../toast';

/**
 * Shows an App Bridge toast when a case opens for this person or, for a lead, goes overdue:
 * mounted once for the whole admin, on its shared stream, so it reaches them on any page.
 * Who they are is asked once, at the first case update. Renders nothing.
 */
export function CaseToasts() {
  const client = useApiClient();
  const me = useRef<Promise<Staff | undefined> | null>(null);
  const memory = useRef(newToastMemory());
  // Not `useTranslation('cases')`: this sits outside the pages' Suspense, on every page, and the
  // cases' sentences are fetched only once a case update asks for a toast.
  const {i18n} = useTranslation();

  const onMessage = useCallback(
    (message: LiveMessage) => {
      if (message.kind !== 'case') return;
      me.current ??= client.request(STAFF_ME_PATH, parseMe).catch(() => {
        me.current = null;
        return undefined;
      });
      void Promise.all([me.current, i18n.loadNamespaces('cases')]).then(([self]) => {
        const t = i18n.getFixedT(null, 'cases');
        const toast = caseToastOf(message.case, self, memory.current, Date.now(), t);
        if (toast) showToast(toast);
      });
    },
    [client, i18n],
  );

  useLiveStream({onMessage});
  return null;
}
