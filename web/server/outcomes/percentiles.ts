/**
 * Percentiles by linear interpolation between the closest ranks, as PostgreSQL's
 * `percentile_cont` computes them: the median of 4, 6, 8, 10 minutes is 7. Computed here rather
 * than in SQL because SQLite has no percentile function; a week's contact times are few.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(Math.max(p, 0), 1) * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (rank - below);
}

export interface DurationSummary {
  /** How many durations there were. */
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** Median and 90th percentile of durations in milliseconds; null figures when there are none. */
export function summarizeDurations(durations: readonly number[]): DurationSummary {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: roundMs(percentile(sorted, 0.5)),
    p90Ms: roundMs(percentile(sorted, 0.9)),
  };
}

function roundMs(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}
