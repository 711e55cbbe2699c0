import {BlockStack, Card, Text} from '@shopify/polaris';
import type {CaseView} from '../../api/case-schemas';
import {useShopFormat} from '../../shop/shop-format';

type ShopperRequest = NonNullable<CaseView['shopperRequest']>;

const WHERE: Readonly<Record<string, string>> = {
  checkout: 'in checkout, next to the discount field',
  thank_you: 'on the Thank you page',
};
const CHANNEL: Readonly<Record<string, string>> = {email: 'by email', phone: 'by phone'};
/** The languages the checkout extension speaks; others are shown as checkout named them. */
const LANGUAGE: Readonly<Record<string, string>> = {en: 'English', fr: 'French', de: 'German'};

/**
 * The shopper asked for a person: where, how they want to be reached (and at what, while the
 * case is open), and what Heed told them, so that whoever calls keeps that word.
 */
export function ShopperRequestCard({request, now}: {request: ShopperRequest; now: number}) {
  const format = useShopFormat();
  const language = request.locale
    ? (LANGUAGE[request.locale.split('-')[0] ?? ''] ?? request.locale)
    : null;
  const reach = request.channel === 'phone' ? request.contact?.phone : request.contact?.email;
  return (
    <section aria-label="The shopper asked for a person">
      <Card>
        <BlockStack gap="200">
          <Text as="h2" variant="headingMd">
            The shopper asked for a person
          </Text>
          <Text as="p">
            {`Asked ${WHERE[request.surface] ?? request.surface}, ${format.moment(request.at, now)}, to be contacted ${CHANNEL[request.channel] ?? request.channel}`}
            {reach ? (
              <>
                {' at '}
                <Text as="span" fontWeight="semibold">
                  {reach}
                </Text>
              </>
            ) : null}
            .
          </Text>
          <Text as="p">
            {`Heed told them to expect contact ${request.told}${language ? `, in ${language}` : ''}.`}
          </Text>
          <Text as="p" tone="subdued" variant="bodySm">
            {`The deadline follows ${request.sla}.`}
            {request.contact === null
              ? ' What they gave to be reached at was cleared with the case’s contact details.'
              : ''}
          </Text>
        </BlockStack>
      </Card>
    </section>
  );
}
