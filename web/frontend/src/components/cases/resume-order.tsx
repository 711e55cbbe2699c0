import {Banner, BlockStack, Button, Link, List, Text} from '@shopify/polaris';
import type {DraftOrderRef} from '../../api/case-schemas';
import type {ActionProps} from './case-actions-card';
import type {Draft} from './message-form';
import {useShopFormat} from '../../shop/shop-format';

interface Props extends ActionProps {
  draft: Draft;
  disabled: boolean;
}

/**
 * Picks up where the shopper left off: a draft order with the cart's lines and the promised
 * discount. Its invoice link can be read out on the phone, or sent with the staff member's message.
 */
export function ResumeOrder({view, run, pending, now, draft, disabled}: Props) {
  const order = view.case.draftOrder;
  const busy = pending !== undefined;
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        Resume the order
      </Text>
      {order === null ? (
        <BlockStack gap="200" inlineAlign="start">
          <Text as="p" tone="subdued">
            Heed creates a draft order with the cart’s lines and the promised discount, for this
            shopper.
          </Text>
          <Button
            onClick={() => void run('resume', {}, 'Draft order created')}
            loading={pending === 'resume'}
            disabled={busy}
          >
            Resume the order
          </Button>
        </BlockStack>
      ) : (
        <BlockStack gap="200" inlineAlign="start">
          <DraftOrderFacts order={order} now={now} />
          <Button
            variant="primary"
            onClick={() =>
              void run('invoice', {subject: draft.subject, body: draft.body}, 'Invoice sent')
            }
            loading={pending === 'invoice'}
            disabled={disabled || draft.body.trim() === '' || busy}
          >
            Send invoice with this message
          </Button>
        </BlockStack>
      )}
    </BlockStack>
  );
}

function DraftOrderFacts({order, now}: {order: DraftOrderRef; now: number}) {
  const format = useShopFormat();
  return (
    <BlockStack gap="200">
      <Text as="p">{`Draft order ${order.name}, created ${format.moment(order.createdAt, now)}.`}</Text>
      {order.invoiceUrl ? (
        <Text as="p">
          Invoice link to read out:{' '}
          <Link url={order.invoiceUrl} external>
            {order.invoiceUrl}
          </Link>
        </Text>
      ) : null}
      <Text as="p">{discountWords(order.discount)}</Text>
      {order.droppedLines.length > 0 ? (
        <Banner tone="warning" title="Some lines could not be recreated">
          <List>
            {order.droppedLines.map((line, index) => (
              <List.Item key={`${line.title ?? 'line'}-${index}`}>
                {`${line.title ?? 'Untitled product'} × ${line.quantity}`}
              </List.Item>
            ))}
          </List>
          <Text as="p">Add them by hand in Shopify, or tell the shopper.</Text>
        </Banner>
      ) : null}
      {order.invoiceSentAt !== null ? (
        <Text
          as="p"
          tone="success"
        >{`Invoice sent ${format.moment(order.invoiceSentAt, now)}.`}</Text>
      ) : null}
    </BlockStack>
  );
}

function discountWords(discount: DraftOrderRef['discount']): string {
  if (discount === null) return 'No discount went into the draft order.';
  if (discount.kind === 'code')
    return `The promised discount went in as the code ${discount.code}.`;
  const value = discount.valueType === 'PERCENTAGE' ? `${discount.value}%` : `${discount.value}`;
  return `The code could not apply to a draft order, so an equal discount went in instead: ${discount.title} (${value}).`;
}
