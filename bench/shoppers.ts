/**
 * Realistic pixel batches for bench/ingest.ts: shoppers going through checkout as Shopify's web
 * pixel reports them. 200 shoppers are in checkout at once; each sends four batches of 20 events
 * (contact, delivery, shipping, payment), DOM events around the step events, as the pixel's timer
 * flushes them. Most complete; some meet the problems Heed looks for: a promised code that never
 * applied, a rejected code, a step back after seeing shipping, leaving at payment.
 * Shapes: https://shopify.dev/docs/api/web-pixels-api/standard-events and .../dom-events
 */
import {randomUUID} from 'node:crypto';

export const BATCH_SIZE = 20;
export const SHOPPERS_AT_ONCE = 200;
const BATCHES_PER_SHOPPER = 4;

type Kind = 'smooth' | 'promo-missing' | 'code-rejected' | 'went-back' | 'left';

function kindOf(shopper: number): Kind {
  switch (shopper % 20) {
    case 0:
      return 'promo-missing';
    case 1:
      return 'code-rejected';
    case 2:
      return 'went-back';
    case 3:
    case 4:
      return 'left';
    default:
      return 'smooth';
  }
}

const money = (amount: number) => ({amount, currencyCode: 'CAD'});

function checkout(shopper: number, kind: Kind, completed: boolean) {
  const fromCampaign = shopper % 4 === 0;
  const codeApplies = fromCampaign && kind !== 'promo-missing';
  return {
    token: `tok-${shopper}`,
    currencyCode: 'CAD',
    email: null,
    buyerAcceptsEmailMarketing: false,
    subtotalPrice: money(codeApplies ? 302.4 : 378),
    totalPrice: money(codeApplies ? 357.26 : 440.46),
    totalTax: money(codeApplies ? 39.31 : 49.14),
    discountsAmount: money(codeApplies ? 75.6 : 0),
    shippingLine: {price: money(15)},
    discountApplications: codeApplies
      ? [
          {
            type: 'DISCOUNT_CODE',
            title: 'WINTER20',
            targetType: 'LINE_ITEM',
            value: {percentage: 20},
            allocationMethod: 'ACROSS',
          },
        ]
      : [],
    lineItems: [
      {
        id: 'gid://shopify/CheckoutLineItem/1',
        quantity: 1,
        title: 'Sable Faux Fur Throw',
        finalLinePrice: money(codeApplies ? 151.2 : 189),
        variant: {
          id: 'gid://shopify/ProductVariant/4101',
          sku: 'THROW-SABLE',
          title: 'Sable / Queen',
          price: money(189),
        },
        discountAllocations: codeApplies
          ? [
              {
                amount: money(37.8),
                discountApplication: {title: 'WINTER20', type: 'DISCOUNT_CODE'},
              },
            ]
          : [],
      },
      {
        id: 'gid://shopify/CheckoutLineItem/2',
        quantity: 2,
        title: 'Faux Fur Cushion',
        finalLinePrice: money(codeApplies ? 151.2 : 189),
        variant: {
          id: 'gid://shopify/ProductVariant/4210',
          sku: 'CUSHION-GREY',
          title: 'Grey',
          price: money(94.5),
        },
        discountAllocations: [],
      },
    ],
    attributes: fromCampaign
      ? [
          {key: '_heed_utm_campaign', value: 'winter-email'},
          {key: '_heed_discount_code', value: 'WINTER20'},
        ]
      : [],
    order: completed
      ? {
          id: `gid://shopify/Order/${5_000_000 + shopper}`,
          customer: {id: null, isFirstOrder: false},
        }
      : null,
  };
}

const FIELDS: Record<number, string[]> = {
  0: ['email', 'email', 'email', 'marketing_opt_in'],
  1: ['firstName', 'lastName', 'address1', 'address2', 'city', 'postalCode', 'phone'],
  2: ['shipping_method', 'shipping_method', 'number', 'name'],
  3: ['number', 'expiry', 'verification_value', 'name'],
};

function domEvent(name: string, field: string, value: string) {
  return {
    name,
    type: 'dom',
    data: {
      element: {
        id: `checkout-${field}`,
        name: field,
        tagName: name === 'clicked' ? 'BUTTON' : 'INPUT',
        type: name === 'clicked' ? 'submit' : 'text',
        value,
      },
    },
  };
}

/** What one shopper's pixel sends at one stage of checkout, in order: always `BATCH_SIZE` events. */
function stageEvents(shopper: number, stage: number) {
  const kind = kindOf(shopper);
  const completes = kind !== 'left';
  const standard = (name: string, done = false) => ({
    name,
    type: 'standard',
    data: {checkout: checkout(shopper, kind, done)},
  });
  const special: Array<{name: string; type: string; data: unknown}> = [];
  if (stage === 0) special.push(standard('checkout_started'));
  if (stage === 1 && kind === 'code-rejected') {
    special.push({
      name: 'alert_displayed',
      type: 'standard',
      data: {
        alert: {
          type: 'DISCOUNT_ERROR',
          target: 'checkout.discountCode',
          message: 'Enter a valid discount code',
          value: 'WINTER02',
        },
      },
    });
  }
  const closing: Array<{name: string; type: string; data: unknown}> = [];
  if (stage === 0) closing.push(standard('checkout_contact_info_submitted'));
  if (stage === 1) closing.push(standard('checkout_address_info_submitted'));
  if (stage === 2) {
    closing.push(standard('checkout_shipping_info_submitted'));
    if (kind === 'went-back') closing.push(standard('checkout_address_info_submitted'));
  }
  if (stage === 3 && completes) {
    closing.push(standard('payment_info_submitted'), standard('checkout_completed', true));
  }
  const fields = FIELDS[stage] ?? ['email'];
  const dom = Array.from({length: BATCH_SIZE - special.length - closing.length}, (_, i) => {
    const field = fields[i % fields.length] ?? 'email';
    const name = i % 5 === 4 ? 'input_blurred' : i % 7 === 6 ? 'clicked' : 'input_changed';
    return domEvent(name, field, 'x'.repeat(1 + (i % 12)));
  });
  return [...special, ...dom, ...closing];
}

/**
 * The `n`th batch the pixels send: shoppers come in waves of `SHOPPERS_AT_ONCE`, and each wave
 * sends its contact batches, then its delivery batches, and so on, interleaved as live traffic is.
 */
export function shopperBatch(n: number, startedAt: number) {
  const wave = Math.floor(n / (SHOPPERS_AT_ONCE * BATCHES_PER_SHOPPER));
  const shopper = (n % SHOPPERS_AT_ONCE) + wave * SHOPPERS_AT_ONCE;
  const stage = Math.floor(n / SHOPPERS_AT_ONCE) % BATCHES_PER_SHOPPER;
  const first = startedAt + shopper * 50 + stage * 30_000;
  return stageEvents(shopper, stage).map((event, i) => ({
    id: `sh-${randomUUID()}`,
    ...event,
    timestamp: new Date(first + i * 1_000).toISOString(),
    clientId: `client-${shopper}`,
    seq: stage * BATCH_SIZE + i,
  }));
}
