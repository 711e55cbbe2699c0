import {useEffect, useRef} from 'preact/hooks';
import type {Outcome} from './backend';
import {outcomeKey, reportOutcome, type ReportContext} from './report';

/** Reports each distinct outcome once per visit, however often checkout re-renders. */
export function useReportOnce(outcome: Outcome | null, context: ReportContext): void {
  const reported = useRef(new Set<string>());
  const key = outcome ? outcomeKey(outcome) : null;
  useEffect(() => {
    if (!outcome || !key || reported.current.has(key)) return;
    reported.current.add(key);
    reportOutcome(outcome, context);
    // The key stands for the outcome; the context is stable for the extension's life.
  }, [key]);
}
