import {useEffect, useRef, type Dispatch} from 'react';
import type {JourneyListAction} from './journey-list-state';

/** How long a row that just changed stays highlighted. */
export const FRESH_FOR_MS = 4_000;

/** Ends each highlight after `FRESH_FOR_MS`; a row changed again meanwhile stays lit for longer. */
export function useFreshRows(
  fresh: ReadonlyMap<string, number>,
  dispatch: Dispatch<JourneyListAction>,
): void {
  const scheduled = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    for (const [id, change] of fresh) {
      const key = `${id}:${change}`;
      if (scheduled.current.has(key)) continue;
      scheduled.current.set(
        key,
        setTimeout(() => {
          scheduled.current.delete(key);
          dispatch({type: 'settled', id, change});
        }, FRESH_FOR_MS),
      );
    }
  }, [fresh, dispatch]);

  useEffect(() => {
    const timers = scheduled.current;
    return () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    };
  }, []);
}
