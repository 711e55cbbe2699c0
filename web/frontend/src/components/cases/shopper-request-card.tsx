import {BlockStack, Card, Text} from '@shopify/polaris';
import {Trans, useTranslation} from 'react-i18next';
import type {CaseView} from '../../api/case-schemas';
import {useShopFormat} from '../../shop/shop-format';

type ShopperRequest = NonNullable<CaseView['shopperRequest']>;

const SURFACES = ['checkout', 'thank_you'] as const;
const CHANNELS = ['email', 'phone'] as const;
/** The languages the checkout extension speaks; others are shown as checkout named them. */
const LANGUAGES = ['en', 'fr', 'de'] as const;

/** One of `known`, or undefined: a value this admin does not know yet shows as the server sent it. */
function knownOf<T extends string>(known: readonly T[], value: string): T | undefined {
  return known.find((k) => k === value);
}

/**
 * The shopper asked for a person: where, how they want to be reached (and at what, while the
 * case is open), and what Heed told them, so that whoever calls keeps that word.
 */
export function ShopperRequestCard({request, now}: {request: ShopperRequest; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  const spoken = request.locale ? knownOf(LANGUAGES, request.locale.split('-')[0] ?? '') : null;
  const language = spoken ? t(`request.language.${spoken}`) : request.locale;
  const surface = knownOf(SURFACES, request.surface);
  const channel = knownOf(CHANNELS, request.channel);
  const asked = {
    where: surface ? t(`request.where.${surface}`) : request.surface,
    when: format.moment(request.at, now),
    channel: channel ? t(`request.channel.${channel}`) : request.channel,
  };
  const reach = request.channel === 'phone' ? request.contact?.phone : request.contact?.email;
  return (
    <section aria-label={t('request.heading')}>
      <Card>
        <BlockStack gap="200">
          <Text as="h2" variant="headingMd">
            {t('request.heading')}
          </Text>
          <Text as="p">
            {reach ? (
              <Trans
                t={t}
                i18nKey="request.askedAt"
                values={asked}
                components={{
                  reach: (
                    <Text as="span" fontWeight="semibold">
                      {reach}
                    </Text>
                  ),
                }}
              />
            ) : (
              t('request.asked', asked)
            )}
          </Text>
          <Text as="p">
            {language
              ? t('request.toldIn', {told: request.told, language})
              : t('request.told', {told: request.told})}
          </Text>
          <Text as="p" tone="subdued" variant="bodySm">
            {t('request.deadline', {sla: request.sla})}
            {request.contact === null ? t('request.cleared') : ''}
          </Text>
        </BlockStack>
      </Card>
    </section>
  );
}
