import {useEffect, useState} from 'preact/hooks';

/** How long checkout's discount facts must hold still before Heed concludes a code failed. */
export const SETTLE_MS = 1_000;

/** False for SETTLE_MS after `key` changes, then true. */
export function useSettled(key: string): boolean {
  const [settledKey, setSettledKey] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettledKey(key), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return settledKey === key;
}
