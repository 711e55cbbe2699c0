import {Banner, BlockStack, Card, Text} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {useTranslation} from 'react-i18next';
import type {CaseNotification} from '../../api/case-schemas';
import type {Formatter} from '../../../../shared/format';
import {useShopFormat} from '../../shop/shop-format';

const CHANNELS = ['email', 'slack'] as const;

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
  const {t} = useTranslation('cases');
  if (notifications.length === 0) return null;
  return (
    <section aria-label={t('notifications.heading')}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t('notifications.heading')}
          </Text>
          <BlockStack as="ul" gap="200">
            {notifications.map((n) => (
              <li key={n.id}>
                {n.status === 'failed' ? (
                  <Banner
                    tone="critical"
                    title={t('notifications.failed', {
                      channel: channelOf(n, t),
                      to: n.to,
                      error: n.lastError ?? t('notifications.unknownError'),
                    })}
                    action={{
                      content: t('notifications.retry'),
                      loading: retrying === n.id,
                      disabled: retrying !== undefined,
                      onAction: () => onRetry(n.id),
                    }}
                  >
                    <p>{t('notifications.tried', {count: n.attempts})}</p>
                  </Banner>
                ) : (
                  <Text as="p" tone={n.status === 'sent' ? undefined : 'subdued'}>
                    {sentence(n, now, format, t)}
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

/** A channel this admin does not know yet shows by the server's name for it. */
function channelOf(n: CaseNotification, t: TFunction<'cases'>): string {
  const known = CHANNELS.find((c) => c === n.channel);
  return known ? t(`notifications.channel.${known}`) : n.channel;
}

function sentence(
  n: CaseNotification,
  now: number,
  format: Formatter,
  t: TFunction<'cases'>,
): string {
  const channel = channelOf(n, t);
  if (n.status === 'sent' && n.sentAt !== null) {
    const when = format.moment(n.sentAt, now, 'seconds');
    return t('notifications.sent', {channel, to: n.to, when});
  }
  if (n.status === 'cancelled') {
    const reason = n.lastError ?? t('notifications.noLongerNeeded');
    return t('notifications.notSent', {channel, to: n.to, reason});
  }
  if (n.lastError) {
    return t('notifications.waiting', {channel, to: n.to, count: n.attempts, error: n.lastError});
  }
  return t('notifications.onItsWay', {channel, to: n.to});
}
