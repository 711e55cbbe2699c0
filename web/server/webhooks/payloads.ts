import {z} from 'zod';

/** Shopify sends numeric ids in webhook payloads; some topics send them as strings. */
const id = z.union([z.number(), z.string()]).transform(String);
const timestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a timestamp');
const customerRef = z.object({id: id.optional(), email: z.string().nullish()}).passthrough();

export const orderPayload = z
  .object({
    id,
    updated_at: timestamp,
    checkout_token: z.string().nullish(),
    email: z.string().nullish(),
    customer: customerRef.nullish(),
  })
  .passthrough();

export const checkoutPayload = z
  .object({
    id,
    token: z.string(),
    updated_at: timestamp,
    email: z.string().nullish(),
    customer: customerRef.nullish(),
  })
  .passthrough();

export const customersDataRequestPayload = z.object({
  shop_domain: z.string(),
  customer: z.object({id: id.nullish(), email: z.string().nullish()}).passthrough(),
  orders_requested: z.array(id).default([]),
  data_request: z.object({id: id}).passthrough().optional(),
});

export const customersRedactPayload = z.object({
  shop_domain: z.string(),
  customer: z.object({id: id.nullish(), email: z.string().nullish()}).passthrough(),
  orders_to_redact: z.array(id).default([]),
});

export const shopRedactPayload = z.object({shop_domain: z.string()});
