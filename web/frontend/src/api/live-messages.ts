import {caseSummarySchema, type CaseSummary} from './case-schemas';
import {
  journeySummarySchema,
  liveSignalSchema,
  type JourneySummary,
  type LiveSignal,
} from './journey-schemas';
import type {SseEvent} from './sse';

/**
 * What `GET /api/live` tells the admin: a journey's new picture, a signal just raised, or a
 * follow-up case that opened or changed.
 */
export type LiveMessage =
  | {kind: 'journey'; journey: JourneySummary}
  | {kind: 'signal'; signal: LiveSignal}
  | {kind: 'case'; case: CaseSummary};

/**
 * `undefined` for an event this admin does not understand: a newer server may send more kinds,
 * and one malformed message must not stop the ones after it.
 */
export function parseLiveMessage(event: SseEvent): LiveMessage | undefined {
  const data = parseJson(event.data);
  if (event.event === 'journey') {
    const parsed = journeySummarySchema.safeParse(data);
    return parsed.success ? {kind: 'journey', journey: parsed.data} : undefined;
  }
  if (event.event === 'signal') {
    const parsed = liveSignalSchema.safeParse(data);
    return parsed.success ? {kind: 'signal', signal: parsed.data} : undefined;
  }
  if (event.event === 'case') {
    const parsed = caseSummarySchema.safeParse(data);
    return parsed.success ? {kind: 'case', case: parsed.data} : undefined;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
