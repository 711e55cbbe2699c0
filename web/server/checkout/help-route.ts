import type {Request, Response} from 'express';
import {HeedError} from '../errors';
import {parseInput} from '../http/validate';
import {createRateLimiter, type RateLimit} from '../signals/rate-limit';
import {helpRequestBody, type AskForHelp} from './help-request';

/**
 * A shopper asks once, perhaps twice; more than this from one checkout is not a person asking.
 * A refill of one request a minute lets a shopper who mistyped their number ask again.
 */
export const HELP_RATE_PER_CHECKOUT: RateLimit = {perSecond: 1 / 60, burst: 5};
/** A whole shop's asks: generous for a sale, but a ceiling for a script with valid tokens. */
export const HELP_RATE_PER_SHOP: RateLimit = {perSecond: 2, burst: 60};

export interface HelpLocals {
  shop: string;
  customerId: string | null;
}

/**
 * POST /api/checkout/help: the shopper asked for a person. The answer says when to expect
 * contact; 404 when Heed holds no journey for the checkout in the token's shop (another shop's
 * checkout included), 409 when the shopper ordered since and nobody will call them about it.
 */
export function helpHandler(deps: {askForHelp: AskForHelp; now: () => number}) {
  const perCheckout = createRateLimiter(HELP_RATE_PER_CHECKOUT);
  const perShop = createRateLimiter(HELP_RATE_PER_SHOP);

  return async (req: Request, res: Response) => {
    const {shop, customerId} = res.locals.checkout as HelpLocals;
    const body = parseInput(helpRequestBody, req.body);
    const now = deps.now();
    const checkoutKey = `${shop}|${body.checkoutToken ?? body.orderId ?? ''}`;
    for (const take of [() => perShop.take(shop, now), () => perCheckout.take(checkoutKey, now)]) {
      const decision = take();
      if (!decision.ok) {
        res.set('Retry-After', String(decision.retryAfterSeconds));
        throw new HeedError('RATE_LIMITED', 'Help requests rate limit reached');
      }
    }
    const answer = await deps.askForHelp({...body, shop, customerId});
    if (!answer.ok && answer.reason === 'unknown_checkout') {
      throw new HeedError('NOT_FOUND', 'No journey for this checkout');
    }
    if (!answer.ok) {
      throw new HeedError('CONFLICT', 'The shopper ordered since', {
        clientMessage: 'This shopper ordered since this checkout.',
      });
    }
    res.set('Cache-Control', 'no-store').json({
      asked: true,
      expected: answer.expected,
      timeZone: answer.timeZone,
    });
  };
}
