import {BlockStack, Card, Text} from '@shopify/polaris';
import {Trans, useTranslation} from 'react-i18next';
import type {PromiseSnapshot} from '../../api/case-schemas';
import {useShopFormat} from '../../shop/shop-format';

/** What the email promised when the case opened: a later edit of the campaign cannot rewrite it. */
export function PromiseCard({promise}: {promise: PromiseSnapshot | null}) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  return (
    <section aria-label={t('promise.heading')}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t('promise.heading')}
          </Text>
          {promise === null ? (
            <Text as="p" tone="subdued">
              {t('promise.none')}
            </Text>
          ) : (
            <BlockStack gap="200">
              <Text as="p">
                <Trans
                  t={t}
                  i18nKey="promise.promised"
                  components={{
                    promise: (
                      <Text as="span" fontWeight="semibold">
                        {promise.promiseSentence}
                      </Text>
                    ),
                    campaign: <span>{promise.campaignName}</span>,
                  }}
                />
              </Text>
              <Text as="p">
                {promise.codes.length === 0
                  ? t('promise.noCode')
                  : t('promise.codes', {codes: promise.codes.join(', ')})}
              </Text>
              <Text as="p">
                {t('promise.valid', {
                  start: format.dateTime(promise.startsAt),
                  end: format.dateTime(promise.endsAt),
                })}
              </Text>
              <Text as="p" tone="subdued">
                {promise.codeState === null
                  ? t('promise.notChecked')
                  : // The status is a finding's code (READY, CODE_EXPIRED): the summary says it in words.
                    t('promise.lastCheck', {
                      code: promise.codeState.code,
                      when: format.dateTime(promise.codeState.checkedAt),
                      summary: promise.codeState.summary,
                    })}
              </Text>
            </BlockStack>
          )}
        </BlockStack>
      </Card>
    </section>
  );
}
