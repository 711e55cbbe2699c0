import {BlockStack, Card, InlineStack, Tag, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {parseLocalDateTime} from '../../../campaigns/datetime-local';
import {useShopFormat} from '../../../shop/shop-format';
import {promiseOf} from '../../../campaigns/check-campaign-form';
import {describeAudience, describeMinimum, describePromise} from '../../../campaigns/format';
import {splitList} from '../../../campaigns/form-values';
import type {SectionProps} from './section-props';

/** The promise read back in plain words while it is typed: a wrong "2" instead of "20" shows here. */
export function SummaryCard({values, currencyCode}: Pick<SectionProps, 'values' | 'currencyCode'>) {
  const format = useShopFormat();
  const {t} = useTranslation('campaignForm');
  const {t: words} = useTranslation('campaigns');
  const promise = promiseOf(values);
  const hasAmount = promise.kind === 'free_shipping' || (promise.value ?? 0) > 0;
  const codes = splitList(values.discountCodes);
  const sendAt = parseLocalDateTime(values.sendAt, format.timeZone);
  const startsAt = parseLocalDateTime(values.promiseStartsAt, format.timeZone);
  const endsAt = parseLocalDateTime(values.promiseEndsAt, format.timeZone);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t('summary.heading')}
        </Text>
        <Text as="p" fontWeight="semibold">
          {values.name.trim() || t('summary.newCampaign')}
        </Text>
        {hasAmount ? (
          <BlockStack gap="100">
            <Text as="p">{describePromise(promise, currencyCode, format, words)}</Text>
            <Text as="p" tone="subdued">
              {describeAudience(promise.audience, words)} ·{' '}
              {describeMinimum(promise.minimum, currencyCode, format, words)}
            </Text>
          </BlockStack>
        ) : (
          <Text as="p" tone="subdued">
            {t('summary.enterAmount')}
          </Text>
        )}
        {codes.length > 0 ? (
          <InlineStack gap="100">
            {codes.map((code) => (
              <Tag key={code}>{code}</Tag>
            ))}
          </InlineStack>
        ) : null}
        <BlockStack gap="050">
          {sendAt !== null ? (
            <Text as="p">{t('summary.sends', {date: format.dateTime(sendAt)})}</Text>
          ) : null}
          {startsAt !== null && endsAt !== null ? (
            <Text as="p" tone="subdued">
              {t('summary.valid', {
                start: format.dateTime(startsAt),
                end: format.dateTime(endsAt),
              })}
            </Text>
          ) : null}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
