/**
 * Places in Shopify admin where the merchant makes a fix. App Bridge opens `shopify://admin/…`
 * links in the admin itself, outside the app's frame:
 * https://shopify.dev/docs/api/app-home/apis/navigation
 */
import type {TFunction} from 'i18next';

const ADMIN = 'shopify://admin';

/** The theme app embed's handle: its file in extensions/campaign-attribution/blocks. */
export const CART_BAR_EMBED_HANDLE = 'attribution';

export interface AdminLink {
  label: string;
  url: string;
}

/** "gid://shopify/DiscountCodeNode/3002" → "3002": the admin's discount pages take the number. */
function numericId(gid: string): string | null {
  const match = /\/(\d+)$/.exec(gid);
  return match?.[1] ?? null;
}

/** Where a finding's fix is made, when it is made in Shopify admin. */
export function fixLink(
  fixAt: {kind: string; id?: string | undefined} | undefined,
  subject: string | null,
  t: TFunction<'campaigns'>,
): AdminLink | null {
  if (!fixAt) return null;
  if (fixAt.kind === 'discounts')
    return {label: t('fixLinks.createCode'), url: `${ADMIN}/discounts/new`};
  const id = fixAt.id === undefined ? null : numericId(fixAt.id);
  if (id === null) return null;
  if (fixAt.kind === 'discount')
    return {
      label: subject ? t('fixLinks.openDiscount', {subject}) : t('fixLinks.openTheDiscount'),
      url: `${ADMIN}/discounts/${id}`,
    };
  if (fixAt.kind === 'automatic_discount')
    return {label: t('fixLinks.openAutomatic'), url: `${ADMIN}/discounts/${id}`};
  return null;
}

/**
 * The theme editor's app embeds panel with Heed's cart bar selected, ready to switch on:
 * https://shopify.dev/docs/apps/build/online-store/theme-app-extensions/configuration#app-embed-block-deep-linking
 */
export function themeEditorLink(apiKey: string): string {
  return `${ADMIN}/themes/current/editor?context=apps&activateAppId=${encodeURIComponent(apiKey)}/${CART_BAR_EMBED_HANDLE}`;
}

/** The checkout editor, where the checkout block is placed (Shopify Plus). */
export const CHECKOUT_EDITOR_LINK = `${ADMIN}/settings/checkout/editor`;
