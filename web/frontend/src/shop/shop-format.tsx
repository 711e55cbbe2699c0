import {createContext, useContext, useMemo, type ReactNode} from 'react';
import {createFormatter, type Formatter} from '../../../shared/format';
import {OVERVIEW_PATH, parseOverview, type Overview} from '../api/overview';
import {useApiQuery, type ApiQuery} from '../api/use-api';

/**
 * How every page writes dates and money: in the shop's time zone and currency, in the admin
 * user's language. One provider reads the shop once; pages read it with `useShopFormat()`.
 */
export interface ShopFormat extends Formatter {
  /** The shop's currency (`CAD`); `undefined` until known: money then shows no sign, never a wrong one. */
  currencyCode: string | undefined;
  /** True once the shop's zone is known or cannot be: a form that enters times waits for it. */
  settled: boolean;
}

function shopFormat(
  locale: string | undefined,
  shop: {timeZone?: string | null | undefined; currencyCode?: string | undefined},
  settled: boolean,
): ShopFormat {
  return {
    ...createFormatter({locale, timeZone: shop.timeZone}),
    currencyCode: shop.currencyCode,
    settled,
  };
}

const ShopFormatContext = createContext<ShopFormat>(shopFormat(undefined, {}, true));

interface OverviewState {
  query: ApiQuery<Overview>;
  reload: () => void;
}

const OverviewContext = createContext<OverviewState | undefined>(undefined);

/**
 * `locale` is the admin user's language as App Bridge tells it (`shopify.config.locale`); the
 * browser's own language and zone are never used.
 * https://shopify.dev/docs/api/app-home/apis/authentication-and-data/config-api
 */
export function ShopFormatProvider({
  locale,
  children,
}: {
  locale: string | undefined;
  children: ReactNode;
}) {
  const {query, reload} = useApiQuery(OVERVIEW_PATH, parseOverview);
  const shop = query.status === 'success' ? query.data.shop : undefined;
  const settled = query.status !== 'loading';
  const timeZone = shop?.timeZone;
  const currencyCode = shop?.currencyCode;
  const value = useMemo(
    () => shopFormat(locale, {timeZone, currencyCode}, settled),
    [locale, timeZone, currencyCode, settled],
  );
  const overview = useMemo(() => ({query, reload}), [query, reload]);
  return (
    <OverviewContext.Provider value={overview}>
      <ShopFormatContext.Provider value={value}>{children}</ShopFormatContext.Provider>
    </OverviewContext.Provider>
  );
}

/** `GET /api/overview` as the provider read it: one request for the whole admin, not one per card. */
export function useOverview(): OverviewState {
  const overview = useContext(OverviewContext);
  if (!overview) throw new Error('useOverview needs a <ShopFormatProvider> above it');
  return overview;
}

export function useShopFormat(): ShopFormat {
  return useContext(ShopFormatContext);
}
