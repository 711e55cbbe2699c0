import {hashEmail} from '../privacy';
import {alertKind} from './apply-details';
import {readAlert} from './pixel-data';

/**
 * Personal data Shopify puts in `data.checkout` that Heed has no use for. What a journey needs of
 * the shopper is a way to join a GDPR request (a per-shop email hash) and what Shopify says of the
 * customer (`order.customer.id`); addresses and phone numbers are never needed.
 * https://shopify.dev/docs/api/web-pixels-api/standard-api/checkout
 */
const CHECKOUT_PERSONAL_FIELDS = new Set([
  'email',
  'phone',
  'smsMarketingPhone',
  'shippingAddress',
  'billingAddress',
  // Only Heed writes this one (below): a sender cannot choose the hash a journey is joined by.
  'emailHash',
]);

/**
 * The event data Heed stores, with no more of the shopper than it uses: the checkout without its
 * email, phone and addresses (the email becomes `emailHash`), and an alert's field value only when
 * it is the discount code the shopper tried. Data without those parts is returned as it is.
 */
export function minimizeEventData(shop: string, data: unknown): unknown {
  if (!isRecord(data)) return data;
  let minimized = data;
  if (isRecord(data.checkout)) {
    minimized = {...minimized, checkout: minimizeCheckout(shop, data.checkout)};
  }
  if (isRecord(data.alert) && data.alert.value !== undefined && data.alert.value !== null) {
    const alert = readAlert(data);
    if (!alert || alertKind(alert) !== 'discount') {
      minimized = {...minimized, alert: {...data.alert, value: null}};
    }
  }
  return minimized;
}

function minimizeCheckout(shop: string, checkout: Record<string, unknown>) {
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(checkout)) {
    if (!CHECKOUT_PERSONAL_FIELDS.has(field)) kept[field] = value;
  }
  const email = checkout.email;
  if (typeof email === 'string' && email.trim() !== '') kept.emailHash = hashEmail(shop, email);
  return kept;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An event that failed the checks, as it is kept in quarantine to show why: its structure and the
 * fields that broke it, but not the browser context, not what the shopper typed into a field, and
 * not the personal data `minimizeEventData` drops from good events.
 */
export function redactRejectedEvent(raw: unknown, shop: string): unknown {
  if (!isRecord(raw)) return raw;
  const {context: _context, ...event} = raw;
  if (!isRecord(event.data)) return event;
  return {...event, data: minimizeEventData(shop, withoutTypedValues(event.data))};
}

/** DOM event data without the values of its element and, for forms, of the elements inside. */
function withoutTypedValues(data: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(data.element)) return data;
  const {value: _value, ...element} = data.element;
  if (Array.isArray(element.elements)) {
    element.elements = element.elements.map((inner: unknown) => {
      if (!isRecord(inner)) return inner;
      const {value: _innerValue, ...kept} = inner;
      return kept;
    });
  }
  return {...data, element};
}
