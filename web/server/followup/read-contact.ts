import {z} from 'zod';
import {
  ABANDONED_CHECKOUT_CONTACT_QUERY,
  CUSTOMER_CONTACT_QUERY,
  ORDER_CONTACT_QUERY,
} from '../admin-api/documents';
import type {AdminQuery} from '../campaigns/read-discounts';
import {adminCallFailure, type AdminCallFailure} from './admin-failure';
import {addressContactAnswer, blankToNull, customerContactAnswer} from './admin-answers';
import type {ContactDetails} from './types';

/** What the case is about; each one Shopify can name the shopper from. */
export interface ContactSources {
  customerId?: string | null;
  /** `gid://shopify/Order/…` */
  orderId?: string | null;
  /** The checkout's numeric id, or its `gid://shopify/AbandonedCheckout/…`. */
  checkoutId?: string | null;
}

type Contact = Omit<ContactDetails, 'readAt'>;
type CustomerContact = z.infer<typeof customerContactAnswer>;
type AddressContact = z.infer<typeof addressContactAnswer>;

const customerAnswer = z.object({customer: customerContactAnswer.nullable()});
const orderAnswer = z.object({
  order: z
    .object({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      customerLocale: z.string().nullable(),
      customer: customerContactAnswer.nullable(),
      billingAddress: addressContactAnswer,
      shippingAddress: addressContactAnswer,
    })
    .nullable(),
});
const checkoutAnswer = z.object({
  abandonedCheckouts: z.object({
    nodes: z.array(
      z.object({
        customer: customerContactAnswer.nullable(),
        billingAddress: addressContactAnswer,
        shippingAddress: addressContactAnswer,
      }),
    ),
  }),
});

/**
 * The shopper's name, email, phone and language, read from Shopify for the case: the customer
 * first, then the order, then the abandoned checkout, each filling what the one before lacked.
 * Heed stores only email hashes; this is where a case gets the address to write to.
 */
export async function readContactDetails(
  query: AdminQuery,
  shop: string,
  sources: ContactSources,
  now: number,
): Promise<{ok: true; contact: ContactDetails} | AdminCallFailure> {
  let contact: Contact = {name: null, email: null, phone: null, locale: null};
  const complete = () => Object.values(contact).every((v) => v !== null);

  if (sources.customerId) {
    const result = await query(
      shop,
      CUSTOMER_CONTACT_QUERY,
      {id: sources.customerId},
      customerAnswer,
    );
    if (!result.ok) return adminCallFailure(result);
    contact = merge(contact, fromCustomer(result.data.customer));
  }
  if (sources.orderId && !complete()) {
    const result = await query(shop, ORDER_CONTACT_QUERY, {id: sources.orderId}, orderAnswer);
    if (!result.ok) return adminCallFailure(result);
    const order = result.data.order;
    if (order) {
      contact = merge(contact, fromCustomer(order.customer));
      contact = merge(contact, {
        name: null,
        email: blankToNull(order.email),
        phone: blankToNull(order.phone),
        locale: blankToNull(order.customerLocale),
      });
      contact = merge(contact, fromAddress(order.billingAddress));
      contact = merge(contact, fromAddress(order.shippingAddress));
    }
  }
  const checkoutNumber = sources.checkoutId ? checkoutNumberOf(sources.checkoutId) : null;
  if (checkoutNumber && !complete()) {
    const result = await query(
      shop,
      ABANDONED_CHECKOUT_CONTACT_QUERY,
      {query: `id:${checkoutNumber}`},
      checkoutAnswer,
    );
    if (!result.ok) return adminCallFailure(result);
    const checkout = result.data.abandonedCheckouts.nodes[0];
    if (checkout) {
      contact = merge(contact, fromCustomer(checkout.customer));
      contact = merge(contact, fromAddress(checkout.billingAddress));
      contact = merge(contact, fromAddress(checkout.shippingAddress));
    }
  }
  return {ok: true, contact: {...contact, readAt: now}};
}

function fromCustomer(c: CustomerContact | null): Contact {
  return {
    name: c ? nameOf(c.firstName, c.lastName) : null,
    email: blankToNull(c?.defaultEmailAddress?.emailAddress),
    phone: blankToNull(c?.defaultPhoneNumber?.phoneNumber),
    locale: blankToNull(c?.locale),
  };
}

function fromAddress(a: AddressContact): Contact {
  return {
    name: a ? nameOf(a.firstName, a.lastName) : null,
    email: null,
    phone: blankToNull(a?.phone),
    locale: null,
  };
}

function merge(known: Contact, more: Contact): Contact {
  return {
    name: known.name ?? more.name,
    email: known.email ?? more.email,
    phone: known.phone ?? more.phone,
    locale: known.locale ?? more.locale,
  };
}

function nameOf(first: string | null, last: string | null): string | null {
  return blankToNull([first, last].map((p) => p?.trim() ?? '').join(' '));
}

function checkoutNumberOf(id: string): string | null {
  return /^(?:gid:\/\/shopify\/AbandonedCheckout\/)?(\d+)$/.exec(id.trim())?.[1] ?? null;
}
