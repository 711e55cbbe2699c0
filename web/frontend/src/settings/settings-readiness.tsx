import {createContext, useCallback, useContext, useEffect, useState, type ReactNode} from 'react';

/** The Settings page's sections, each of which reads its own data. */
export const SETTINGS_SECTIONS = ['hesitation', 'team', 'notifications', 'hours', 'mail'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

type Report = (section: SettingsSection, ready: boolean) => void;

const ReadinessContext = createContext<Report>(() => undefined);

/**
 * A section says when it has what it shows (its data, or the error it explains). The page shows
 * its sections together once all have: revealed one by one, each taller than its skeleton, they
 * would push the ones below down while the merchant reads them (layout shift 0.12).
 */
export function useSectionReady(section: SettingsSection, ready: boolean): void {
  const report = useContext(ReadinessContext);
  useEffect(() => report(section, ready), [report, section, ready]);
}

/** Whether every section is ready, and the provider the sections report to. */
export function useSettingsReadiness(): {
  ready: boolean;
  Provider: (props: {children: ReactNode}) => ReactNode;
} {
  const [done, setDone] = useState<ReadonlySet<SettingsSection>>(new Set());
  const report = useCallback<Report>((section, ready) => {
    setDone((current) => {
      if (current.has(section) === ready) return current;
      const next = new Set(current);
      if (ready) next.add(section);
      else next.delete(section);
      return next;
    });
  }, []);
  const Provider = useCallback(
    ({children}: {children: ReactNode}) => (
      <ReadinessContext.Provider value={report}>{children}</ReadinessContext.Provider>
    ),
    [report],
  );
  return {ready: SETTINGS_SECTIONS.every((s) => done.has(s)), Provider};
}
