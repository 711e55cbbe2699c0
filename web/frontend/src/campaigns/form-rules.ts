/**
 * What the campaign form refuses is the server's own schema (web/shared/campaign-schemas.ts, run
 * by `campaign-resolver.ts`); what is left here is reading a typed number.
 */

/** `null` for an empty or unreadable field; `NaN` never leaves this function. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}
