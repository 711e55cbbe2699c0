/**
 * How long to wait before retrying a rate-limited or unavailable Admin API call. Pure functions:
 * the client owns the clock. https://shopify.dev/docs/api/usage/limits#graphql-admin-api-rate-limits
 */
import {z} from 'zod';
import type {QueryCost} from './result';

export const MIN_THROTTLE_WAIT_MS = 100;
export const MAX_THROTTLE_WAIT_MS = 10_000;
/** When Shopify gives no cost numbers, one second refills a standard bucket by 100 points. */
export const DEFAULT_THROTTLE_WAIT_MS = 1_000;
export const DEFAULT_RETRY_AFTER_MS = 1_000;
export const MAX_RETRY_AFTER_MS = 30_000;
export const BACKOFF_BASE_MS = 500;
export const MAX_BACKOFF_MS = 8_000;

const queryCost = z.object({
  requestedQueryCost: z.number(),
  actualQueryCost: z.number().nullable().optional(),
  throttleStatus: z.object({
    maximumAvailable: z.number(),
    currentlyAvailable: z.number(),
    restoreRate: z.number().positive(),
  }),
});

/** Reads `extensions.cost`; absent or malformed costs are simply unknown. */
export function costOf(extensions: unknown): QueryCost | undefined {
  if (extensions === null || typeof extensions !== 'object' || !('cost' in extensions)) {
    return undefined;
  }
  const parsed = queryCost.safeParse(extensions.cost);
  if (!parsed.success) return undefined;
  return {...parsed.data, actualQueryCost: parsed.data.actualQueryCost ?? null};
}

/**
 * The time the bucket needs to hold the points this query asks for: the missing points divided by
 * the restore rate (points per second), bounded so a bad number never parks a request for long.
 */
export function throttleWaitMs(cost: QueryCost | undefined): number {
  if (!cost) return DEFAULT_THROTTLE_WAIT_MS;
  const {currentlyAvailable, restoreRate} = cost.throttleStatus;
  const missing = cost.requestedQueryCost - currentlyAvailable;
  const ms = Math.ceil((Math.max(missing, 0) / restoreRate) * 1000);
  return clamp(ms, MIN_THROTTLE_WAIT_MS, MAX_THROTTLE_WAIT_MS);
}

/** `Retry-After` is seconds (Shopify sends e.g. `2.0`) or an HTTP date. */
export function retryAfterMs(header: string | null, nowMs: number): number {
  if (header === null || header.trim() === '') return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - nowMs;
  if (!Number.isFinite(ms)) return DEFAULT_RETRY_AFTER_MS;
  return clamp(Math.ceil(ms), 0, MAX_RETRY_AFTER_MS);
}

/** Exponential backoff for 503s: 500 ms, 1 s, 2 s, … up to 8 s. `attempt` counts from 1. */
export function backoffMs(attempt: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
