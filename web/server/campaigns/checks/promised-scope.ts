import type {Check} from './context';
import type {Finding} from '../findings';
import type {CodeDiscountFacts, DiscountItems} from '../discount-facts';
import type {ProductCollections} from '../discount-reader';
import type {Campaign, PickedResource} from '../campaign';
import {describePromise, listTitles} from '../wording';

type Narrowed = Exclude<DiscountItems, {type: 'all'}>;

/**
 * Does each code cover the products or collections the email promises? Compared by GID: the
 * promise's picked products and collections against what the discount's `customerGets.items`
 * names. A scope written only as text cannot be compared, and says so as a warning.
 */
export const checkPromisedScope: Check = ({campaign, discounts, shop, productCollections}) =>
  discounts.flatMap((discount): Finding[] => {
    if (!discount.found || discount.items.type === 'all') return [];
    if (campaign.promise.kind === 'free_shipping') return [];
    const promise = describePromise(campaign.promise, shop.currencyCode);
    const {scope} = campaign.promise;
    const items = discount.items;
    if (scope.type === 'entire_order')
      return [narrower(discount, `The email promises ${promise}, but`, covered(items))];
    const picked = scope.items ?? [];
    if (picked.length === 0) return [notChecked(campaign, discount, promise, items)];
    const uncovered =
      scope.type === 'products'
        ? uncoveredProducts(picked, items, productCollections)
        : uncoveredCollections(picked, items);
    if (uncovered === 'unknown') return [notChecked(campaign, discount, promise, items)];
    if (uncovered.length === 0) return [];
    return [
      narrower(
        discount,
        `The email promises ${promise}, but`,
        covered(items),
        listTitles(uncovered.map((u) => u.title)),
      ),
    ];
  });

/** Products the code does not reach: neither listed nor in a listed collection. */
function uncoveredProducts(
  promised: PickedResource[],
  items: Narrowed,
  memberships: ProductCollections,
): PickedResource[] | 'unknown' {
  const missing = promised.filter((product) =>
    items.type === 'products'
      ? !items.ids.includes(product.id)
      : !(memberships[product.id]?.collectionIds ?? []).some((id) => items.ids.includes(id)),
  );
  if (missing.length === 0) return [];
  // Beyond the pages read, a missing product may still be covered: say it was not checked.
  const seenAll =
    items.complete &&
    (items.type === 'products' ||
      missing.every((product) => memberships[product.id]?.complete ?? true));
  return seenAll ? missing : 'unknown';
}

/** Collections the code does not list. A code on products cannot be compared with collections. */
function uncoveredCollections(
  promised: PickedResource[],
  items: Narrowed,
): PickedResource[] | 'unknown' {
  if (items.type === 'products') return 'unknown';
  const missing = promised.filter((collection) => !items.ids.includes(collection.id));
  return missing.length === 0 || items.complete ? missing : 'unknown';
}

function covered(items: Narrowed): string {
  const noun = items.type === 'products' ? 'product' : 'collection';
  const names = listTitles(items.titles);
  return items.titles.length > 0 && items.titles.length <= 3
    ? `the ${noun}${items.count === 1 ? '' : 's'} ${names}`
    : `${items.count} ${noun}(s)${names ? `, such as ${names}` : ''}`;
}

function narrower(
  discount: CodeDiscountFacts,
  opening: string,
  coveredText: string,
  missed?: string,
): Finding {
  return {
    code: 'SCOPE_NARROWER_THAN_PROMISED',
    severity: 'blocker',
    subject: discount.code,
    explanation:
      missed === undefined
        ? `${opening} ${discount.code} only applies to ${coveredText}: anything else in the cart is charged full price.`
        : `${opening} ${discount.code} only applies to ${coveredText}, so ${missed} ${missed.includes(',') || missed.includes(' and ') ? 'are' : 'is'} charged full price.`,
    fix:
      missed === undefined
        ? `Set ${discount.code} to apply to all products, or say in the email which products the offer covers.`
        : `Add ${missed} to ${discount.code} in Shopify, or take ${missed} out of the email.`,
  };
}

function notChecked(
  campaign: Campaign,
  discount: CodeDiscountFacts,
  promise: string,
  items: Narrowed,
): Finding {
  const {scope} = campaign.promise;
  const picked = scope.type !== 'entire_order' && (scope.items ?? []).length > 0;
  return {
    code: 'SCOPE_NOT_CHECKED',
    severity: 'warning',
    subject: discount.code,
    explanation: picked
      ? `The email promises ${promise}. ${discount.code} applies to ${covered(items)}, and Heed could not tell from Shopify whether that covers everything the email names.`
      : `The email promises ${promise}, written as text, and ${discount.code} applies to ${covered(items)}. Heed cannot compare text with the discount, so this was not checked.`,
    fix: picked
      ? `Open ${discount.code} in Shopify and check that it covers what the email names, or pick the same ${scope.type} in the campaign as in the discount.`
      : `Pick the ${scope.type} the email names in this campaign, so Heed can check that ${discount.code} covers them.`,
  };
}
