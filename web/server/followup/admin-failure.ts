import type {UserError} from '../admin-api/result';

/** A follow-up call to Shopify that did not do what was asked, in words a merchant acts on. */
export interface AdminCallFailure {
  ok: false;
  /** "Shopify could not be reached", "Shopify refused the draft order: …" */
  reason: string;
  retryable: boolean;
  /** The mutation's own refusals, as Shopify worded them; empty for transport failures. */
  userErrors: string[];
}

/** Reasons `AdminQuery` answers with (the client's `AdminFailureReason`s). */
const WORDS: Record<string, {text: string}> = {
  throttled: {text: 'Shopify is busy right now (rate limit); try again in a moment'},
  unauthorized: {
    text: "Shopify refused Heed's access to the shop; open Heed from the Shopify admin to reconnect it",
  },
  invalid_response: {text: 'Shopify answered in a way Heed could not read'},
  graphql_errors: {text: 'Shopify refused the request'},
};
const UNREACHABLE = 'Shopify could not be reached';

/** Words for a failed `AdminQuery` call: network, outage, rate limit, revoked access. */
export function describeAdminFailure(reason: string): string {
  return WORDS[reason]?.text ?? UNREACHABLE;
}

export function adminCallFailure(result: {reason: string; retryable: boolean}): AdminCallFailure {
  return {
    ok: false,
    reason: describeAdminFailure(result.reason),
    retryable: result.retryable,
    userErrors: [],
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
