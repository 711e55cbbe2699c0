import {randomUUID} from 'node:crypto';

/** The demo shop's currency (see web/simulator/demo-shop.ts). */
export const DEMO_CURRENCY = 'CAD';
/** Shipping the demo's checkouts pay once a shipping method is chosen. */
const SHIPPING = 15;

export type DemoScenario =
  | 'smooth'
  | 'stalls_on_shipping'
  | 'promo_never_applied'
  | 'code_rejected'
  /** From the campaign's email, its code takes the promised 20% off, and the shopper buys. */
  | 'promise_kept';

/** A line of the demo catalogue as the pixel reports it: the variant's number, not its GID. */
export interface DemoLine {
  variantId: string;
  title: string;
  variantTitle: string;
  price: number;
  quantity: number;
}

/** A shopper signed in to the shop's customer account: Shopify names the customer in checkout. */
export interface SignedInShopper {
  /** `gid://shopify/Customer/…` */
  customerId: string;
  email: string;
  acceptsEmailMarketing: boolean;
}

export interface DemoCheckout {
  clientId: string;
  token: string;
  scenario: DemoScenario;
  /** Null for a guest. */
  shopper: SignedInShopper | null;
  lines: DemoLine[];
}

export const CHECKOUT_STEPS = [
  'checkout_started',
  'checkout_contact_info_submitted',
  'checkout_address_info_submitted',
  'checkout_shipping_info_submitted',
  'payment_info_submitted',
  'checkout_completed',
] as const;

/** Where each scenario stops: a stalled shopper goes quiet, the sweep then notices. */
export const LAST_STEP: Record<DemoScenario, number> = {
  smooth: 5,
  stalls_on_shipping: 2,
  // Past the contact step without the promised code: where Heed checks the promise.
  promo_never_applied: 3,
  // Gets to payment after a code was refused on the contact step, and leaves.
  code_rejected: 4,
  promise_kept: 5,
};

/** The "Fabulous Furs — September 20% email" the demo seeds (demo/seed.ts), and its code. */
const CAMPAIGN_KEY = 'fabulous-furs-20';
const CAMPAIGN_CODE = 'FURS20';
const CAMPAIGN_PERCENT = 20;
/**
 * A newsletter link Heed has no campaign for, and the code a shopper tried from it: the refusal
 * is the whole story (no promise Heed knows of was broken).
 */
const NEWSLETTER_KEY = 'fabulous-furs-newsletter';
const TRIED_CODE = 'FURS25';
/** What checkout says when it refuses a code. */
const REFUSED_CODE_MESSAGE = 'Enter a valid discount code or gift card';

export const SABLE_THROW: DemoLine = {
  variantId: '2001',
  title: 'Sable Faux Fur Throw',
  variantTitle: 'Sable / 50" x 60"',
  price: 189,
  quantity: 1,
};

export function newCheckout(
  scenario: DemoScenario,
  shopper: SignedInShopper | null,
  lines: DemoLine[] = [SABLE_THROW],
): DemoCheckout {
  return {clientId: randomUUID(), token: `demo-${randomUUID()}`, scenario, shopper, lines};
}

const money = (amount: number) => ({amount, currencyCode: DEMO_CURRENCY});

const FROM_THE_CAMPAIGN: ReadonlySet<DemoScenario> = new Set([
  'promo_never_applied',
  'promise_kept',
]);

/** The email link left these on the cart (extensions/campaign-attribution). */
function attributes(c: DemoCheckout, at: number) {
  if (!FROM_THE_CAMPAIGN.has(c.scenario) && c.scenario !== 'code_rejected') return [];
  const promised = FROM_THE_CAMPAIGN.has(c.scenario);
  return [
    {key: '_heed_utm_campaign', value: promised ? CAMPAIGN_KEY : NEWSLETTER_KEY},
    {key: '_heed_utm_source', value: 'email'},
    {key: '_heed_utm_medium', value: 'email'},
    ...(promised ? [{key: '_heed_discount_code', value: CAMPAIGN_CODE}] : []),
    {key: '_heed_landed_at', value: new Date(at - 10 * 60_000).toISOString()},
  ];
}

/** The campaign's code as checkout reports it applied. */
const CAMPAIGN_APPLICATION = {
  type: 'DISCOUNT_CODE',
  title: CAMPAIGN_CODE,
  value: {percentage: CAMPAIGN_PERCENT},
  targetType: 'LINE_ITEM',
  allocationMethod: 'ACROSS',
  targetSelection: 'ALL',
};

const round = (amount: number) => Math.round(amount * 100) / 100;

/** What the campaign's code takes off a line: only when the promise is kept. */
function lineDiscount(c: DemoCheckout, line: DemoLine): number {
  return c.scenario === 'promise_kept'
    ? round((line.price * line.quantity * CAMPAIGN_PERCENT) / 100)
    : 0;
}

/** `data.checkout` as the pixel sees it at `step`: only a kept promise takes anything off. */
function checkout(c: DemoCheckout, step: number, at: number) {
  const gross = c.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const discount = round(c.lines.reduce((sum, line) => sum + lineDiscount(c, line), 0));
  const subtotal = round(gross - discount);
  const shipping = step >= 3 ? SHIPPING : 0;
  const customer = c.shopper
    ? {id: c.shopper.customerId.split('/').at(-1) ?? null, isFirstOrder: null}
    : null;
  const completed = step >= 5 ? {id: `gid://shopify/Order/${at}`} : {id: null};
  return {
    token: c.token,
    currencyCode: DEMO_CURRENCY,
    email: c.shopper?.email ?? null,
    buyerAcceptsEmailMarketing: c.shopper?.acceptsEmailMarketing ?? false,
    attributes: attributes(c, at),
    discountApplications: discount > 0 ? [CAMPAIGN_APPLICATION] : [],
    discountsAmount: money(discount),
    lineItems: c.lines.map((line, n) => ({
      id: `${c.token}-line-${n}`,
      quantity: line.quantity,
      title: line.title,
      discountAllocations:
        lineDiscount(c, line) > 0
          ? [{amount: money(lineDiscount(c, line)), discountApplication: CAMPAIGN_APPLICATION}]
          : [],
      finalLinePrice: money(round(line.price * line.quantity - lineDiscount(c, line))),
      variant: {id: line.variantId, price: money(line.price), title: line.variantTitle},
    })),
    subtotalPrice: money(subtotal),
    shippingLine: step >= 3 ? {price: money(shipping)} : null,
    totalPrice: money(subtotal + shipping),
    order: customer || step >= 5 ? {...completed, customer} : null,
  };
}

/**
 * The pixel events of one step of a checkout, as the web pixel sends them, at `at`: the step's
 * standard event, and, for a refused code, the alert the shopper saw on the contact step.
 */
export function stepEvents(c: DemoCheckout, step: number, at: number): unknown[] {
  const event = (seq: number, name: string, data: unknown, type = 'standard') => ({
    id: `sh-${c.token}-${seq}`,
    name,
    type,
    timestamp: new Date(at).toISOString(),
    clientId: c.clientId,
    seq,
    data,
  });
  const events = [
    event(2 * step + 1, CHECKOUT_STEPS[step] ?? 'checkout_started', {
      checkout: checkout(c, step, at),
    }),
  ];
  if (c.scenario === 'code_rejected' && step === 1) {
    events.push(
      event(2 * step + 2, 'alert_displayed', {
        alert: {
          target: 'cart.discountCodes',
          type: 'DISCOUNT_ERROR',
          value: TRIED_CODE,
          message: REFUSED_CODE_MESSAGE,
        },
      }),
    );
  }
  return events;
}

/** Every step of the checkout up to where its scenario stops, `stepMs` apart, the last at `endAt`. */
export function wholeCheckout(c: DemoCheckout, endAt: number, stepMs: number): unknown[] {
  const last = LAST_STEP[c.scenario];
  return Array.from({length: last + 1}, (_, step) =>
    stepEvents(c, step, endAt - (last - step) * stepMs),
  ).flat();
}
