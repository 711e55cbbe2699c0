import {Badge, BlockStack, Card, InlineStack, Text} from '@shopify/polaris';
import type {CaseDetail} from '../../api/case-schemas';
import {
  PRIORITY_LOOK,
  STATUS_LOOK,
  assigneeWords,
  outcomeLabel,
  slaWords,
} from '../../cases/case-words';
import {signalLabel} from '../../live/signal-types';
import {useShopFormat} from '../../shop/shop-format';

const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  phone: 'A phone call',
  email: 'An email',
  invoice: 'An invoice for the order, with a message',
};

/** The case at a glance: how urgent, where it stands, whose it is, and the time left to act. */
export function CaseOverviewCard({item, now}: {item: CaseDetail; now: number}) {
  const format = useShopFormat();
  const priority = PRIORITY_LOOK[item.priority];
  const status = STATUS_LOOK[item.status];
  const sla = slaWords(item, now, format);
  const facts: Array<[string, string]> = [
    ['Assignee', assigneeWords(item)],
    ['Opened', format.moment(item.openedAt, now)],
    ['Suggested contact', CHANNEL_WORDS[item.suggestedChannel] ?? item.suggestedChannel],
  ];
  if (item.snoozedUntil !== null && item.snoozedUntil > now) {
    facts.push(['Snoozed until', format.moment(item.snoozedUntil, now)]);
  }
  if (item.outcome) facts.push(['Outcome', outcomeLabel(item.outcome)]);
  if (item.resolvedOrder) facts.push(['Order', item.resolvedOrder.name]);
  if (item.recoveredRevenue) {
    facts.push([
      'Recovered',
      format.money(item.recoveredRevenue.amount, item.recoveredRevenue.currencyCode),
    ]);
  }
  return (
    <section aria-label="Case">
      <Card>
        <BlockStack gap="300">
          <InlineStack gap="200" blockAlign="center">
            <Badge tone={priority.tone} toneAndProgressLabelOverride="Priority">
              {priority.label}
            </Badge>
            <Badge tone={status.tone} toneAndProgressLabelOverride="Status">
              {status.label}
            </Badge>
            <Text as="span" tone={sla.overdue ? 'critical' : 'subdued'} fontWeight="semibold">
              {sla.text}
            </Text>
          </InlineStack>
          <Text as="h2" variant="headingMd">
            {item.headline}
          </Text>
          <Text as="p" tone="subdued">
            {item.signalTypes.map(signalLabel).join(' · ')}
          </Text>
          <BlockStack as="ul" gap="100">
            {facts.map(([label, value]) => (
              <li key={label}>
                <Text as="span" fontWeight="semibold">
                  {label}:
                </Text>{' '}
                <Text as="span">{value}</Text>
              </li>
            ))}
          </BlockStack>
        </BlockStack>
      </Card>
    </section>
  );
}
