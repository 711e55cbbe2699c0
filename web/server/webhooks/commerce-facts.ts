import {z} from 'zod';
import {hashEmail} from '../privacy';
import {customerGid, orderGid, variantGid} from '../shopify-ids';
import type {CommerceKind} from '../storage/commerce-records-repository';

/** Note attributes Heed writes itself (campaign attribution); any other attribute is the shop's. */
export const HEED_ATTRIBUTE_PREFIX = '_heed_';

/**
 * What Heed keeps of a `checkouts/*` or `orders/create` body: the cart, its money, its times and
 * who it belongs to (a customer GID and a per-shop email hash), and whether the shopper gave an
 * email, a phone and a shipping address — never the values. Field names stay those of the REST
 * payload so that what reads a webhook reads its facts too.
 * https://shopify.dev/docs/api/webhooks/latest?reference=toml#list-of-topics-orders/create
 */
export interface CommerceFacts {
  id: string;
  checkout_token: string | null;
  customer_id: string | null;
  email_hash: string | null;
  created_at: string | null;
  updated_at: string | null;
  completed_at: string | null;
  cancelled_at: string | null;
  source_name: string | null;
  /** The order's number in the shop (`#1042` is number 1042), for people to name it; null for checkouts. */
  order_number: number | null;
  currency: string | null;
  subtotal_price: string | null;
  total_price: string | null;
  total_tax: string | null;
  total_discounts: string | null;
  discount_codes: Array<{code: string; amount: string | null; type: string | null}>;
  note_attributes: Array<{name: string; value: string}>;
  line_items: Array<{
    title: string | null;
    quantity: number;
    price: string | null;
    total_discount: string | null;
    variant_id: string | null;
    sku: string | null;
  }>;
  shipping_lines: Array<{price: string | null}>;
  buyer_accepts_marketing: boolean | null;
  has_email: boolean;
  has_phone: boolean;
  has_shipping_address: boolean;
  has_shipping_line: boolean;
}

/**
 * The fields of each topic's body Heed reads: the facts below and the journey's reading of a
 * webhook (signals/apply-webhook.ts) read no other. `shopify.app.toml` asks Shopify for these
 * only (`include_fields`), so the rest of a body never reaches Heed. A shipping address is asked
 * for by its country alone: whether there is one is the fact kept. The phone comes as it is (no
 * path says only whether there is one) and is dropped here.
 * https://shopify.dev/docs/apps/build/webhooks/customize/modify-payloads
 */
const FIELDS_READ = [
  'id',
  'created_at',
  'updated_at',
  'email',
  'phone',
  'customer.id',
  'customer.email',
  'source_name',
  'currency',
  'subtotal_price',
  'total_price',
  'total_tax',
  'total_discounts',
  'discount_codes.code',
  'discount_codes.amount',
  'discount_codes.type',
  'note_attributes.name',
  'note_attributes.value',
  'line_items.title',
  'line_items.quantity',
  'line_items.price',
  'line_items.total_discount',
  'line_items.variant_id',
  'line_items.sku',
  'shipping_lines.price',
  'shipping_address.country_code',
  'buyer_accepts_marketing',
];

export const INCLUDE_FIELDS = {
  'orders/create': [...FIELDS_READ, 'checkout_token', 'cancelled_at', 'order_number'],
  'checkouts/create': [...FIELDS_READ, 'token', 'completed_at'],
  'checkouts/update': [...FIELDS_READ, 'token', 'completed_at'],
} as const;

/** Lenient like the journey readers: a malformed field becomes null, it never fails the webhook. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .catch(null)
    .transform((value) => value ?? null);
const id = z
  .union([z.number(), z.string().max(255)])
  .nullish()
  .catch(null)
  .transform((value) => (value === null || value === undefined ? null : String(value)));
/** Shopify sends amounts as decimal strings; they are kept as sent, never as floats. */
const money = z
  .union([z.number().transform(String), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);
const list = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .array(item.nullable().catch(null))
    .max(max)
    .nullish()
    .catch([])
    .transform((items) => (items ?? []).filter((x): x is NonNullable<z.infer<T>> => x !== null));
const filled = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === 'string' ? value.trim() !== '' : typeof value === 'number',
  );
const anyAddress = z
  .unknown()
  .optional()
  .transform(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      Object.values(value).some((v) => v !== null && v !== undefined && v !== ''),
  );

const commerceBody = z.object({
  id,
  token: text(255),
  checkout_token: text(255),
  email: text(320),
  phone: filled,
  customer: z
    .object({id, email: text(320)})
    .nullish()
    .catch(null),
  created_at: text(40),
  updated_at: text(40),
  completed_at: text(40),
  cancelled_at: text(40),
  source_name: text(100),
  order_number: z.number().int().positive().nullish().catch(null),
  currency: text(10),
  subtotal_price: money,
  total_price: money,
  total_tax: money,
  total_discounts: money,
  discount_codes: list(z.object({code: z.string().max(255), amount: money, type: text(50)}), 50),
  note_attributes: list(z.object({name: z.string().max(255), value: z.unknown()}), 100),
  line_items: list(
    z.object({
      title: text(255),
      quantity: z.number().int().min(0).catch(0),
      price: money,
      total_discount: money,
      variant_id: id,
      sku: text(255),
    }),
    250,
  ),
  shipping_lines: list(z.object({price: money}), 20),
  shipping_address: anyAddress,
  buyer_accepts_marketing: z.boolean().nullish().catch(null),
});

/** The email a commerce body names: the contact email, else its customer's. */
export function commerceEmail(payload: unknown): string | null {
  const body = commerceBody
    .pick({email: true, customer: true})
    .parse(isRecord(payload) ? payload : {});
  return body.email?.trim() || body.customer?.email?.trim() || null;
}

/**
 * The facts of one webhook body. Orders are named by their order GID and customers by their
 * customer GID; a checkout keeps its numeric id (the Admin API has no checkout resource).
 */
export function commerceFacts(shop: string, kind: CommerceKind, payload: unknown): CommerceFacts {
  // Every field falls back on its own, so this parse cannot fail.
  const body = commerceBody.parse(isRecord(payload) ? payload : {});
  const email = commerceEmail(payload);
  return {
    id: (kind === 'order' ? orderGid(body.id) : body.id) ?? '',
    checkout_token: kind === 'checkout' ? body.token : body.checkout_token,
    customer_id: customerGid(body.customer?.id),
    email_hash: email ? hashEmail(shop, email) : null,
    created_at: body.created_at,
    updated_at: body.updated_at,
    completed_at: body.completed_at,
    cancelled_at: body.cancelled_at,
    source_name: body.source_name,
    order_number: kind === 'order' ? (body.order_number ?? null) : null,
    currency: body.currency,
    subtotal_price: body.subtotal_price,
    total_price: body.total_price,
    total_tax: body.total_tax,
    total_discounts: body.total_discounts,
    discount_codes: body.discount_codes,
    note_attributes: body.note_attributes
      .filter((attribute) => attribute.name.startsWith(HEED_ATTRIBUTE_PREFIX))
      .map(({name, value}) => ({name, value: String(value ?? '').slice(0, 255)})),
    line_items: body.line_items.map((line) => ({...line, variant_id: variantGid(line.variant_id)})),
    shipping_lines: body.shipping_lines,
    buyer_accepts_marketing: body.buyer_accepts_marketing ?? null,
    has_email: email !== null,
    has_phone: body.phone,
    has_shipping_address: body.shipping_address,
    has_shipping_line: body.shipping_lines.length > 0,
  };
}

/** Whether a stored payload is already a body's facts (the migration meets both). */
export function isCommerceFacts(payload: unknown): payload is CommerceFacts {
  return isRecord(payload) && typeof payload.has_email === 'boolean' && 'email_hash' in payload;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
