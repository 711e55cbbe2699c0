import {TitleBar} from '@shopify/app-bridge-react';
import {Badge, BlockStack, Card, DataTable, EmptyState, Layout, Page, Text} from '@shopify/polaris';
import illustration from '../assets/rules-illustration.svg';
import {HESITATION_SIGNALS} from '../hesitation-signals';

export const RULES_TITLE = 'Rules';

const SIGNAL_ROWS = HESITATION_SIGNALS.map((signal) => [
  <Badge tone={signal.tone} key="signal">
    {signal.label}
  </Badge>,
  signal.body,
  <Text as="span" tone="subdued" key="rule">
    No rule yet
  </Text>,
]);

export function RulesPage() {
  return (
    <>
      <TitleBar title={RULES_TITLE} />
      <Page>
        <Layout>
          <Layout.Section>
            <Card>
              <EmptyState heading="Decide which struggles deserve a person" image={illustration}>
                <p>
                  Heed notices every hesitation, but your team’s time is precious. A rule says which
                  signals open a follow-up case, for which shoppers (for example returning
                  customers, or carts above a value), who handles it and how fast.
                </p>
              </EmptyState>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <BlockStack gap="100">
                  <Text as="h2" variant="headingMd">
                    Signals you can act on
                  </Text>
                  <Text as="p" tone="subdued">
                    Without a rule, a signal is recorded in the shopper’s journey but does not open
                    a case.
                  </Text>
                </BlockStack>
                <DataTable
                  columnContentTypes={['text', 'text', 'text']}
                  headings={['Signal', 'What it means', 'Follow-up']}
                  rows={SIGNAL_ROWS}
                  verticalAlign="middle"
                />
              </BlockStack>
            </Card>
          </Layout.Section>
        </Layout>
      </Page>
    </>
  );
}
