import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {Banner, BlockStack, List, Text} from '@shopify/polaris';
import {
  activatePixel,
  parsePixelStatus,
  PIXEL_STATUS_PATH,
  type PixelStatus,
} from '../../api/pixel-status';
import {asApiError, type ApiError} from '../../api/api-error';
import {useApiClient, useApiQuery} from '../../api/use-api';
import {showToast} from '../../toast';

/**
 * What stands between the shop's checkouts and this page: the pixel is off, no checkout has come
 * yet, or events were set aside because they could not be read. Says nothing when all is well, and
 * nothing when the status itself cannot be read (the page has its own error for that).
 */
export function PixelStatusBanner() {
  const client = useApiClient();
  const {t} = useTranslation('live');
  const {query, reload} = useApiQuery(PIXEL_STATUS_PATH, parsePixelStatus);
  const [turningOn, setTurningOn] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();

  if (query.status !== 'success') return null;
  const status = query.data;

  const turnOn = () => {
    setTurningOn(true);
    setFailure(undefined);
    activatePixel(client).then(
      () => {
        setTurningOn(false);
        showToast(t('pixel.turnedOn'));
        reload();
      },
      (error: unknown) => {
        setTurningOn(false);
        setFailure(asApiError(error));
      },
    );
  };

  return (
    <BlockStack gap="300">
      {status.pixel.active ? null : (
        <Banner
          title={t('pixel.offTitle')}
          tone="critical"
          action={{content: t('pixel.turnOn'), onAction: turnOn, loading: turningOn}}
        >
          <BlockStack gap="100">
            <Text as="p">{t('pixel.offBody')}</Text>
            {failure ? (
              <Text as="p" tone="critical">
                {failure.requestId
                  ? t('pixel.failedWithId', {error: failure.message, requestId: failure.requestId})
                  : t('pixel.failed', {error: failure.message})}
              </Text>
            ) : null}
          </BlockStack>
        </Banner>
      )}
      {status.pixel.active && status.checkouts.lastActivityAt === null ? (
        <Banner title={t('pixel.waitingTitle')} tone="info">
          <Text as="p">{t('pixel.waitingBody')}</Text>
        </Banner>
      ) : null}
      <QuarantineNotice status={status} />
    </BlockStack>
  );
}

function QuarantineNotice({status}: {status: PixelStatus}) {
  const {t} = useTranslation('live');
  const {last24h, recent} = status.quarantined;
  if (last24h === 0) return null;
  return (
    <Banner title={t('pixel.quarantineTitle', {count: last24h})} tone="warning">
      <BlockStack gap="100">
        <Text as="p">{t('pixel.quarantineBody', {count: last24h})}</Text>
        <List>
          {recent.map((problem) => (
            <List.Item key={`${problem.receivedAt}-${problem.reason}`}>{problem.reason}</List.Item>
          ))}
        </List>
      </BlockStack>
    </Banner>
  );
}
