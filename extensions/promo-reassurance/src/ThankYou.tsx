import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import type {Api} from '@shopify/ui-extensions/purchase.thank-you.block.render';
import {campaignFromAttributes, codeStatus} from './code-status';
import {decideThankYouView} from './decide';
import type {Offer} from './offer';
import {AskForPerson, readableContact} from './AskForPerson';
import {Reassurance} from './Reassurance';
import {thankYouOutcome} from './report';
import {useOffer} from './use-offer';
import {useReportOnce} from './use-report-once';
import {formatSaved, wordingFor} from './wording';

// The host's global for this target. Read inside components only: tests replace it between renders.
declare const shopify: Api;

export default async () => {
  render(<OrderReassurance />, document.body);
};

const getToken = () => shopify.sessionToken.get();

function OrderReassurance() {
  const campaign = campaignFromAttributes(shopify.attributes.value);
  const codes = shopify.discountCodes.value.map((c) => c.code);
  const offer = useOffer(campaign, codes, getToken);
  if (offer.status === 'loading' || !offer.offer) return null;
  return <OfferOnOrder offer={offer.offer} />;
}

function OfferOnOrder({offer}: {offer: Offer}) {
  const status = codeStatus(offer, {
    codes: shopify.discountCodes.value,
    allocations: shopify.discountAllocations.value,
    lineAllocations: shopify.lines.value.map((line) => line.discountAllocations),
    currencyCode: shopify.cost.totalAmount.value.currencyCode,
  });
  const view = decideThankYouView(status);
  const orderId = shopify.orderConfirmation.value.order.id;
  useReportOnce(thankYouOutcome(view, offer, orderId, shopify.checkoutToken.value), {
    getToken,
    analytics: shopify.analytics,
  });

  const {i18n} = shopify;
  const wording = wordingFor(offer, i18n, shopify.settings.value);
  if (view.kind === 'confirmed') {
    return (
      <Reassurance
        tone="success"
        heading={i18n.translate('thankYou.confirmedHeading', {offer: wording.offer})}
        lines={[
          view.saved && i18n.translate('thankYou.saved', {amount: formatSaved(view.saved, i18n)}),
        ]}
      />
    );
  }
  return (
    <Reassurance
      tone="info"
      heading={i18n.translate('thankYou.mismatchHeading', {offer: wording.offer})}
      lines={[
        i18n.translate('thankYou.mismatchBody'),
        wording.supportPhone && i18n.translate('notApplied.phone', {phone: wording.supportPhone}),
      ]}
    >
      <AskForPerson
        surface="thank_you"
        shopName={shopify.shop.name}
        i18n={i18n}
        prefill={readableContact(shopify)}
        place={{checkoutToken: shopify.checkoutToken.value, orderId}}
        language={shopify.localization.extensionLanguage.value.isoCode}
        timeZone={shopify.localization.timezone.value}
        getToken={getToken}
      />
    </Reassurance>
  );
}
