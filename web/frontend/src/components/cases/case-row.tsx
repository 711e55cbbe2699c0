import {Badge, BlockStack, IndexTable, InlineStack, Link, Text} from '@shopify/polaris';
import {useNavigate} from 'react-router-dom';
import type {CaseSummary} from '../../api/case-schemas';
import {
  PRIORITY_LOOK,
  STATUS_LOOK,
  assigneeWords,
  outcomeLabel,
  slaWords,
} from '../../cases/case-words';
import {signalLabel} from '../../live/signal-types';
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
  const navigate = useNavigate();
  const url = caseUrl(item.id, listQuery);
  const priority = PRIORITY_LOOK[item.priority];
  const status = STATUS_LOOK[item.status];
  const sla = slaWords(item, now, format);
  const snoozed = item.snoozedUntil !== null && item.snoozedUntil > now;
  return (
    <IndexTable.Row id={item.id} position={position} onClick={() => navigate(url)}>
      <IndexTable.Cell>
        {fresh ? <span className={styles.fresh} data-fresh="" /> : null}
        <BlockStack gap="100" inlineAlign="start">
          <Badge tone={priority.tone} toneAndProgressLabelOverride="Priority">
            {priority.label}
          </Badge>
          <Badge tone={status.tone} toneAndProgressLabelOverride="Status">
            {item.outcome ? `${status.label}: ${outcomeLabel(item.outcome)}` : status.label}
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
                item.signalTypes.map(signalLabel).join(', '),
                item.campaign?.name,
                `Opened ${format.moment(item.openedAt, now)}`,
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
            <Badge>{`Snoozed until ${format.moment(item.snoozedUntil, now)}`}</Badge>
          ) : null}
        </InlineStack>
      </IndexTable.Cell>
      <IndexTable.Cell>{assigneeWords(item)}</IndexTable.Cell>
      <IndexTable.Cell>
        {item.cartTotal ? (
          <Text as="span" numeric>
            {format.money(item.cartTotal.amount, item.cartTotal.currencyCode)}
          </Text>
        ) : (
          <Text as="span" tone="subdued">
            Unknown
          </Text>
        )}
      </IndexTable.Cell>
    </IndexTable.Row>
  );
}
