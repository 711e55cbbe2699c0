/** When Heed says to expect contact: within minutes, after the shop opens, or by a time. */
export type Expected = {kind: 'within'; minutes: number} | {kind: 'after' | 'by'; at: number};

export interface HelpAnswer {
  expected: Expected;
  /** The shop's zone, to tell times in when checkout does not say the shopper's. */
  timeZone: string | null;
}

/** Reads the answer of POST /api/checkout/help by hand, as offer.ts does: the bundle is small. */
export function parseHelpAnswer(body: unknown): HelpAnswer | null {
  if (typeof body !== 'object' || body === null) return null;
  const {expected, timeZone} = body as Record<string, unknown>;
  if (typeof expected !== 'object' || expected === null) return null;
  const {kind, minutes, at} = expected as Record<string, unknown>;
  const zone = typeof timeZone === 'string' ? timeZone : null;
  if (kind === 'within' && isCount(minutes)) return {expected: {kind, minutes}, timeZone: zone};
  if ((kind === 'after' || kind === 'by') && isCount(at)) {
    return {expected: {kind, at}, timeZone: zone};
  }
  return null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
