import {useState} from 'react';
import {BlockStack, Button, Modal, Text} from '@shopify/polaris';
import type {CaseView} from '../../api/case-schemas';
import type {ActionProps} from './case-actions-card';
import {useShopFormat} from '../../shop/shop-format';

/** The shopper paid without the promised discount: refund what the promise owed, after a confirmation. */
export function RefundAction({
  run,
  pending,
  refund,
}: ActionProps & {refund: NonNullable<CaseView['refund']>}) {
  const format = useShopFormat();
  const [open, setOpen] = useState(false);
  const owed = format.money(refund.owed.amount, refund.owed.currencyCode);
  const confirm = async () => {
    if (await run('refund', {}, `${owed} refunded`)) setOpen(false);
  };
  return (
    <BlockStack gap="200" inlineAlign="start">
      <Text as="h3" variant="headingSm">
        Make the order right
      </Text>
      <Text as="p">{`Order ${refund.orderName} was paid without the promised discount: the promise owed ${owed}.`}</Text>
      <Button onClick={() => setOpen(true)} disabled={pending !== undefined}>
        Refund the difference
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={`Refund ${owed} on ${refund.orderName}?`}
        primaryAction={{
          content: `Refund ${owed}`,
          destructive: true,
          loading: pending === 'refund',
          onAction: () => void confirm(),
        }}
        secondaryActions={[
          {content: 'Cancel', onAction: () => setOpen(false), disabled: pending === 'refund'},
        ]}
      >
        <Modal.Section>
          <Text as="p">
            Shopify refunds the amount to the shopper’s original payment method. This can’t be
            undone.
          </Text>
        </Modal.Section>
      </Modal>
    </BlockStack>
  );
}
