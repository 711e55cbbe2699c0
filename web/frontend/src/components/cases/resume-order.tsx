import {Banner, BlockStack, Button, Link, List, Text} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
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
  const {t} = useTranslation('cases');
  const order = view.case.draftOrder;
  const busy = pending !== undefined;
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        {t('resume.heading')}
      </Text>
      {order === null ? (
        <BlockStack gap="200" inlineAlign="start">
          <Text as="p" tone="subdued">
            {t('resume.explain')}
          </Text>
          <Button
            onClick={() => void run('resume', {}, t('toast.draftCreated'))}
            loading={pending === 'resume'}
            disabled={busy}
          >
            {t('resume.button')}
          </Button>
        </BlockStack>
      ) : (
        <BlockStack gap="200" inlineAlign="start">
          <DraftOrderFacts order={order} now={now} />
          <Button
            variant="primary"
            onClick={() =>
              void run(
                'invoice',
                {subject: draft.subject, body: draft.body},
                t('toast.invoiceSent'),
              )
            }
            loading={pending === 'invoice'}
            disabled={disabled || draft.body.trim() === '' || busy}
          >
            {t('resume.sendInvoice')}
          </Button>
        </BlockStack>
      )}
    </BlockStack>
  );
}

function DraftOrderFacts({order, now}: {order: DraftOrderRef; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  return (
    <BlockStack gap="200">
      <Text as="p">
        {t('resume.draft', {name: order.name, when: format.moment(order.createdAt, now)})}
      </Text>
      {order.invoiceUrl ? (
        <Text as="p">
          {t('resume.invoiceLink')}{' '}
          <Link url={order.invoiceUrl} external>
            {order.invoiceUrl}
          </Link>
        </Text>
      ) : null}
      <Text as="p">{discountWords(order.discount, t)}</Text>
      {order.droppedLines.length > 0 ? (
        <Banner tone="warning" title={t('resume.droppedTitle')}>
          <List>
            {order.droppedLines.map((line, index) => (
              <List.Item key={`${line.title ?? 'line'}-${index}`}>
                {t('resume.droppedLine', {
                  title: line.title ?? t('cart.untitled'),
                  quantity: line.quantity,
                })}
              </List.Item>
            ))}
          </List>
          <Text as="p">{t('resume.droppedHelp')}</Text>
        </Banner>
      ) : null}
      {order.invoiceSentAt !== null ? (
        <Text as="p" tone="success">
          {t('resume.invoiceSent', {when: format.moment(order.invoiceSentAt, now)})}
        </Text>
      ) : null}
    </BlockStack>
  );
}

function discountWords(discount: DraftOrderRef['discount'], t: TFunction<'cases'>): string {
  if (discount === null) return t('resume.noDiscount');
  if (discount.kind === 'code') return t('resume.codeDiscount', {code: discount.code});
  const value = discount.valueType === 'PERCENTAGE' ? `${discount.value}%` : `${discount.value}`;
  return t('resume.equalDiscount', {title: discount.title, value});
}
