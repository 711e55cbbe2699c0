import {z} from 'zod';
import {DISCOUNT_CODE_TYPE} from './apply-checkout';
import type {CartSnapshot, CheckoutStep, OrderKey} from './journey';
import {variantGid} from '../shopify-ids';

/**
 * The REST fields `checkouts/*` and `orders/create` share: enough to know the cart of a shopper
 * whose browser sent no pixel events (no analytics consent). Lenient, like the pixel readers.
 * https://shopify.dev/docs/api/webhooks?reference=toml#list-of-topics-checkouts/update
 */
const money = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);
const text = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .catch(null)
    .transform((value) => value ?? null);

export const restCommerceFieldsSchema = z.object({
  created_at: text(40),
  completed_at: text(40),
  currency: text(10),
  buyer_accepts_marketing: z.boolean().nullish().catch(null),
  subtotal_price: money,
  total_price: money,
  total_tax: money,
  total_discounts: money,
  discount_codes: z
    .array(z.object({code: z.string().max(255), amount: money, type: text(50)}))
    .max(50)
    .catch([]),
  note_attributes: z
    .array(z.object({name: z.string().max(255), value: z.unknown()}))
    .max(100)
    .catch([])
    .transform((attributes) =>
      attributes.map(({name, value}) => ({key: name, value: String(value ?? '')})),
    ),
  line_items: z
    .array(
      z.object({
        title: text(255),
        quantity: z.number().int().min(0).catch(0),
        price: money,
        total_discount: money,
        variant_id: z.union([z.number(), z.string()]).nullish().catch(null),
        sku: text(255),
      }),
    )
    .max(250)
    .catch([]),
  shipping_lines: z
    .array(z.object({price: money}))
    .max(20)
    .catch([]),
  // Only whether these are there is read (the step reached), never what they hold.
  email: z.unknown().optional(),
  phone: z.unknown().optional(),
  shipping_address: z.unknown().optional(),
  has_email: z.boolean().optional().catch(undefined),
  has_phone: z.boolean().optional().catch(undefined),
  has_shipping_address: z.boolean().optional().catch(undefined),
  has_shipping_line: z.boolean().optional().catch(undefined),
});

export type RestCommerceFields = z.infer<typeof restCommerceFieldsSchema>;

export function readRestFields(payload: unknown): RestCommerceFields {
  return restCommerceFieldsSchema.parse(typeof payload === 'object' && payload ? payload : {});
}

const present = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(typeof value === 'object' && Object.keys(value).length === 0);

/**
 * The furthest step a checkout webhook shows: a shipping rate chosen means the shopper reached
 * payment, an address means they reached shipping, an email or phone that they passed contact.
 * Either the fields themselves or the `has_*` facts Heed keeps of them.
 */
export function webhookStepOf(fields: RestCommerceFields): CheckoutStep | null {
  if (fields.has_shipping_line ?? fields.shipping_lines.length > 0) return 'payment';
  if (fields.has_shipping_address ?? present(fields.shipping_address)) return 'shipping';
  if ((fields.has_email ?? present(fields.email)) || (fields.has_phone ?? present(fields.phone)))
    return 'delivery';
  return null;
}

/** The cart a webhook describes. Its discount amounts are what each code took off. */
export function webhookCart(fields: RestCommerceFields, key: OrderKey): CartSnapshot {
  const currencyCode = fields.currency;
  const asMoney = (amount: number | null) =>
    amount === null || currencyCode === null ? null : {amount, currencyCode};
  const shipping = fields.shipping_lines.reduce<number | null>(
    (sum, line) => (line.price === null ? sum : (sum ?? 0) + line.price),
    null,
  );
  return {
    asOf: key,
    source: 'webhook',
    currencyCode,
    lines: fields.line_items.map((line) => ({
      title: line.title,
      variantId: variantGid(line.variant_id),
      sku: line.sku,
      quantity: line.quantity,
      linePrice: asMoney(
        line.price === null ? null : line.price * line.quantity - (line.total_discount ?? 0),
      ),
      discountAllocations: [],
    })),
    subtotal: asMoney(fields.subtotal_price),
    total: asMoney(fields.total_price),
    shipping: asMoney(shipping),
    tax: asMoney(fields.total_tax),
    discountsAmount: asMoney(fields.total_discounts),
    discountApplications: fields.discount_codes.map((discount) => ({
      type: DISCOUNT_CODE_TYPE,
      title: discount.code,
      targetType: discount.type === 'shipping' ? 'SHIPPING_LINE' : 'LINE_ITEM',
      value: null,
      allocated: discount.amount ?? 0,
    })),
  };
}
