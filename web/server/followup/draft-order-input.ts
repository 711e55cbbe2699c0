import type {DraftOrderRef, JourneySnapshot, PromiseSnapshot} from './types';
import {englishSayer, type Wording} from '../sentences/wording';
import {caseWording, clause} from './case-words';

/** The custom attribute that ties a draft order, and the order it becomes, to its case. */
export const CASE_ATTRIBUTE_KEY = '_heed_case';

/** Verification words for a code that works (admin-facing status names, case-insensitive). */
const CODE_WORKS = new Set(['ready', 'active', 'applies', 'ok']);

/** The subset of Shopify's `DraftOrderInput` Heed sends. */
export interface DraftOrderCreateInput {
  lineItems: Array<{
    variantId: string;
    quantity: number;
    customAttributes?: Array<{key: string; value: string}>;
  }>;
  discountCodes?: string[];
  appliedDiscount?: {
    title: string;
    description: string;
    value: number;
    valueType: 'PERCENTAGE' | 'FIXED_AMOUNT';
    amountWithCurrency?: {amount: string; currencyCode: string};
  };
  shippingLine?: {title: string; priceWithCurrency: {amount: string; currencyCode: string}};
  email?: string;
  purchasingEntity?: {customerId: string};
  customAttributes: Array<{key: string; value: string}>;
  note?: string;
}

export interface DraftOrderArgs {
  cart: JourneySnapshot['cart'];
  promise: PromiseSnapshot | null;
  /** The raw email Shopify gave for the case. */
  email: string | null;
  /** `gid://shopify/Customer/…` */
  customerId: string | null;
  caseId: string;
  note?: string | null;
  /** The case shows the code was refused at checkout: do not trust it on the draft either. */
  codeRefused?: boolean;
  now: number;
}

export interface DraftOrderPlan {
  input: DraftOrderCreateInput;
  discount: DraftOrderRef['discount'];
  /** For the page: what the draft order does about the promise. */
  discountSentence: string;
  /** `discountSentence` for each reader. */
  discountWording: Wording;
  droppedLines: DraftOrderRef['droppedLines'];
}

/**
 * The draft order that resumes a case: the checkout's lines and quantities (properties kept),
 * the promised discount, the shopper, and the case id. The campaign's code goes in when it can
 * apply; otherwise an equal discount does, because Shopify ignores a code that does not apply
 * and the shopper would be charged in full. Lines without a variant cannot be recreated and come
 * back in `droppedLines`, for the page to list.
 */
export function draftOrderInput(args: DraftOrderArgs):
  | ({ok: true} & DraftOrderPlan)
  | {
      ok: false;
      reason: string;
      wording: Wording;
      droppedLines: DraftOrderPlan['droppedLines'];
    } {
  const lines = args.cart?.lines ?? [];
  const droppedLines = lines
    .filter((l) => l.variantId === null)
    .map((l) => ({title: l.title, quantity: l.quantity}));
  const lineItems = lines.flatMap((l) =>
    l.variantId === null || l.quantity <= 0
      ? []
      : [
          {
            variantId: l.variantId,
            quantity: l.quantity,
            ...(l.properties.length > 0 ? {customAttributes: l.properties} : {}),
          },
        ],
  );
  if (lineItems.length === 0) {
    const wording = caseWording(
      lines.length === 0 ? 'draftOrder.noLines' : 'draftOrder.noVariants',
    );
    return {
      ok: false,
      reason: englishSayer(null).say(wording),
      wording,
      droppedLines,
    };
  }
  const currencyCode = args.cart?.currencyCode ?? 'USD';
  const offer = promisedDiscount(args, currencyCode);
  const input: DraftOrderCreateInput = {
    lineItems,
    ...offer.input,
    ...(args.email ? {email: args.email} : {}),
    ...(args.customerId ? {purchasingEntity: {customerId: args.customerId}} : {}),
    customAttributes: [{key: CASE_ATTRIBUTE_KEY, value: args.caseId}],
    ...(args.note ? {note: args.note} : {}),
  };
  return {
    ok: true,
    input,
    discount: offer.discount,
    discountSentence: englishSayer(null).say(offer.wording),
    discountWording: offer.wording,
    droppedLines,
  };
}

/** The campaign code, when its last verification says it works and the window is open. */
export function applicableCode(
  promise: PromiseSnapshot,
  now: number,
  codeRefused = false,
): string | null {
  const state = promise.codeState;
  if (codeRefused || state === null) return null;
  if (now < promise.startsAt || now >= promise.endsAt) return null;
  const known = promise.codes.some((c) => c.toLowerCase() === state.code.toLowerCase());
  return known && CODE_WORKS.has(state.status.toLowerCase()) ? state.code : null;
}

type Offer = {
  input: Pick<DraftOrderCreateInput, 'discountCodes' | 'appliedDiscount' | 'shippingLine'>;
  discount: DraftOrderRef['discount'];
  wording: Wording;
};

function promisedDiscount(args: DraftOrderArgs, currencyCode: string): Offer {
  const promise = args.promise;
  if (promise === null) {
    return {input: {}, discount: null, wording: caseWording('draftOrder.noPromise')};
  }
  const code = applicableCode(promise, args.now, args.codeRefused);
  if (code !== null) {
    return {
      input: {discountCodes: [code]},
      discount: {kind: 'code', code},
      wording: caseWording('draftOrder.promisedCode', {code}),
    };
  }
  const first = promise.codes[0];
  const why = first
    ? clause('draftOrder.codeCannotApply', {code: first})
    : clause('draftOrder.campaignCodeCannotApply');
  const terms = promise.terms ?? null;
  if (terms === null) {
    return {
      input: {},
      discount: null,
      wording: caseWording('draftOrder.termsNotKept', {why, promise: promise.promiseSentence}),
    };
  }
  const title = promise.promiseSentence.slice(0, 255);
  const description = `Promised by ${promise.campaignName}`.slice(0, 255);
  if (terms.kind === 'free_shipping') {
    return {
      input: {shippingLine: {title, priceWithCurrency: {amount: '0.00', currencyCode}}},
      discount: null,
      wording: caseWording('draftOrder.freeShipping', {why}),
    };
  }
  const value = terms.value ?? 0;
  const scoped = (line: Wording): Wording =>
    terms.scope.type === 'entire_order'
      ? line
      : caseWording('timeline.alsoSaid', {
          first: {say: line},
          then: clause('draftOrder.wholeOrder', {
            covered:
              terms.scope.description ?? clause('draftOrder.someScope', {type: terms.scope.type}),
          }),
        });
  if (terms.kind === 'percentage') {
    return {
      input: {appliedDiscount: {title, description, value, valueType: 'PERCENTAGE'}},
      discount: {kind: 'applied', title, value, valueType: 'PERCENTAGE'},
      wording: scoped(caseWording('draftOrder.equalPercentage', {why, value})),
    };
  }
  const amount = value.toFixed(2);
  return {
    input: {
      appliedDiscount: {
        title,
        description,
        value,
        valueType: 'FIXED_AMOUNT',
        amountWithCurrency: {amount, currencyCode},
      },
    },
    discount: {kind: 'applied', title, value, valueType: 'FIXED_AMOUNT'},
    wording: scoped(caseWording('draftOrder.equalAmount', {why, amount, currency: currencyCode})),
  };
}
