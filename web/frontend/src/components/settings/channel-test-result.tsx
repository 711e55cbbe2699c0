import {Banner, Text} from '@shopify/polaris';

/** What a server said to a test: its acceptance, or its refusal, word for word. */
export function ChannelTestResult({
  result,
  server,
}: {
  result: {ok: true; response: string} | {ok: false; error: string} | undefined;
  /** Who answered: "The mail server", "Slack". */
  server: string;
}) {
  if (!result) return null;
  return (
    <Banner
      tone={result.ok ? 'success' : 'critical'}
      title={result.ok ? `${server} accepted the test` : `${server} refused the test`}
    >
      <Text as="p">
        <code>{result.ok ? result.response : result.error}</code>
      </Text>
    </Banner>
  );
}
