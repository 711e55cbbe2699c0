import {useEffect, useState} from 'react';

/** The clock, read again every `everyMs`, so "4 min ago" keeps telling the truth on an open page. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
