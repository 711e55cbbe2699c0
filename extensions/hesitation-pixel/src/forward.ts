/** Events the pixel forwards: checkout steps, what went wrong, and what the shopper did in checkout. */
export const CHECKOUT_EVENTS = [
  'checkout_started',
  'checkout_contact_info_submitted',
  'checkout_address_info_submitted',
  'checkout_shipping_info_submitted',
  'payment_info_submitted',
  'checkout_completed',
  'alert_displayed',
  'ui_extension_errored',
] as const;

export const DOM_EVENTS = ['input_changed', 'input_blurred', 'clicked', 'form_submitted'] as const;

/** Heed's own events, published by the checkout extension (`shopify.analytics.publish`). */
export const HEED_EVENT_PREFIX = 'heed:';

export interface ShopifyEvent {
  id?: string;
  name?: string;
  type?: string;
  timestamp?: string;
  clientId?: string;
  seq?: number;
  data?: unknown;
  customData?: unknown;
  context?: unknown;
}

/**
 * The event as Shopify gave it, minus the browser `context`, and minus any value the shopper typed
 * into a field: DOM events keep the element's identity, never its contents.
 */
export function toForwarded(event: ShopifyEvent): ShopifyEvent {
  const {context: _context, ...rest} = event;
  if (event.type === 'dom' && isRecord(event.data) && isRecord(event.data.element)) {
    const {value: _value, ...element} = event.data.element;
    return {...rest, data: {...event.data, element}};
  }
  return rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
