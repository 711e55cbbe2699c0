import {Badge, BlockStack, Box, Card, InlineStack, Link, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {MailboxMessage} from '../../api/demo-mailbox';
import {useShopFormat} from '../../shop/shop-format';

/**
 * One message as it was received: when, on which channel, to whom, its subject and words, and
 * the case it links to, opened here in the demo (the link it carries opens Shopify admin).
 */
export function MailboxMessageCard({message, now}: {message: MailboxMessage; now: number}) {
  const {t} = useTranslation('demo');
  const format = useShopFormat();
  const title = message.subject ?? t('message.slackTitle');
  const to = message.to.length > 0 ? message.to.join(', ') : t('message.slackChannel');
  return (
    <Card>
      <BlockStack gap="200">
        <InlineStack gap="200" align="space-between" blockAlign="center">
          <InlineStack gap="200" blockAlign="center">
            <Badge tone={message.channel === 'email' ? 'info' : 'magic'}>
              {t(`filters.${message.channel}`)}
            </Badge>
            <Text as="span" tone="subdued">
              {t('message.to', {to})}
            </Text>
          </InlineStack>
          <Text as="span" tone="subdued">
            <time dateTime={new Date(message.receivedAt).toISOString()}>
              {format.moment(message.receivedAt, now, 'seconds')}
            </time>
          </Text>
        </InlineStack>
        <Text as="h2" variant="headingSm">
          {title}
        </Text>
        {message.from ? (
          <Text as="p" tone="subdued" variant="bodySm">
            {t('message.from', {from: message.from})}
          </Text>
        ) : null}
        <Box background="bg-surface-secondary" padding="300" borderRadius="200">
          {/* The words as sent: plain text, its line breaks kept. */}
          <div style={{whiteSpace: 'pre-wrap', overflowWrap: 'anywhere'}}>
            <Text as="p">{message.body}</Text>
          </div>
        </Box>
        {message.caseLink ? (
          <InlineStack gap="200" blockAlign="center">
            <Link url={`/inbox/${encodeURIComponent(message.caseLink.caseId)}`}>
              {t('message.openCase')}
            </Link>
            <Text as="span" tone="subdued" variant="bodySm">
              {t('message.openCaseNote')}
            </Text>
          </InlineStack>
        ) : null}
      </BlockStack>
    </Card>
  );
}
