import {BlockStack, Card, Text} from '@shopify/polaris';
import type {PromiseSnapshot} from '../../api/case-schemas';
import {useShopFormat} from '../../shop/shop-format';

/** What the email promised when the case opened: a later edit of the campaign cannot rewrite it. */
export function PromiseCard({promise}: {promise: PromiseSnapshot | null}) {
  const format = useShopFormat();
  return (
    <section aria-label="What the email promised">
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            What the email promised
          </Text>
          {promise === null ? (
            <Text as="p" tone="subdued">
              The shopper did not come from a campaign email: nothing was promised.
            </Text>
          ) : (
            <BlockStack gap="200">
              <Text as="p">
                <Text as="span" fontWeight="semibold">
                  {promise.promiseSentence}
                </Text>{' '}
                in “{promise.campaignName}”.
              </Text>
              <Text as="p">
                {promise.codes.length === 0
                  ? 'No code: the discount was to apply on its own.'
                  : `Code ${promise.codes.join(', ')}`}
              </Text>
              <Text as="p">
                {`Valid ${format.dateTime(promise.startsAt)} to ${format.dateTime(promise.endsAt)}`}
              </Text>
              <Text as="p" tone="subdued">
                {promise.codeState === null
                  ? 'Heed had not checked the code when the case opened.'
                  : // The status is a finding's code (READY, CODE_EXPIRED): the summary says it in words.
                    `When the case opened, Heed’s last check of ${promise.codeState.code} (${format.dateTime(promise.codeState.checkedAt)}) said: ${promise.codeState.summary}`}
              </Text>
            </BlockStack>
          )}
        </BlockStack>
      </Card>
    </section>
  );
}
