import {Badge, BlockStack, InlineStack, List, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CodeFacts, JourneyFacts, PromiseFacts} from '../../api/journey-schemas';
import {discountTypeWords, promiseLook, promisedCodeWords, timesWords} from '../../live/cart-words';
import {useShopFormat} from '../../shop/shop-format';

/** The offer the email promised, and every code the shopper tried or got. */
export function JourneyCodes({facts}: {facts: JourneyFacts}) {
  return (
    <BlockStack gap="400">
      {facts.promise ? <PromiseStatus promise={facts.promise} /> : null}
      <CodesTried tried={facts.codes.tried} />
      <CodesApplied applied={facts.codes.applied} />
    </BlockStack>
  );
}

function PromiseStatus({promise}: {promise: PromiseFacts}) {
  const {t} = useTranslation('live');
  const look = promiseLook(promise, t);
  const campaign = promise.campaign?.name ?? promise.campaignKey ?? t('codes.campaignFallback');
  const viaEmail = promise.campaign !== null;
  const from = promise.promised
    ? t(viaEmail ? 'codes.offerFromEmail' : 'codes.offerFromLink', {
        offer: capitalized(promise.promised),
        campaign,
      })
    : t(viaEmail ? 'codes.fromEmail' : 'codes.fromLink', {campaign});
  return (
    <BlockStack gap="100">
      <InlineStack align="space-between" blockAlign="center" gap="200">
        <Text as="h3" variant="headingSm">
          {t('codes.promisedOffer')}
        </Text>
        <Badge tone={look.tone}>{look.label}</Badge>
      </InlineStack>
      <Text as="p">{from}</Text>
      {promise.codes.length > 0 ? (
        <List type="bullet">
          {promise.codes.map((code) => (
            <List.Item key={code.code}>{promisedCodeWords(code, t)}</List.Item>
          ))}
        </List>
      ) : null}
    </BlockStack>
  );
}

function CodesTried({tried}: {tried: CodeFacts['tried']}) {
  const {t} = useTranslation('live');
  const items = tried.map((code, index) => {
    const text = t('codes.tried', {
      code: code.code ?? t('codes.aCode'),
      message: code.message,
      times: timesWords(code.times, t),
    });
    return {
      key: code.code ?? `unknown-${index}`,
      text: code.appliedLater ? t('codes.appliedLater', {text}) : text,
    };
  });
  return <CodeList title={t('codes.triedTitle')} empty={t('codes.triedEmpty')} items={items} />;
}

function CodesApplied({applied}: {applied: CodeFacts['applied']}) {
  const format = useShopFormat();
  const {t} = useTranslation('live');
  const items = applied.map((code) => {
    const how = discountTypeWords(code.type, t);
    const what = code.amount
      ? t('codes.amountOff', {
          code: code.code,
          amount: format.money(code.amount.amount, code.amount.currencyCode),
        })
      : t(code.targetType === 'SHIPPING_LINE' ? 'codes.onShipping' : 'codes.applied', {
          code: code.code,
        });
    return {key: code.code, text: how ? `${what} · ${how}` : what};
  });
  return <CodeList title={t('codes.appliedTitle')} empty={t('codes.appliedEmpty')} items={items} />;
}

/** A heading over a list of codes in words, or a sentence saying there is none. */
function CodeList({
  title,
  empty,
  items,
}: {
  title: string;
  empty: string;
  items: ReadonlyArray<{key: string; text: string}>;
}) {
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="headingSm">
        {title}
      </Text>
      {items.length === 0 ? (
        <Text as="p" tone="subdued">
          {empty}
        </Text>
      ) : (
        <List type="bullet">
          {items.map((item) => (
            <List.Item key={item.key}>{item.text}</List.Item>
          ))}
        </List>
      )}
    </BlockStack>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
