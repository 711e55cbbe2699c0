import type {ExtensionSettings, I18n} from '@shopify/ui-extensions/checkout';
import type {Saved} from './code-status';
import type {Offer} from './offer';

/** Every word the shopper reads comes from locales/ or from the merchant's settings. */
export interface Wording {
  /** "20% email offer", in the shopper's language, with the merchant's name for the offer. */
  offer: string;
  /** The merchant's own reassurance, replacing the translated one when set. */
  notAppliedBody: string | null;
  supportPhone: string | null;
}

export function wordingFor(offer: Offer, i18n: I18n, settings: ExtensionSettings): Wording {
  const name = setting(settings, 'offer_name') ?? i18n.translate('offer.name');
  return {
    offer: offerPhrase(offer, i18n, name),
    notAppliedBody: setting(settings, 'not_applied_message'),
    supportPhone: setting(settings, 'support_phone'),
  };
}

export function formatSaved(saved: Saved, i18n: I18n): string {
  return i18n.formatCurrency(saved.amount, {currency: saved.currencyCode});
}

function offerPhrase(offer: Offer, i18n: I18n, name: string): string {
  const {kind, value} = offer.promise;
  if (kind === 'free_shipping') return i18n.translate('offer.freeShipping', {name});
  if (value === null) return name;
  return kind === 'percentage'
    ? i18n.translate('offer.percentage', {name, value: i18n.formatNumber(value)})
    : i18n.translate('offer.fixedAmount', {
        name,
        value: i18n.formatCurrency(value, {currency: offer.currencyCode}),
      });
}

/** Settings the merchant never filled in are absent, not empty. */
function setting(settings: ExtensionSettings, key: string): string | null {
  const value = key in settings ? settings[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
