import {useState} from 'react';
import {BlockStack, Button, InlineStack, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../../api/api-error';
import {sendTestMail, type MailTestResult} from '../../api/mail-settings';
import {useApiClient} from '../../api/use-api';
import {ApiErrorBanner} from '../api-error-banner';
import {ChannelTestResult} from './channel-test-result';

/** Sends a real message through the saved settings, and shows what the mail server answered. */
export function MailTest() {
  const {t} = useTranslation('settings');
  const client = useApiClient();
  const [to, setTo] = useState('');
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<MailTestResult | undefined>();
  const [error, setError] = useState<ApiError | undefined>();

  const send = async () => {
    if (to.trim() === '') return;
    setSending(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await sendTestMail(client, to.trim()));
    } catch (caught: unknown) {
      setError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <BlockStack gap="200">
      <InlineStack gap="200" blockAlign="end">
        <TextField
          id="mail-test-to"
          label={t('mail.testTo')}
          type="email"
          value={to}
          onChange={setTo}
          autoComplete="email"
        />
        <Button onClick={() => void send()} loading={sending} disabled={to.trim() === ''}>
          {t('mail.sendTest')}
        </Button>
      </InlineStack>
      <ChannelTestResult result={result} server={t('channelTest.mailServer')} />
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
