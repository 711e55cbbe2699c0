import {useState} from 'react';
import {useTranslation} from 'react-i18next';
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
  const {t} = useTranslation('cases');
  const [open, setOpen] = useState(false);
  const owed = format.money(refund.owed.amount, refund.owed.currencyCode);
  const confirm = async () => {
    if (await run('refund', {}, t('toast.refunded', {amount: owed}))) setOpen(false);
  };
  return (
    <BlockStack gap="200" inlineAlign="start">
      <Text as="h3" variant="headingSm">
        {t('refund.heading')}
      </Text>
      <Text as="p">{t('refund.explain', {order: refund.orderName, amount: owed})}</Text>
      <Button onClick={() => setOpen(true)} disabled={pending !== undefined}>
        {t('refund.button')}
      </Button>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('refund.confirmTitle', {amount: owed, order: refund.orderName})}
        primaryAction={{
          content: t('refund.confirm', {amount: owed}),
          destructive: true,
          loading: pending === 'refund',
          onAction: () => void confirm(),
        }}
        secondaryActions={[
          {
            content: t('refund.cancel'),
            onAction: () => setOpen(false),
            disabled: pending === 'refund',
          },
        ]}
      >
        <Modal.Section>
          <Text as="p">{t('refund.warning')}</Text>
        </Modal.Section>
      </Modal>
    </BlockStack>
  );
}
