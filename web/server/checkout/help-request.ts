import {z} from 'zod';
import {orderGid} from '../shopify-ids';

/**
 * "Have someone from the shop contact me": what the checkout extension sends when a shopper asks
 * for a person (POST /api/checkout/help), and what Heed answers. The shop and the signed-in
 * customer come from the checkout's session token, never from this body.
 */

/** Same shape the extension's support phone setting accepts: digits, spaces and `+().-`. */
const PHONE = /^\+?[0-9 ().-]{6,24}$/;
/** A BCP 47 language tag as checkout names the shopper's language: `fr`, `de-CH`, `en-CA`. */
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/;

export const helpRequestBody = z
  .strictObject({
    /** Where the shopper asked: next to the discount field, or on the Thank you page. */
    surface: z.enum(['checkout', 'thank_you']),
    checkoutToken: z.string().min(1).max(255).optional(),
    orderId: z
      .string()
      .max(255)
      .refine((id) => orderGid(id) !== null, 'must be a Shopify order id')
      .optional(),
    channel: z.enum(['email', 'phone']),
    email: z.email().max(254).optional(),
    phone: z.string().trim().regex(PHONE, 'must be a phone number').optional(),
    locale: z.string().regex(LOCALE, 'must be a language tag').optional(),
  })
  .refine((body) => body.checkoutToken !== undefined || body.orderId !== undefined, {
    message: 'Name the checkout (checkoutToken) or the order (orderId)',
    path: ['checkoutToken'],
  })
  .refine((body) => (body.channel === 'email' ? body.email : body.phone) !== undefined, {
    message: 'Give the email address or phone number to be contacted at',
    path: ['channel'],
  });

export type HelpRequestBody = z.infer<typeof helpRequestBody>;

export interface HelpRequest extends HelpRequestBody {
  /** From the token's `dest`. */
  shop: string;
  /** From the token's `sub`: the signed-in customer, when there is one. */
  customerId: string | null;
}

/**
 * When to expect contact, as the shopper is told it (in their language, by the extension):
 * within so many minutes while the shop works; after the shop opens when it is closed; by a time
 * in a later working stretch when the deadline falls past a closing.
 */
export type ExpectedContact =
  | {kind: 'within'; minutes: number}
  | {kind: 'after'; at: number}
  | {kind: 'by'; at: number};

export type HelpAnswer =
  | {ok: true; expected: ExpectedContact; timeZone: string | null}
  /**
   * `unknown_checkout`: Heed holds no journey for this checkout in this shop. `ordered_since`:
   * the shopper ordered since this checkout and it broke no promise, so nobody will call them.
   */
  | {ok: false; reason: 'unknown_checkout' | 'ordered_since'};

export type AskForHelp = (request: HelpRequest) => Promise<HelpAnswer>;
