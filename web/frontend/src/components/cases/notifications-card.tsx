import {Banner, BlockStack, Card, Text} from '@shopify/polaris';
import type {CaseNotification} from '../../api/case-schemas';
import type {Formatter} from '../../../../shared/format';
import {useShopFormat} from '../../shop/shop-format';

const CHANNEL_WORDS: Record<string, string> = {email: 'Email', slack: 'Slack message'};

/**
 * Who Heed told about the case, and whether it reached them. A notification that keeps failing
 * says so with the server's answer and can be sent again; nothing is shown before the first one.
 */
export function NotificationsCard({
  notifications,
  now,
  retrying,
  onRetry,
}: {
  notifications: readonly CaseNotification[];
  now: number;
  retrying: string | undefined;
  onRetry: (id: string) => void;
}) {
  const format = useShopFormat();
  if (notifications.length === 0) return null;
  return (
    <section aria-label="Notifications">
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            Notifications
          </Text>
          <BlockStack as="ul" gap="200">
            {notifications.map((n) => (
              <li key={n.id}>
                {n.status === 'failed' ? (
                  <Banner
                    tone="critical"
                    title={`${channelOf(n)} to ${n.to} failed: ${n.lastError ?? 'unknown error'}`}
                    action={{
                      content: 'Retry',
                      loading: retrying === n.id,
                      disabled: retrying !== undefined,
                      onAction: () => onRetry(n.id),
                    }}
                  >
                    <p>{`Tried ${attemptsWords(n.attempts)}.`}</p>
                  </Banner>
                ) : (
                  <Text as="p" tone={n.status === 'sent' ? undefined : 'subdued'}>
                    {sentence(n, now, format)}
                  </Text>
                )}
              </li>
            ))}
          </BlockStack>
        </BlockStack>
      </Card>
    </section>
  );
}

function channelOf(n: CaseNotification): string {
  return CHANNEL_WORDS[n.channel] ?? n.channel;
}

function sentence(n: CaseNotification, now: number, format: Formatter): string {
  if (n.status === 'sent' && n.sentAt !== null) {
    return `${channelOf(n)} to ${n.to} sent · ${format.moment(n.sentAt, now, 'seconds')}`;
  }
  if (n.status === 'cancelled') {
    return `${channelOf(n)} to ${n.to} not sent: ${n.lastError ?? 'no longer needed'}`;
  }
  if (n.lastError) {
    return `${channelOf(n)} to ${n.to} waiting to be tried again (${attemptsWords(n.attempts)} so far): ${n.lastError}`;
  }
  return `${channelOf(n)} to ${n.to} on its way`;
}

function attemptsWords(attempts: number): string {
  return attempts === 1 ? 'once' : `${attempts} times`;
}
