import {Banner, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';

/** What a server said to a test: its acceptance, or its refusal, word for word. */
export function ChannelTestResult({
  result,
  server,
}: {
  result: {ok: true; response: string} | {ok: false; error: string} | undefined;
  /** Who answered, as the sentence starts: "The mail server", "Slack". */
  server: string;
}) {
  const {t} = useTranslation('settings');
  if (!result) return null;
  return (
    <Banner
      tone={result.ok ? 'success' : 'critical'}
      title={t(result.ok ? 'channelTest.accepted' : 'channelTest.refused', {server})}
    >
      <Text as="p">
        <code>{result.ok ? result.response : result.error}</code>
      </Text>
    </Banner>
  );
}
