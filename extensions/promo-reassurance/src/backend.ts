import {parseHelpAnswer, type HelpAnswer} from './help-answer';
import {parseOfferResponse, type Offer} from './offer';

/**
 * Where Heed's backend lives. Checkout extensions are hosted by Shopify and cannot discover their
 * app's URL at run time, so it is compiled in: Shopify CLI's bundler replaces `process.env.APP_URL`
 * with a string literal. `shopify app dev` sets it to the dev tunnel; `npm run deploy` sets it
 * from shopify.app.toml's `application_url`, the one place that says where Heed lives, and
 * refuses to deploy while that is a placeholder. A build without it (CI's) calls nowhere: every
 * call below then fails as a network failure would, and the checkout goes on without Heed.
 */
declare const process: {readonly env: Readonly<Record<string, string | undefined>>};

function readAppUrl(): string | null {
  try {
    return process.env.APP_URL?.replace(/\/+$/, '') || null;
  } catch {
    // No `process` in the checkout sandbox: the build had nothing to replace.
    return null;
  }
}

export const BACKEND_URL = readAppUrl();

/** The backend's address for `path`; throws while the build had none, like an unreachable host. */
function backend(path: string): string {
  if (BACKEND_URL === null) throw new Error('Heed’s address was not compiled into this build');
  return `${BACKEND_URL}${path}`;
}

/** The offer decides what the shopper sees first, so it may not keep them waiting long. */
export const OFFER_TIMEOUT_MS = 4_000;
/** Outcomes are fire-and-forget; a slow backend must not pile up requests in the sandbox. */
export const OUTCOME_TIMEOUT_MS = 8_000;
/** The shopper waits on this one, with a spinner: long enough for a slow network, not longer. */
export const HELP_TIMEOUT_MS = 10_000;

export type OutcomeState =
  | 'applied'
  | 'could_not_apply'
  | 'thank_you_mismatch'
  | 'thank_you_confirmed';
export type OutcomeReason = 'apply_error' | 'no_allocation' | 'cannot_update';

export interface Outcome {
  campaignId: string;
  code: string;
  state: OutcomeState;
  reason?: OutcomeReason;
  amountSaved?: {amount: number; currencyCode: string};
  orderId?: string;
  /** Lets the backend join the outcome to the pixel's journey of the same checkout. */
  checkoutToken?: string;
}

export interface OfferQuery {
  campaign: string | null;
  codes: readonly string[];
}

/** The session token proves to Heed which shop (and customer) the checkout belongs to. */
export type GetToken = () => Promise<string>;

/**
 * Asks Heed which campaign offer this checkout is entitled to. Every failure (network, timeout,
 * non-2xx, malformed body) reads as "no offer": the checkout must never wait on or break for Heed.
 */
export async function fetchOffer(query: OfferQuery, getToken: GetToken): Promise<Offer | null> {
  const params = new URLSearchParams();
  if (query.campaign) params.set('campaign', query.campaign);
  if (query.codes.length > 0) params.set('codes', query.codes.join(','));
  try {
    const response = await withTimeout(OFFER_TIMEOUT_MS, async (signal) =>
      fetch(backend(`/api/checkout/offer?${params.toString()}`), {
        headers: {Authorization: `Bearer ${await getToken()}`},
        signal,
      }),
    );
    if (!response.ok) return null;
    return parseOfferResponse(await response.json());
  } catch {
    return null;
  }
}

/** Tells Heed what the shopper met. Failures are swallowed: nothing the shopper does depends on it. */
export async function postOutcome(outcome: Outcome, getToken: GetToken): Promise<void> {
  try {
    await withTimeout(OUTCOME_TIMEOUT_MS, async (signal) =>
      fetch(backend('/api/checkout/outcome'), {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${await getToken()}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(outcome),
        signal,
      }),
    );
  } catch {
    // Heed learns about the same checkout from the pixel and the orders webhook.
  }
}

/** What the shopper asks for when they want a person to contact them (POST /api/checkout/help). */
export interface HelpRequest {
  surface: 'checkout' | 'thank_you';
  checkoutToken?: string;
  orderId?: string;
  channel: 'email' | 'phone';
  email?: string;
  phone?: string;
  locale?: string;
}

/**
 * Asks Heed for a person on the shopper's behalf. Null on any failure (network, timeout, non-2xx,
 * an answer that does not read): the shopper is told it did not go through and may try again.
 */
export async function postHelp(
  request: HelpRequest,
  getToken: GetToken,
): Promise<HelpAnswer | null> {
  try {
    const response = await withTimeout(HELP_TIMEOUT_MS, async (signal) =>
      fetch(backend('/api/checkout/help'), {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${await getToken()}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(request),
        signal,
      }),
    );
    if (!response.ok) return null;
    return parseHelpAnswer(await response.json());
  } catch {
    return null;
  }
}

async function withTimeout<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await run(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
