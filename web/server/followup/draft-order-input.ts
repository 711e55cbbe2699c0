import type {DraftOrderRef, JourneySnapshot, PromiseSnapshot} from './types';

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
  droppedLines: DraftOrderRef['droppedLines'];
}

/**
 * The draft order that resumes a case: the checkout's lines and quantities (properties kept),
 * the promised discount, the shopper, and the case id. The campaign's code goes in when it can
 * apply; otherwise an equal discount does, because Shopify ignores a code that does not apply
 * and the shopper would be charged in full. Lines without a variant cannot be recreated and come
 * back in `droppedLines`, for the page to list.
 */
export function draftOrderInput(
  args: DraftOrderArgs,
):
  | ({ok: true} & DraftOrderPlan)
  | {ok: false; reason: string; droppedLines: DraftOrderPlan['droppedLines']} {
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
    return {
      ok: false,
      reason:
        lines.length === 0
          ? 'The checkout had no cart lines to put on a draft order'
          : 'No line of the checkout names a product variant, so none can go on a draft order',
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
    discountSentence: offer.sentence,
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
  sentence: string;
};

function promisedDiscount(args: DraftOrderArgs, currencyCode: string): Offer {
  const promise = args.promise;
  if (promise === null) return {input: {}, discount: null, sentence: 'No promise to honor.'};
  const code = applicableCode(promise, args.now, args.codeRefused);
  if (code !== null) {
    return {
      input: {discountCodes: [code]},
      discount: {kind: 'code', code},
      sentence: `The promised code ${code} is on the draft order.`,
    };
  }
  const why = `The code ${promise.codes[0] ?? 'of the campaign'} cannot apply`;
  const terms = promise.terms ?? null;
  if (terms === null) {
    return {
      input: {},
      discount: null,
      sentence: `${why}, and the promise's terms were not kept: add "${promise.promiseSentence}" to the draft order in Shopify before sending it.`,
    };
  }
  const title = promise.promiseSentence.slice(0, 255);
  const description = `Promised by ${promise.campaignName}`.slice(0, 255);
  if (terms.kind === 'free_shipping') {
    return {
      input: {shippingLine: {title, priceWithCurrency: {amount: '0.00', currencyCode}}},
      discount: null,
      sentence: `${why}, so the draft order ships for free, as promised.`,
    };
  }
  const value = terms.value ?? 0;
  const scoped =
    terms.scope.type === 'entire_order'
      ? ''
      : ` It is on the whole order, while the promise covered ${terms.scope.description ?? `some ${terms.scope.type}`}: adjust it in Shopify if needed.`;
  if (terms.kind === 'percentage') {
    return {
      input: {appliedDiscount: {title, description, value, valueType: 'PERCENTAGE'}},
      discount: {kind: 'applied', title, value, valueType: 'PERCENTAGE'},
      sentence: `${why}, so the draft order carries an equal ${value}% discount.${scoped}`,
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
    sentence: `${why}, so the draft order carries an equal ${amount} ${currencyCode} discount.${scoped}`,
  };
}
