import {useShopFormat} from '../shop/shop-format';

/**
 * The shop's currency (`CAD`), for amounts the merchant types or reads; `undefined` until it is
 * known or when it cannot be loaded: money is then shown without a currency sign, never wrongly.
 */
export function useShopCurrency(): string | undefined {
  return useShopFormat().currencyCode;
}
