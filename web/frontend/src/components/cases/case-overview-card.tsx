import {Badge, BlockStack, Card, InlineStack, Text} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {CaseDetail} from '../../api/case-schemas';
import {
  PRIORITY_LOOK,
  STATUS_LOOK,
  assigneeWords,
  caseOutcomeLabel,
  priorityLabel,
  slaWords,
  statusLabel,
} from '../../cases/case-words';
import {signalWords} from '../../live/signal-types';
import {useShopFormat} from '../../shop/shop-format';

const CHANNELS = ['phone', 'email', 'invoice'] as const;

/** A channel this admin does not know yet shows by the server's name for it. */
function channelWords(channel: string, t: TFunction<'cases'>): string {
  const known = CHANNELS.find((c) => c === channel);
  return known ? t(`overview.channel.${known}`) : channel;
}

/** The case at a glance: how urgent, where it stands, whose it is, and the time left to act. */
export function CaseOverviewCard({item, now}: {item: CaseDetail; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  const {t: tLive} = useTranslation('live');
  const sla = slaWords(item, now, format, t);
  const facts: Array<[string, string]> = [
    [t('overview.assignee'), assigneeWords(item, t)],
    [t('overview.opened'), format.moment(item.openedAt, now)],
    [t('overview.suggestedContact'), channelWords(item.suggestedChannel, t)],
  ];
  if (item.snoozedUntil !== null && item.snoozedUntil > now) {
    facts.push([t('overview.snoozedUntil'), format.moment(item.snoozedUntil, now)]);
  }
  if (item.outcome) facts.push([t('overview.outcome'), caseOutcomeLabel(item.outcome, t)]);
  if (item.resolvedOrder) facts.push([t('overview.order'), item.resolvedOrder.name]);
  if (item.recoveredRevenue) {
    facts.push([
      t('overview.recovered'),
      format.money(item.recoveredRevenue.amount, item.recoveredRevenue.currencyCode),
    ]);
  }
  return (
    <section aria-label={t('overview.label')}>
      <Card>
        <BlockStack gap="300">
          <InlineStack gap="200" blockAlign="center">
            <Badge
              tone={PRIORITY_LOOK[item.priority].tone}
              toneAndProgressLabelOverride={t('badge.priority')}
            >
              {priorityLabel(item.priority, t)}
            </Badge>
            <Badge
              tone={STATUS_LOOK[item.status].tone}
              toneAndProgressLabelOverride={t('badge.status')}
            >
              {statusLabel(item.status, t)}
            </Badge>
            <Text as="span" tone={sla.overdue ? 'critical' : 'subdued'} fontWeight="semibold">
              {sla.text}
            </Text>
          </InlineStack>
          <Text as="h2" variant="headingMd">
            {item.headline}
          </Text>
          <Text as="p" tone="subdued">
            {item.signalTypes.map((type) => signalWords(type, tLive)).join(' · ')}
          </Text>
          <BlockStack as="ul" gap="100">
            {facts.map(([label, value]) => (
              <li key={label}>
                <Text as="span" fontWeight="semibold">
                  {t('overview.fact', {label})}
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
