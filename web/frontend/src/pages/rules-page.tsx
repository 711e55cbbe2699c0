import {useState} from 'react';
import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Card, Divider, EmptyState, Layout, Modal, Page, Text} from '@shopify/polaris';
import {useNavigate} from 'react-router-dom';
import type {RuleView} from '../api/rule-schemas';
import illustration from '../assets/rules-illustration.svg';
import {ApiErrorBanner} from '../components/api-error-banner';
import {PageSkeleton} from '../components/page-skeleton';
import {RuleItem} from '../components/rules/rule-item';
import {useRules} from '../rules/use-rules';

export const RULES_TITLE = 'Rules';

export function RulesPage() {
  const navigate = useNavigate();
  const {query, reload, rules, pending, error, toggle, move, remove} = useRules();
  const [deleting, setDeleting] = useState<RuleView | undefined>();

  return (
    <>
      <TitleBar title={RULES_TITLE}>
        <button variant="primary" onClick={() => navigate('/rules/new')}>
          Add rule
        </button>
      </TitleBar>
      {query.status === 'loading' ? <PageSkeleton label="Loading your rules" /> : null}
      {query.status === 'error' ? (
        <Page>
          <ApiErrorBanner
            title="Heed couldn’t load your rules"
            error={query.error}
            onRetry={reload}
          />
        </Page>
      ) : null}
      {query.status === 'success' ? (
        <Page>
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                {error ? (
                  <ApiErrorBanner
                    title="Heed couldn’t change the rule"
                    error={error}
                    onRetry={reload}
                  />
                ) : null}
                {rules.length === 0 ? (
                  <Card>
                    <EmptyState
                      heading="Decide which struggles deserve a person"
                      image={illustration}
                      action={{content: 'Add rule', url: '/rules/new'}}
                    >
                      <p>
                        Heed notices every hesitation, but your team’s time is precious. A rule says
                        which signals open a follow-up case, for which shoppers, who handles it and
                        how fast.
                      </p>
                    </EmptyState>
                  </Card>
                ) : (
                  <Card padding="0">
                    <BlockStack as="ol">
                      {rules.map((rule, index) => (
                        <BlockStack as="li" key={rule.id}>
                          {index > 0 ? <Divider /> : null}
                          <RuleItem
                            rule={rule}
                            first={index === 0}
                            last={index === rules.length - 1}
                            pending={pending?.id === rule.id ? pending.change : undefined}
                            busy={pending !== undefined}
                            onToggle={() => void toggle(rule)}
                            onMove={(by) => void move(rule, by)}
                            onDelete={() => setDeleting(rule)}
                          />
                        </BlockStack>
                      ))}
                    </BlockStack>
                  </Card>
                )}
                <Text as="p" tone="subdued">
                  The first rule that matches a shopper decides the case. Without a matching rule, a
                  signal stays on the shopper’s journey in Live checkouts and opens no case.
                </Text>
              </BlockStack>
            </Layout.Section>
          </Layout>
          <Modal
            open={deleting !== undefined}
            onClose={() => setDeleting(undefined)}
            title={`Delete ${deleting?.name ?? 'this rule'}?`}
            primaryAction={{
              content: 'Delete rule',
              destructive: true,
              loading: pending?.change === 'delete',
              onAction: () => {
                if (deleting) void remove(deleting).then(() => setDeleting(undefined));
              },
            }}
            secondaryActions={[{content: 'Cancel', onAction: () => setDeleting(undefined)}]}
          >
            <Modal.Section>
              <Text as="p">Open cases stay as they are; the rule opens no new ones.</Text>
            </Modal.Section>
          </Modal>
        </Page>
      ) : null}
    </>
  );
}
