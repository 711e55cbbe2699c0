import {OVERVIEW_PATH, parseOverview} from './overview';
import {useApiQuery} from './use-api';

/**
 * The shop's currency (`CAD`), for amounts the merchant types or reads; `undefined` until it is
 * known or when it cannot be loaded: money is then shown without a currency sign, never wrongly.
 */
export function useShopCurrency(): string | undefined {
  const {query} = useApiQuery(OVERVIEW_PATH, parseOverview);
  return query.status === 'success' ? query.data.shop.currencyCode : undefined;
}
