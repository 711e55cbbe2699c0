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
import type {MailboxChannel} from '../api/demo-mailbox';
import illustration from '../assets/inbox-illustration.svg';
import {ApiErrorBanner} from '../components/api-error-banner';
import {PageSkeleton} from '../components/page-skeleton';
import {MailboxMessageCard} from '../components/demo/mailbox-message-card';
import {useDemoMailbox} from '../demo/use-demo-mailbox';
import {useNow} from '../live/use-now';

export const DEMO_MAILBOX_TITLE = 'Demo mailbox';

const FILTERS: readonly {channel: MailboxChannel | undefined; label: string}[] = [
  {channel: undefined, label: 'All'},
  {channel: 'email', label: 'Email'},
  {channel: 'slack', label: 'Slack'},
];

/**
 * Demo only: nothing leaves the demo, so this page shows what would have been sent, as the
 * demo's own mail server and Slack webhook received it. It looks again every few seconds.
 */
export function DemoMailboxPage() {
  const [channel, setChannel] = useState<MailboxChannel | undefined>(undefined);
  const {state, refresh} = useDemoMailbox(channel);
  const now = useNow();

  return (
    <>
      <TitleBar title={DEMO_MAILBOX_TITLE}>
        <button onClick={refresh}>Refresh</button>
      </TitleBar>
      {state.status === 'loading' ? <PageSkeleton label="Loading the demo mailbox" /> : null}
      {state.status === 'error' ? (
        <Page>
          <ApiErrorBanner
            title="Heed couldn’t load the demo mailbox"
            error={state.error}
            onRetry={refresh}
          />
        </Page>
      ) : null}
      {state.status === 'loaded' ? (
        <Page>
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                <Banner tone="info">
                  <Text as="p">
                    In the demo nothing leaves this computer. The shop’s email goes to a mail server
                    the demo runs, and Slack messages to a webhook it runs; here is what they
                    received: notifications to the staff, emails to shoppers, tests.
                  </Text>
                </Banner>
                {state.error ? (
                  <ApiErrorBanner
                    title="Heed couldn’t look for new messages"
                    error={state.error}
                    onRetry={refresh}
                  />
                ) : null}
                <ButtonGroup variant="segmented">
                  {FILTERS.map((filter) => (
                    <Button
                      key={filter.label}
                      pressed={channel === filter.channel}
                      onClick={() => setChannel(filter.channel)}
                    >
                      {filter.label}
                    </Button>
                  ))}
                </ButtonGroup>
                {state.messages.length === 0 ? (
                  <Card>
                    <EmptyState heading="Nothing sent yet" image={illustration}>
                      <p>
                        When a case opens, is raised or goes overdue, the person who should hear of
                        it is told, and the message shows up here within seconds.
                      </p>
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
