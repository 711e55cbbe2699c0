import {Banner, BlockStack, InlineStack, Link, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Outcomes} from '../../api/outcomes';

/**
 * Heed's promise to the shop's customers, shown as a figure: nobody is chased after they bought.
 * It reads 0 when Heed works; anything else names the cases to look into.
 */
export function BuyerGuarantee({contacts}: {contacts: Outcomes['contactsToBuyers']}) {
  const {t} = useTranslation('outcomes');
  const kept = contacts.count === 0;
  return (
    <section aria-label={t('guarantee.label')}>
      <Banner
        tone={kept ? 'success' : 'critical'}
        title={kept ? t('guarantee.kept') : t('guarantee.broken', {count: contacts.count})}
      >
        <BlockStack gap="200">
          <InlineStack gap="200" blockAlign="baseline">
            <Text as="p" variant="heading2xl">
              {String(contacts.count)}
            </Text>
            <Text as="p" tone="subdued">
              {t('guarantee.figure')}
            </Text>
          </InlineStack>
          <Text as="p">{kept ? t('guarantee.keptBody') : t('guarantee.brokenBody')}</Text>
          {kept ? null : (
            <InlineStack gap="300">
              {contacts.caseIds.map((id) => (
                <Link key={id} url={`/inbox/${encodeURIComponent(id)}`}>
                  {t('guarantee.case', {id: id.slice(0, 8)})}
                </Link>
              ))}
            </InlineStack>
          )}
        </BlockStack>
      </Banner>
    </section>
  );
}
