import {z} from 'zod';

/**
 * Narrow readers for the parts of Shopify's event data Heed uses. Each is lenient: a field Shopify
 * leaves out (older checkouts, other plans) becomes null or empty instead of failing the event.
 * Shapes: `@shopify/web-pixels-extension` PixelEvents (Checkout, AlertDisplayed, UiExtensionError).
 */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .catch(null)
    .transform((value) => value ?? null);

/** `gid://shopify/Customer/123` and `123` name the same customer; Heed keeps the number. */
export const shopifyId = text(255).transform((id) =>
  id === null ? null : id.replace(/^gid:\/\/shopify\/\w+\//, ''),
);

const amount = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .pipe(z.number().finite());

export const moneySchema = z.object({amount, currencyCode: z.string().min(1).max(10)});
export type Money = z.infer<typeof moneySchema>;

const money = moneySchema
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);

export const discountValueSchema = z
  .union([
    z.object({percentage: z.number().min(0).max(100)}).transform((v) => ({
      kind: 'percentage' as const,
      percentage: v.percentage,
    })),
    moneySchema.transform((m) => ({kind: 'fixed' as const, amount: m})),
  ])
  .nullish()
  .catch(null)
  .transform((value) => value ?? null);
export type DiscountValue = NonNullable<z.infer<typeof discountValueSchema>>;

const discountApplicationSchema = z.object({
  type: z.string().max(50),
  title: z.string().max(255),
  targetType: text(50),
  value: discountValueSchema,
});

const lineItemSchema = z.object({
  id: text(255),
  title: text(255),
  quantity: z.number().int().min(0).catch(0),
  finalLinePrice: money,
  variant: z
    .object({id: shopifyId, sku: text(255), title: text(255), price: money})
    .nullish()
    .catch(null)
    .transform((value) => value ?? null),
  discountAllocations: z
    .array(
      z.object({
        amount: moneySchema,
        discountApplication: z.object({title: z.string().max(255), type: z.string().max(50)}),
      }),
    )
    .max(50)
    .catch([]),
});

const attributeSchema = z.object({key: z.string().max(255), value: z.string().max(1000)});

/** `data.checkout` of the checkout standard events. */
export const checkoutSnapshotSchema = z.object({
  token: text(255),
  currencyCode: text(10),
  email: text(320),
  /** Set by Heed's ingest in place of `email` (see minimize.ts). */
  emailHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullish()
    .catch(null)
    .transform((value) => value ?? null),
  buyerAcceptsEmailMarketing: z.boolean().nullish().catch(null),
  lineItems: z.array(lineItemSchema).max(250).catch([]),
  subtotalPrice: money,
  totalPrice: money,
  totalTax: money,
  discountsAmount: money,
  shippingLine: z
    .object({price: moneySchema})
    .nullish()
    .catch(null)
    .transform((value) => value ?? null),
  discountApplications: z.array(discountApplicationSchema).max(50).catch([]),
  attributes: z.array(attributeSchema).max(100).catch([]),
  order: z
    .object({
      id: shopifyId,
      customer: z
        .object({id: shopifyId, isFirstOrder: z.boolean().nullish().catch(null)})
        .nullish()
        .catch(null),
    })
    .nullish()
    .catch(null),
});
export type CheckoutSnapshot = z.infer<typeof checkoutSnapshotSchema>;

const checkoutDataSchema = z.object({checkout: checkoutSnapshotSchema});

/** `data.alert` of `alert_displayed`. `value` is what the field held; see `alertValue`. */
export const alertSchema = z.object({
  type: z.string().max(50),
  target: text(500).transform((t) => t ?? ''),
  message: text(1000).transform((m) => m ?? ''),
  value: text(1000),
});
export type DisplayedAlert = z.infer<typeof alertSchema>;

/** `data.error` of `ui_extension_errored`, without its stack trace. */
export const extensionErrorSchema = z.object({
  type: text(50),
  message: text(1000).transform((m) => m ?? ''),
  appId: text(255),
  appName: text(255),
  extensionName: text(255),
  extensionTarget: text(255),
  apiVersion: text(50),
});
export type ExtensionError = z.infer<typeof extensionErrorSchema>;

/** `customData` of Heed's own checkout-extension events. */
export const heedCustomDataSchema = z.object({
  campaignId: text(100),
  code: text(255),
  reason: text(100),
});

/** Snapshots already read, by the event data they were read from (event data is never changed). */
const checkoutsRead = new WeakMap<object, CheckoutSnapshot | null>();

export function readCheckout(data: unknown): CheckoutSnapshot | null {
  if (typeof data !== 'object' || data === null) return null;
  const known = checkoutsRead.get(data);
  if (known !== undefined) return known;
  const parsed = checkoutDataSchema.safeParse(data);
  const snapshot = parsed.success ? parsed.data.checkout : null;
  checkoutsRead.set(data, snapshot);
  return snapshot;
}

const alertDataSchema = z.object({alert: alertSchema});
const extensionErrorDataSchema = z.object({error: extensionErrorSchema});
const MAX_TOKEN = 255;

export function readAlert(data: unknown): DisplayedAlert | null {
  const parsed = alertDataSchema.safeParse(data);
  return parsed.success ? parsed.data.alert : null;
}

export function readExtensionError(data: unknown): ExtensionError | null {
  const parsed = extensionErrorDataSchema.safeParse(data);
  return parsed.success ? parsed.data.error : null;
}

export function readHeedCustomData(customData: unknown): z.infer<typeof heedCustomDataSchema> {
  const parsed = heedCustomDataSchema.safeParse(customData);
  return parsed.success ? parsed.data : {campaignId: null, code: null, reason: null};
}

/**
 * The checkout token an event names, if any: only checkout standard events carry one. Asked of
 * every event several times on the way in, so it reads the one field by hand.
 */
export function checkoutTokenOf(event: {data?: unknown}): string | null {
  const checkout: unknown =
    typeof event.data === 'object' && event.data !== null
      ? (event.data as {checkout?: unknown}).checkout
      : undefined;
  if (typeof checkout !== 'object' || checkout === null) return null;
  const token: unknown = (checkout as {token?: unknown}).token;
  return typeof token === 'string' && token.length >= 1 && token.length <= MAX_TOKEN ? token : null;
}
