import {useState} from 'react';
import {BlockStack, Button} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../../api/api-error';
import {
  testChannel,
  type ChannelTest,
  type ChannelTestResult as Result,
} from '../../api/notification-settings';
import {useApiClient} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {ChannelTestResult} from './channel-test-result';

/** Sends a real test through one channel and shows the real answer. */
export function ChannelTestButton({
  id,
  label,
  test,
  server,
  disabled = false,
}: {
  id: string;
  label: string;
  test: ChannelTest;
  server: string;
  disabled?: boolean;
}) {
  const {t} = useTranslation('settings');
  const client = useApiClient();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result | undefined>();
  const [error, setError] = useState<ApiError | undefined>();

  const send = async () => {
    setSending(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await testChannel(client, test));
    } catch (caught: unknown) {
      setError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <BlockStack gap="200" inlineAlign="start">
      <Button id={id} onClick={() => void send()} loading={sending} disabled={disabled}>
        {label}
      </Button>
      <ChannelTestResult result={result} server={server} />
      {error ? (
        <ApiErrorBanner
          title={t('channelTest.sendFailed')}
          error={error}
          onRetry={() => void send()}
        />
      ) : null}
    </BlockStack>
  );
}
