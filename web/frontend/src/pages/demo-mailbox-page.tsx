import {useState} from 'react';
import {TitleBar} from '@shopify/app-bridge-react';
import {
  Banner,
  BlockStack,
  Button,
  ButtonGroup,
  Card,
  EmptyState,
  Layout,
  Page,
  Text,
} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {MailboxChannel} from '../api/demo-mailbox';
import illustration from '../assets/inbox-illustration.svg';
import {ApiErrorBanner} from '../components/api-error-banner';
import {PageSkeleton} from '../components/page-skeleton';
import {MailboxMessageCard} from '../components/demo/mailbox-message-card';
import {useDemoMailbox} from '../demo/use-demo-mailbox';
import {useNow} from '../live/use-now';

const FILTERS = [
  {channel: undefined, name: 'all'},
  {channel: 'email', name: 'email'},
  {channel: 'slack', name: 'slack'},
] as const satisfies readonly {channel: MailboxChannel | undefined; name: string}[];

/**
 * Demo only: nothing leaves the demo, so this page shows what would have been sent, as the
 * demo's own mail server and Slack webhook received it. It looks again every few seconds.
 */
export function DemoMailboxPage() {
  const {t} = useTranslation('demo');
  const [channel, setChannel] = useState<MailboxChannel | undefined>(undefined);
  const {state, refresh} = useDemoMailbox(channel);
  const now = useNow();

  return (
    <>
      <TitleBar title={t('title')}>
        <button onClick={refresh}>{t('refresh')}</button>
      </TitleBar>
      {state.status === 'loading' ? <PageSkeleton label={t('loading')} /> : null}
      {state.status === 'error' ? (
        <Page>
          <ApiErrorBanner title={t('loadError')} error={state.error} onRetry={refresh} />
        </Page>
      ) : null}
      {state.status === 'loaded' ? (
        <Page>
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                <Banner tone="info">
                  <Text as="p">{t('intro')}</Text>
                </Banner>
                {state.error ? (
                  <ApiErrorBanner title={t('refreshError')} error={state.error} onRetry={refresh} />
                ) : null}
                <ButtonGroup variant="segmented">
                  {FILTERS.map((filter) => (
                    <Button
                      key={filter.name}
                      pressed={channel === filter.channel}
                      onClick={() => setChannel(filter.channel)}
                    >
                      {t(`filters.${filter.name}`)}
                    </Button>
                  ))}
                </ButtonGroup>
                {state.messages.length === 0 ? (
                  <Card>
                    <EmptyState heading={t('emptyHeading')} image={illustration}>
                      <p>{t('emptyBody')}</p>
                    </EmptyState>
                  </Card>
                ) : (
                  <BlockStack as="ul" gap="300">
                    {state.messages.map((message) => (
                      <li key={message.id} style={{listStyle: 'none'}}>
                        <MailboxMessageCard message={message} now={now} />
                      </li>
                    ))}
                  </BlockStack>
                )}
              </BlockStack>
            </Layout.Section>
          </Layout>
        </Page>
      ) : null}
    </>
  );
}
