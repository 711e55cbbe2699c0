import {Banner, BlockStack, InlineStack, Link, Text} from '@shopify/polaris';
import type {Outcomes} from '../../api/outcomes';

/**
 * Heed's promise to the shop's customers, shown as a figure: nobody is chased after they bought.
 * It reads 0 when Heed works; anything else names the cases to look into.
 */
export function BuyerGuarantee({contacts}: {contacts: Outcomes['contactsToBuyers']}) {
  const kept = contacts.count === 0;
  return (
    <section aria-label="Contacts to shoppers who had already ordered">
      <Banner
        tone={kept ? 'success' : 'critical'}
        title={
          kept
            ? 'No shopper was contacted after they had ordered'
            : `${contacts.count} ${contacts.count === 1 ? 'contact was' : 'contacts were'} made after the shopper had ordered`
        }
      >
        <BlockStack gap="200">
          <InlineStack gap="200" blockAlign="baseline">
            <Text as="p" variant="heading2xl">
              {String(contacts.count)}
            </Text>
            <Text as="p" tone="subdued">
              contacts to shoppers who had already ordered
            </Text>
          </InlineStack>
          <Text as="p">
            {kept
              ? 'Before every call, email or invoice Heed checks with Shopify whether the shopper has ordered since, by any channel, and stops the contact if they have.'
              : 'Heed did not know of these orders when the contacts were made. Open the cases to see what happened:'}
          </Text>
          {kept ? null : (
            <InlineStack gap="300">
              {contacts.caseIds.map((id) => (
                <Link key={id} url={`/inbox/${encodeURIComponent(id)}`}>
                  {`Case ${id.slice(0, 8)}`}
                </Link>
              ))}
            </InlineStack>
          )}
        </BlockStack>
      </Banner>
    </section>
  );
}
