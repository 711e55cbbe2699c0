/**
 * How a case stands against its first-contact deadline (`dueAt`):
 * - `hit`: first contact at or before the deadline (exactly on it counts as kept);
 * - `missed`: first contact after it, or none and the deadline passed while the case was open
 *   (still open now, or resolved later without anyone reaching the shopper);
 * - `pending`: no contact yet and the deadline has not passed: not counted either way;
 * - `not_needed`: resolved at or before the deadline without a contact (the shopper bought on
 *   their own, or a person closed it): nobody was late.
 */
export type SlaStanding = 'hit' | 'missed' | 'pending' | 'not_needed';

export interface SlaFacts {
  dueAt: number;
  firstContactAt: number | null;
  resolvedAt: number | null;
}

export function slaStanding(facts: SlaFacts, now: number): SlaStanding {
  if (facts.firstContactAt !== null) return facts.firstContactAt <= facts.dueAt ? 'hit' : 'missed';
  if (facts.resolvedAt !== null && facts.resolvedAt <= facts.dueAt) return 'not_needed';
  return (facts.resolvedAt ?? now) > facts.dueAt ? 'missed' : 'pending';
}

export interface SlaSummary {
  hit: number;
  missed: number;
  pending: number;
  notNeeded: number;
  /** hit / (hit + missed); null when no case has been decided yet. */
  hitRate: number | null;
}

export function summarizeSla(cases: readonly SlaFacts[], now: number): SlaSummary {
  const counts = {hit: 0, missed: 0, pending: 0, not_needed: 0};
  for (const facts of cases) counts[slaStanding(facts, now)] += 1;
  const decided = counts.hit + counts.missed;
  return {
    hit: counts.hit,
    missed: counts.missed,
    pending: counts.pending,
    notNeeded: counts.not_needed,
    hitRate: decided === 0 ? null : counts.hit / decided,
  };
}
