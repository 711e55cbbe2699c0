import type {Check} from './context';
import type {CheckedFinding} from '../findings';
import type {CodeDiscountFacts, DiscountItems} from '../discount-facts';
import type {ProductCollections} from '../discount-reader';
import type {PickedResource} from '../campaign';
import type {WordValue} from '../../sentences/wording';
import {findingWording, phrase, promisePhrase} from '../finding-phrases';

type Narrowed = Exclude<DiscountItems, {type: 'all'}>;

/** Up to three titles name what a code covers; beyond, the count leads and three are examples. */
const TITLES_NAMED = 3;

/**
 * Does each code cover the products or collections the email promises? Compared by GID: the
 * promise's picked products and collections against what the discount's `customerGets.items`
 * names. A scope written only as text cannot be compared, and says so as a warning.
 */
export const checkPromisedScope: Check = ({campaign, discounts, shop, productCollections}) =>
  discounts.flatMap((discount): CheckedFinding[] => {
    if (!discount.found || discount.items.type === 'all') return [];
    if (campaign.promise.kind === 'free_shipping') return [];
    const promise = promisePhrase(campaign.promise, shop.currencyCode);
    const {scope} = campaign.promise;
    const items = discount.items;
    if (scope.type === 'entire_order') return [narrower(discount, promise, items)];
    const picked = scope.items ?? [];
    if (picked.length === 0) return [notChecked(scope.type, false, discount, promise, items)];
    const uncovered =
      scope.type === 'products'
        ? uncoveredProducts(picked, items, productCollections)
        : uncoveredCollections(picked, items);
    if (uncovered === 'unknown') return [notChecked(scope.type, true, discount, promise, items)];
    if (uncovered.length === 0) return [];
    return [narrower(discount, promise, items, uncovered)];
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

/** "the collection “Throws”", "12 product(s), such as “A”, “B”, “C” and 9 more". */
function covered(items: Narrowed): WordValue {
  const {count, titles} = items;
  const products = items.type === 'products';
  if (titles.length > 0 && titles.length <= TITLES_NAMED)
    return phrase(products ? 'covered.product' : 'covered.collection', {count, titles: {titles}});
  if (titles.length === 0)
    return phrase(products ? 'covered.products' : 'covered.collections', {count});
  return phrase(products ? 'covered.productsSuchAs' : 'covered.collectionsSuchAs', {
    count,
    titles: {titles},
  });
}

function narrower(
  discount: CodeDiscountFacts,
  promise: WordValue,
  items: Narrowed,
  missed?: PickedResource[],
): CheckedFinding {
  const {code} = discount;
  const facts = {promise, code, covered: covered(items)};
  const finding = {
    code: 'SCOPE_NARROWER_THAN_PROMISED',
    severity: 'blocker',
    subject: code,
  } as const;
  if (!missed)
    return {
      ...finding,
      explanation: findingWording('narrower.explanation', facts),
      fix: findingWording('narrower.fix', {code}),
    };
  const titles = {titles: missed.map((m) => m.title)};
  return {
    ...finding,
    explanation: findingWording('narrower.explanationMissed', {
      ...facts,
      missed: titles,
      count: missed.length,
    }),
    fix: findingWording('narrower.fixMissed', {code, missed: titles}),
  };
}

function notChecked(
  scopeType: 'products' | 'collections',
  picked: boolean,
  discount: CodeDiscountFacts,
  promise: WordValue,
  items: Narrowed,
): CheckedFinding {
  const {code} = discount;
  const facts = {promise, code, covered: covered(items)};
  return {
    code: 'SCOPE_NOT_CHECKED',
    severity: 'warning',
    subject: code,
    explanation: findingWording(
      picked ? 'notChecked.explanationPicked' : 'notChecked.explanationText',
      facts,
    ),
    fix: findingWording(
      picked ? `notChecked.fixPicked.${scopeType}` : `notChecked.fixText.${scopeType}`,
      {code},
    ),
  };
}
