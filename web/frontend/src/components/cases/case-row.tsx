import {Badge, BlockStack, IndexTable, InlineStack, Link, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import type {CaseSummary} from '../../api/case-schemas';
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
import styles from '../live/live.module.css';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  item: CaseSummary;
  position: number;
  fresh: boolean;
  now: number;
  listQuery: string;
}

/** A case's address carries the inbox's filters, so its breadcrumb returns to the same view. */
export function caseUrl(id: string, listQuery = ''): string {
  return `/inbox/${encodeURIComponent(id)}${listQuery ? `?${listQuery}` : ''}`;
}

/** One shopper's case in a line; a click anywhere on it opens the case (see `JourneyRow`). */
export function CaseRow({item, position, fresh, now, listQuery}: Props) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  const {t: tLive} = useTranslation('live');
  const navigate = useNavigate();
  const url = caseUrl(item.id, listQuery);
  const status = statusLabel(item.status, t);
  const sla = slaWords(item, now, format, t);
  const snoozed = item.snoozedUntil !== null && item.snoozedUntil > now;
  return (
    <IndexTable.Row id={item.id} position={position} onClick={() => navigate(url)}>
      <IndexTable.Cell>
        {fresh ? <span className={styles.fresh} data-fresh="" /> : null}
        <BlockStack gap="100" inlineAlign="start">
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
            {item.outcome
              ? t('inbox.row.statusWithOutcome', {
                  status,
                  outcome: caseOutcomeLabel(item.outcome, t),
                })
              : status}
          </Badge>
        </BlockStack>
      </IndexTable.Cell>
      <IndexTable.Cell>
        <div className={styles.sentence}>
          <BlockStack gap="050">
            <Link url={url} monochrome removeUnderline dataPrimaryLink>
              <Text as="span" fontWeight="semibold">
                {item.headline}
              </Text>
            </Link>
            <Text as="span" tone="subdued" variant="bodySm">
              {[
                item.signalTypes.map((type) => signalWords(type, tLive)).join(', '),
                item.campaign?.name,
                t('inbox.row.opened', {when: format.moment(item.openedAt, now)}),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </BlockStack>
        </div>
      </IndexTable.Cell>
      <IndexTable.Cell>{item.shopperLabel}</IndexTable.Cell>
      <IndexTable.Cell>
        <InlineStack gap="100" blockAlign="center">
          <Text
            as="span"
            tone={sla.overdue ? 'critical' : sla.soon ? 'caution' : undefined}
            fontWeight={sla.overdue ? 'semibold' : undefined}
          >
            {sla.text}
          </Text>
          {snoozed && item.snoozedUntil !== null ? (
            <Badge>
              {t('inbox.row.snoozedUntil', {when: format.moment(item.snoozedUntil, now)})}
            </Badge>
          ) : null}
        </InlineStack>
      </IndexTable.Cell>
      <IndexTable.Cell>{assigneeWords(item, t)}</IndexTable.Cell>
      <IndexTable.Cell>
        {item.cartTotal ? (
          <Text as="span" numeric>
            {format.money(item.cartTotal.amount, item.cartTotal.currencyCode)}
          </Text>
        ) : (
          <Text as="span" tone="subdued">
            {t('inbox.row.unknownTotal')}
          </Text>
        )}
      </IndexTable.Cell>
    </IndexTable.Row>
  );
}
