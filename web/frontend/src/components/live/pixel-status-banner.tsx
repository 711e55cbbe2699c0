import {useState} from 'react';
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
        showToast('Checkout pixel turned on');
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
          title="Heed’s checkout pixel is off"
          tone="critical"
          action={{content: 'Turn the pixel on', onAction: turnOn, loading: turningOn}}
        >
          <BlockStack gap="100">
            <Text as="p">
              Without it Heed cannot follow shoppers through checkout, so no checkout appears here
              and no hesitation is noticed. Turning it on takes a moment and needs no change to your
              theme.
            </Text>
            {failure ? (
              <Text as="p" tone="critical">
                It could not be turned on: {failure.message}
                {failure.requestId ? ` (request ID ${failure.requestId})` : ''}
              </Text>
            ) : null}
          </BlockStack>
        </Banner>
      )}
      {status.pixel.active && status.checkouts.lastActivityAt === null ? (
        <Banner title="Waiting for the first checkout" tone="info">
          <Text as="p">
            The checkout pixel is on. Each checkout appears here as soon as a shopper reaches it.
          </Text>
        </Banner>
      ) : null}
      <QuarantineNotice status={status} />
    </BlockStack>
  );
}

function QuarantineNotice({status}: {status: PixelStatus}) {
  const {last24h, recent} = status.quarantined;
  if (last24h === 0) return null;
  const events = last24h === 1 ? '1 checkout event' : `${last24h} checkout events`;
  return (
    <Banner title={`${events} in the last 24 hours could not be read`} tone="warning">
      <BlockStack gap="100">
        <Text as="p">
          Heed set {last24h === 1 ? 'it' : 'them'} aside instead of guessing, so{' '}
          {last24h === 1 ? 'it is' : 'they are'} missing from the journeys below. If this keeps
          happening, contact Heed support with the reasons:
        </Text>
        <List>
          {recent.map((problem) => (
            <List.Item key={`${problem.receivedAt}-${problem.reason}`}>{problem.reason}</List.Item>
          ))}
        </List>
      </BlockStack>
    </Banner>
  );
}
