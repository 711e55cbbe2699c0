import type {UserError} from '../admin-api/result';
import {cases as englishCases} from '../sentences/en/cases';
import type {WordValue, Wording} from '../sentences/wording';
import {caseWording} from './case-words';

/** A follow-up call to Shopify that did not do what was asked, in words a merchant acts on. */
export interface AdminCallFailure {
  ok: false;
  /** "Shopify could not be reached", "Shopify refused the draft order: …" */
  reason: string;
  retryable: boolean;
  /** The mutation's own refusals, as Shopify worded them; empty for transport failures. */
  userErrors: string[];
  /** `reason` for each reader, when Heed words it (transport failures); Shopify's own stay English. */
  wording?: Wording;
}

/** Reasons `AdminQuery` answers with (the client's `AdminFailureReason`s); others are unreachable. */
const KNOWN: ReadonlySet<string> = new Set([
  'throttled',
  'unauthorized',
  'invalid_response',
  'graphql_errors',
]);

/** The failure's wording: network, outage, rate limit, revoked access. */
export function adminFailureWording(reason: string): Wording {
  return caseWording(`shopify.${KNOWN.has(reason) ? reason : 'unreachable'}`);
}

/** Words for a failed `AdminQuery` call, in English. */
export function describeAdminFailure(reason: string): string {
  const key = (KNOWN.has(reason) ? reason : 'unreachable') as keyof typeof englishCases.shopify;
  return englishCases.shopify[key];
}

/** A failure's reason quoted in a sentence: worded for the reader when Heed worded it. */
export function failureValue(failure: {reason: string; wording?: Wording}): WordValue {
  return failure.wording ? {say: failure.wording} : failure.reason;
}

export function adminCallFailure(result: {reason: string; retryable: boolean}): AdminCallFailure {
  return {
    ok: false,
    reason: describeAdminFailure(result.reason),
    retryable: result.retryable,
    userErrors: [],
    wording: adminFailureWording(result.reason),
  };
}

/**
 * A mutation answers HTTP 200 even when it refused to act; its `userErrors` say why. A caller
 * must never read such an answer as success (like `withUserErrors` in admin-api/result.ts).
 */
export function userErrorFailure(action: string, errors: UserError[]): AdminCallFailure | null {
  if (errors.length === 0) return null;
  const messages = errors.map((e) => e.message.trim()).filter((m) => m !== '');
  return {
    ok: false,
    reason: `Shopify refused ${action}: ${messages.join('; ') || 'no reason given'}`,
    retryable: false,
    userErrors: messages,
  };
}
