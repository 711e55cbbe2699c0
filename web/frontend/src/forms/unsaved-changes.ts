import {useCallback, useEffect} from 'react';
import {useNavigate, type To} from 'react-router-dom';

/**
 * The forms on screen that hold changes nobody saved, by save bar id. Shopify admin asks before
 * its own navigation leaves such a page; the app's own links ask through
 * `shopify.saveBar.leaveConfirmation()`, which answers only once the merchant chose to leave.
 * https://shopify.dev/docs/api/app-bridge-library/apis/save-bar
 */
const unsaved = new Set<string>();

export function hasUnsavedChanges(): boolean {
  return unsaved.size > 0;
}

/** Marks the form `id` as holding unsaved changes while `dirty`, and forgets it when it goes. */
export function useUnsavedChanges(id: string, dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    unsaved.add(id);
    return () => {
      unsaved.delete(id);
    };
  }, [id, dirty]);
}

/** Resolves when the page may be left: nothing unsaved, or the merchant confirmed. */
export function leaveConfirmation(): Promise<void> {
  if (!hasUnsavedChanges() || typeof shopify === 'undefined') return Promise.resolve();
  return shopify.saveBar.leaveConfirmation();
}

/** react-router's navigate, asking first while a form holds unsaved changes. */
export function useConfirmedNavigate(): (to: To) => void {
  const navigate = useNavigate();
  return useCallback(
    (to: To) => {
      if (!hasUnsavedChanges()) {
        navigate(to);
        return;
      }
      void leaveConfirmation().then(() => navigate(to));
    },
    [navigate],
  );
}
