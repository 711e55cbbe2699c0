import {z} from 'zod';

/** As many products or collections as the email names; Shopify's resource picker returns their GIDs. */
const MAX_PICKED = 50;

/**
 * A product or collection picked in the admin: its GID, which verification compares with what the
 * discount covers, and its title, which the admin and the findings show. Stored in `promise_json`;
 * a promise saved before picking existed has no `items` and reads as text only.
 */
function pickedResource(type: 'Product' | 'Collection') {
  return z.object({
    id: z
      .string()
      .regex(
        new RegExp(`^gid://shopify/${type}/\\d+$`),
        `Pick a ${type.toLowerCase()} from the shop`,
      ),
    title: z.string().trim().min(1).max(255),
  });
}

export type PickedResource = z.infer<ReturnType<typeof pickedResource>>;

/** What the email promised, in structured form, so Heed can compare it with the real discount. */
export const promiseSchema = z
  .object({
    kind: z.enum(['percentage', 'fixed_amount', 'free_shipping']),
    /** Percent (0–100] for percentage; an amount in the shop currency for fixed_amount; null for free shipping. */
    value: z.number().positive().nullable(),
    scope: z.discriminatedUnion('type', [
      z.object({type: z.literal('entire_order')}),
      z.object({
        type: z.literal('products'),
        description: z.string().trim().max(200).optional(),
        items: z.array(pickedResource('Product')).max(MAX_PICKED).optional(),
      }),
      z.object({
        type: z.literal('collections'),
        description: z.string().trim().max(200).optional(),
        items: z.array(pickedResource('Collection')).max(MAX_PICKED).optional(),
      }),
    ]),
    audience: z.discriminatedUnion('type', [
      z.object({type: z.literal('everyone')}),
      z.object({type: z.literal('email_subscribers')}),
      z.object({
        type: z.literal('segment'),
        segmentIds: z
          .array(z.string().regex(/^gid:\/\/shopify\/Segment\/\d+$/, 'Pick a customer segment'))
          .min(1)
          .max(50),
      }),
    ]),
    minimum: z
      .discriminatedUnion('type', [
        z.object({type: z.literal('subtotal'), amount: z.number().positive()}),
        z.object({type: z.literal('quantity'), quantity: z.number().int().positive()}),
      ])
      .nullable()
      .default(null),
  })
  .superRefine((promise, ctx) => {
    if (promise.kind === 'free_shipping' && promise.value !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'Free shipping has no value; leave it empty',
      });
    }
    if (promise.kind !== 'free_shipping' && promise.value === null) {
      ctx.addIssue({code: 'custom', path: ['value'], message: 'Say how much the email promises'});
    }
    if (promise.kind === 'percentage' && promise.value !== null && promise.value > 100) {
      ctx.addIssue({code: 'custom', path: ['value'], message: 'A percentage cannot be over 100'});
    }
  });

export type CampaignPromise = z.infer<typeof promiseSchema>;

/** Shopify discount codes: no spaces, at most 255 characters. */
export const discountCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter the discount code')
  .max(255)
  .regex(/^\S+$/, 'A discount code cannot contain spaces');

/** Pasted email HTML is capped well below what any email client sends. */
export const MAX_EMAIL_HTML_BYTES = 512 * 1024;
const MAX_LINKS = 200;

export const campaignInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the campaign a name').max(200),
    promise: promiseSchema,
    discountCodes: z
      .array(discountCodeSchema)
      .min(1, 'Add the discount code the email promises')
      .max(20),
    sendAt: z.iso.datetime({offset: true, error: 'Send date must be an ISO date-time'}),
    promiseStartsAt: z.iso.datetime({offset: true, error: 'Start must be an ISO date-time'}),
    promiseEndsAt: z.iso.datetime({offset: true, error: 'End must be an ISO date-time'}),
    recipients: z.number().int().min(0).max(100_000_000).nullable().default(null),
    attributionKey: z
      .string()
      .trim()
      .min(1, 'Give the campaign a link tag')
      .max(100)
      .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dots, dashes and underscores'),
    email: z
      .object({
        links: z.array(z.string().trim().min(1).max(2000)).max(MAX_LINKS).default([]),
        html: z
          .string()
          .refine(
            (html) => Buffer.byteLength(html) <= MAX_EMAIL_HTML_BYTES,
            'The email HTML is larger than 512 KB',
          )
          .nullable()
          .default(null),
      })
      .default({links: [], html: null}),
  })
  .superRefine((input, ctx) => {
    if (Date.parse(input.promiseEndsAt) <= Date.parse(input.promiseStartsAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['promiseEndsAt'],
        message: 'The offer window must end after it starts',
      });
    }
    if (Date.parse(input.sendAt) > Date.parse(input.promiseEndsAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sendAt'],
        message: 'The email would be sent after the offer ends',
      });
    }
  });

export type CampaignInput = z.infer<typeof campaignInputSchema>;

export interface Campaign {
  id: string;
  shop: string;
  name: string;
  promise: CampaignPromise;
  discountCodes: string[];
  sendAt: number;
  promiseStartsAt: number;
  promiseEndsAt: number;
  recipients: number | null;
  attributionKey: string;
  email: {links: string[]; html: string | null};
  createdAt: number;
  updatedAt: number;
}
