import {z} from 'zod';
import {userErrorsSchema} from '../admin-api/result';
import {MARKETING_STATES, type CustomerFacts, type MarketingState, type OrderRef} from './types';

/**
 * zod schemas of the follow-up documents' answers (admin-api/followup-documents.ts), and their
 * reading into the domain's words. Times become epoch milliseconds, amounts numbers.
 */

const moneyV2 = z.object({amount: z.string(), currencyCode: z.string()});
const isoTime = z.string().refine((s) => Number.isFinite(Date.parse(s)), 'not a date-time');

export const orderRefAnswer = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: isoTime,
  sourceName: z.string().nullable(),
  currentTotalPriceSet: z.object({shopMoney: moneyV2}),
});

export const customerContactAnswer = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  locale: z.string().nullable(),
  defaultEmailAddress: z.object({emailAddress: z.string(), marketingState: z.string()}).nullable(),
  defaultPhoneNumber: z.object({phoneNumber: z.string()}).nullable(),
});

export const addressContactAnswer = z
  .object({
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .nullable();

export const customerStatusAnswer = z.object({
  customer: customerContactAnswer
    .extend({
      createdAt: isoTime,
      // UnsignedInt64 travels as a string.
      numberOfOrders: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]),
      amountSpent: moneyV2.nullable(),
      lastOrder: orderRefAnswer.nullable(),
      orders: z.object({nodes: z.array(orderRefAnswer)}),
    })
    .nullable(),
});

export const ordersSearchAnswer = z.object({
  orders: z.object({nodes: z.array(orderRefAnswer)}),
});

export const mutationPayload = <T extends z.ZodRawShape>(shape: T) =>
  z.object({...shape, userErrors: userErrorsSchema});

type CustomerStatusAnswer = NonNullable<z.infer<typeof customerStatusAnswer>['customer']>;

export function toOrderRef(order: z.infer<typeof orderRefAnswer>): OrderRef {
  const money = order.currentTotalPriceSet.shopMoney;
  return {
    id: order.id,
    name: order.name,
    createdAt: Date.parse(order.createdAt),
    sourceName: order.sourceName,
    total: toMoney(money),
  };
}

export function toCustomerFacts(c: CustomerStatusAnswer): CustomerFacts {
  return {
    id: c.id,
    firstName: blankToNull(c.firstName),
    lastName: blankToNull(c.lastName),
    createdAt: Date.parse(c.createdAt),
    numberOfOrders: Number(c.numberOfOrders),
    amountSpent: c.amountSpent ? toMoney(c.amountSpent) : null,
    lastOrder: c.lastOrder ? toOrderRef(c.lastOrder) : null,
    email: c.defaultEmailAddress
      ? {
          address: c.defaultEmailAddress.emailAddress,
          marketingState: marketingStateOf(c.defaultEmailAddress.marketingState),
        }
      : null,
    phone: blankToNull(c.defaultPhoneNumber?.phoneNumber ?? null),
    hasPhone: blankToNull(c.defaultPhoneNumber?.phoneNumber ?? null) !== null,
    locale: blankToNull(c.locale),
  };
}

export function toMoney(money: {amount: string; currencyCode: string}) {
  return {amount: Number(money.amount), currencyCode: money.currencyCode};
}

/** A state Heed does not know (a newer API version) is kept as unknown, never guessed. */
function marketingStateOf(value: string): MarketingState | null {
  return (MARKETING_STATES as readonly string[]).includes(value) ? (value as MarketingState) : null;
}

export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
