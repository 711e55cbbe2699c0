import {RequestedTokenType, type Shopify} from '@shopify/shopify-api';
import type {StaffUserLookup} from '../followup/staff-directory';

/**
 * Who a staff user is, from an online token exchange: Shopify answers the associated user (name,
 * email, whether they own the store) with the online token. Heed keeps only the facts; the token
 * itself is not stored.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange
 */
export function createStaffUserLookup(api: Shopify): StaffUserLookup {
  return async (shop, sessionToken) => {
    const {session} = await api.auth.tokenExchange({
      shop,
      sessionToken,
      requestedTokenType: RequestedTokenType.OnlineAccessToken,
    });
    const user = session.onlineAccessInfo?.associated_user;
    if (!user) return null;
    const name = [user.first_name, user.last_name].filter((part) => part && part.trim()).join(' ');
    return {
      name: name || null,
      email: user.email || null,
      accountOwner: user.account_owner === true,
    };
  };
}
