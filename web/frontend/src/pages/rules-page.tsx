import {useState} from 'react';
import {TitleBar} from '@shopify/app-bridge-react';
import {BlockStack, Card, Divider, EmptyState, Layout, Modal, Page, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {useNavigate} from 'react-router-dom';
import type {RuleView} from '../api/rule-schemas';
import illustration from '../assets/rules-illustration.svg';
import {ApiErrorBanner} from '../components/api-error-banner';
import {PageSkeleton} from '../components/page-skeleton';
import {RuleItem} from '../components/rules/rule-item';
import {useRules} from '../rules/use-rules';

export function RulesPage() {
  const {t} = useTranslation('rules');
  const navigate = useNavigate();
  const {query, reload, rules, pending, error, toggle, move, remove} = useRules();
  const [deleting, setDeleting] = useState<RuleView | undefined>();

  return (
    <>
      <TitleBar title={t('list.title')}>
        <button variant="primary" onClick={() => navigate('/rules/new')}>
          {t('list.addRule')}
        </button>
      </TitleBar>
      {query.status === 'loading' ? <PageSkeleton label={t('list.loading')} /> : null}
      {query.status === 'error' ? (
        <Page>
          <ApiErrorBanner title={t('list.loadFailed')} error={query.error} onRetry={reload} />
        </Page>
      ) : null}
      {query.status === 'success' ? (
        <Page>
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                {error ? (
                  <ApiErrorBanner title={t('list.changeFailed')} error={error} onRetry={reload} />
                ) : null}
                {rules.length === 0 ? (
                  <Card>
                    <EmptyState
                      heading={t('list.emptyHeading')}
                      image={illustration}
                      action={{content: t('list.addRule'), url: '/rules/new'}}
                    >
                      <p>{t('list.emptyBody')}</p>
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
                  {t('list.firstMatchDecides')}
                </Text>
              </BlockStack>
            </Layout.Section>
          </Layout>
          <Modal
            open={deleting !== undefined}
            onClose={() => setDeleting(undefined)}
            title={
              deleting ? t('list.deleteTitle', {name: deleting.name}) : t('list.deleteThisRule')
            }
            primaryAction={{
              content: t('list.deleteRule'),
              destructive: true,
              loading: pending?.change === 'delete',
              onAction: () => {
                if (deleting) void remove(deleting).then(() => setDeleting(undefined));
              },
            }}
            secondaryActions={[{content: t('list.cancel'), onAction: () => setDeleting(undefined)}]}
          >
            <Modal.Section>
              <Text as="p">{t('list.deleteBody')}</Text>
            </Modal.Section>
          </Modal>
        </Page>
      ) : null}
    </>
  );
}
