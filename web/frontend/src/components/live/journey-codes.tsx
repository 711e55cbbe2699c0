import {Badge, BlockStack, InlineStack, List, Text} from '@shopify/polaris';
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
  const look = promiseLook(promise);
  const from = promise.campaign
    ? `the “${promise.campaign.name}” email`
    : `the “${promise.campaignKey ?? 'campaign'}” email link`;
  return (
    <BlockStack gap="100">
      <InlineStack align="space-between" blockAlign="center" gap="200">
        <Text as="h3" variant="headingSm">
          Promised offer
        </Text>
        <Badge tone={look.tone}>{look.label}</Badge>
      </InlineStack>
      <Text as="p">
        {promise.promised ? `${capitalized(promise.promised)} from ${from}` : `From ${from}`}
      </Text>
      {promise.codes.length > 0 ? (
        <List type="bullet">
          {promise.codes.map((code) => (
            <List.Item key={code.code}>{promisedCodeWords(code)}</List.Item>
          ))}
        </List>
      ) : null}
    </BlockStack>
  );
}

function CodesTried({tried}: {tried: CodeFacts['tried']}) {
  const items = tried.map((code, index) => ({
    key: code.code ?? `unknown-${index}`,
    text:
      `${code.code ?? 'A code'}: “${code.message}” · ${timesWords(code.times)}` +
      (code.appliedLater ? ' · applied later' : ''),
  }));
  return <CodeList title="Codes tried" empty="Checkout refused no code." items={items} />;
}

function CodesApplied({applied}: {applied: CodeFacts['applied']}) {
  const format = useShopFormat();
  const items = applied.map((code) => {
    const how = discountTypeWords(code.type);
    const what = code.amount
      ? `${code.code} −${format.money(code.amount.amount, code.amount.currencyCode)}`
      : `${code.code} (${code.targetType === 'SHIPPING_LINE' ? 'on shipping' : 'applied'})`;
    return {key: code.code, text: how ? `${what} · ${how}` : what};
  });
  return <CodeList title="Codes applied" empty="No discount took anything off." items={items} />;
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
