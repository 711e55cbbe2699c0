import '@shopify/ui-extensions/preact';
import {render} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import type {Api} from '@shopify/ui-extensions/purchase.checkout.reductions.render-after';
import {campaignFromAttributes, codeStatus} from './code-status';
import {decideCheckoutView, shouldApplyCode, type ApplyAttempt, type CheckoutView} from './decide';
import type {Offer} from './offer';
import {AskForPerson, readableContact} from './AskForPerson';
import {Reassurance} from './Reassurance';
import {checkoutOutcome} from './report';
import {useOffer} from './use-offer';
import {useReportOnce} from './use-report-once';
import {useSettled} from './use-settled';
import {formatSaved, wordingFor} from './wording';

// The host's global for this target. Read inside components only: tests replace it between renders.
declare const shopify: Api;

export default async () => {
  render(<PromoReassurance />, document.body);
};

const getToken = () => shopify.sessionToken.get();

function PromoReassurance() {
  const campaign = campaignFromAttributes(shopify.attributes.value);
  const codes = shopify.discountCodes.value.map((c) => c.code);
  const offer = useOffer(campaign, codes, getToken);
  // Loading, no campaign and an unreachable Heed all look the same: nothing, checkout carries on.
  if (offer.status === 'loading' || !offer.offer) return null;
  return <OfferInCheckout offer={offer.offer} />;
}

function OfferInCheckout({offer}: {offer: Offer}) {
  const status = codeStatus(offer, {
    codes: shopify.discountCodes.value,
    allocations: shopify.discountAllocations.value,
    lineAllocations: shopify.lines.value.map((line) => line.discountAllocations),
    currencyCode: shopify.cost.totalAmount.value.currencyCode,
  });
  const [attempt, setAttempt] = useState<ApplyAttempt>('none');
  const settled = useSettled(`${status.kind}|${attempt}`);
  const seen = useRef(false);
  const facts = {
    status,
    canUpdateDiscountCodes: shopify.instructions.value.discounts.canUpdateDiscountCodes,
    attempt,
    seenBefore: seen.current,
    settled,
  };
  // Recorded after deciding, so this render still sees whether the code was there before.
  if (status.kind !== 'missing') seen.current = true;
  const view = decideCheckoutView(facts);
  const apply = shouldApplyCode(facts);

  useEffect(() => {
    if (!apply) return;
    setAttempt('pending');
    addCode(offer.code).then(setAttempt);
  }, [apply, offer.code]);

  useReportOnce(checkoutOutcome(view, offer, shopify.checkoutToken.value), {
    getToken,
    analytics: shopify.analytics,
  });
  return <CheckoutMessage view={view} offer={offer} />;
}

/** Shopify's error message is for developers, not buyers: only success or failure is kept. */
async function addCode(code: string): Promise<ApplyAttempt> {
  try {
    const result = await shopify.applyDiscountCodeChange({type: 'addDiscountCode', code});
    return result.type === 'success' ? 'succeeded' : 'failed';
  } catch {
    return 'failed';
  }
}

function CheckoutMessage({view, offer}: {view: CheckoutView; offer: Offer}) {
  const {i18n} = shopify;
  const wording = wordingFor(offer, i18n, shopify.settings.value);
  switch (view.kind) {
    case 'hidden':
      return null;
    case 'applying':
      return (
        <Reassurance tone="info" heading={i18n.translate('applying', {offer: wording.offer})} />
      );
    case 'applied':
      return (
        <Reassurance
          tone="success"
          heading={i18n.translate('applied.heading', {offer: wording.offer})}
          lines={[
            view.saved && i18n.translate('applied.saved', {amount: formatSaved(view.saved, i18n)}),
          ]}
        />
      );
    case 'not_applied':
      return (
        <Reassurance
          tone="info"
          heading={i18n.translate('notApplied.heading', {offer: wording.offer})}
          lines={[
            wording.notAppliedBody ?? i18n.translate('notApplied.body'),
            wording.supportPhone &&
              i18n.translate('notApplied.phone', {phone: wording.supportPhone}),
          ]}
        >
          <AskForPerson
            surface="checkout"
            shopName={shopify.shop.name}
            i18n={i18n}
            prefill={readableContact(shopify)}
            place={{checkoutToken: shopify.checkoutToken.value, orderId: undefined}}
            language={shopify.localization.extensionLanguage.value.isoCode}
            timeZone={shopify.localization.timezone.value}
            getToken={getToken}
          />
        </Reassurance>
      );
  }
}
