import type {Wording, WordValue} from '../sentences/wording';
import type {findings as english} from '../sentences/en/findings';
import type {CampaignPromise} from './campaign';
import type {DiscountValue} from './discount-facts';

type Paths<Tree> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? Key : `${Key}.${Paths<Tree[Key]>}`;
}[keyof Tree & string];
type WithoutPlural<Key> = Key extends `${infer Base}_${'one' | 'other'}` ? Base : Key;

/** A key of the `findings` sentences (a plural's base key: `count` picks the form). */
export type FindingKey = WithoutPlural<Paths<typeof english>>;

/** A sentence of a finding, with the facts it quotes. */
export function findingWording(key: FindingKey, values?: Record<string, WordValue>): Wording {
  return values ? {key: `findings:${key}`, values} : {key: `findings:${key}`};
}

/** A phrase a sentence quotes, worded in the same language as the sentence. */
export function phrase(key: FindingKey, values?: Record<string, WordValue>): WordValue {
  return {say: findingWording(key, values)};
}

/** A moment of the campaign or of a discount, told with its date and time on the shop's clock. */
export function moment(at: number): WordValue {
  return {at, style: 'dateTime'};
}

/** "20% off the entire order", "free shipping “Mink coat”": what the email promises. */
export function promisePhrase(promise: CampaignPromise, currencyCode: string): WordValue {
  const on = promisedScope(promise.scope);
  if (promise.kind === 'free_shipping')
    return on === null
      ? phrase('promise.freeShipping')
      : phrase('promise.freeShippingOn', {scope: on});
  const amount = promisedAmount(promise, currencyCode);
  return on === null
    ? phrase('promise.offEntireOrder', {amount})
    : phrase('promise.offOn', {amount, scope: on});
}

/** What a promise covers short of the whole order: the email's own words, else what was picked. */
function promisedScope(scope: CampaignPromise['scope']): WordValue | null {
  if (scope.type === 'entire_order') return null;
  if (scope.description !== undefined) return scope.description;
  const titles = (scope.items ?? []).map((item) => item.title);
  if (titles.length > 0) return {titles};
  return phrase(
    scope.type === 'products' ? 'promise.selectedProducts' : 'promise.selectedCollections',
  );
}

/** "20%" or "$10.00": the size of a promised discount. */
export function promisedAmount(promise: CampaignPromise, currencyCode: string): WordValue {
  return promise.kind === 'percentage'
    ? phrase('promise.percent', {percent: promise.value ?? 0})
    : {money: promise.value ?? 0, currency: currencyCode};
}

/** "15% off", "free shipping": what a discount gives, as Shopify says it. */
export function valuePhrase(value: DiscountValue, currencyCode: string): WordValue {
  switch (value.type) {
    case 'percentage':
      return phrase('value.percentOff', {percent: value.percent});
    case 'fixed_amount':
      return phrase('value.amountOff', {amount: {money: value.amount, currency: currencyCode}});
    case 'free_shipping':
      return phrase('value.freeShipping');
    case 'other':
      return value.description;
  }
}
