import {useMemo, useState} from 'react';
import {z} from 'zod/mini';
import {BlockStack, Button, InlineStack, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../../api/api-error';
import {sendTestMail, type MailTestResult} from '../../api/mail-settings';
import {useApiClient} from '../../api/use-api';
import {sayMailIn} from '../../settings/mail-form-state';
import {mailTestInputSchema} from '../../../../shared/mail-schemas';
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
  const [toError, setToError] = useState<string | undefined>();
  // The server's own check of the address, in the admin's language.
  const schema = useMemo(() => mailTestInputSchema(sayMailIn(t)), [t]);

  const send = async () => {
    if (to.trim() === '') return;
    const checked = z.safeParse(schema, {to: to.trim()});
    setToError(checked.success ? undefined : checked.error.issues[0]?.message);
    if (!checked.success) return;
    setSending(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await sendTestMail(client, to.trim()));
    } catch (caught: unknown) {
      const refusal = asApiError(caught);
      const onTo = refusal.problems.find((p) => p.path === 'to');
      if (onTo) setToError(onTo.message);
      else setError(refusal);
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
          error={toError}
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
