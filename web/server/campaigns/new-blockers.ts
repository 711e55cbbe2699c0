import type {Finding} from './findings';

const key = (f: Finding) => `${f.code}|${f.subject ?? ''}`;

/** Blockers in the new findings that the previous check did not have (a discount edited or exhausted). */
export function newBlockers(previous: Finding[], current: Finding[]): Finding[] {
  const before = new Set(previous.filter((f) => f.severity === 'blocker').map(key));
  return current.filter((f) => f.severity === 'blocker' && !before.has(key(f)));
}
