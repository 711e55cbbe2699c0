import {BlockStack, Button, Card, EmptySearchResult, EmptyState, Layout} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import illustration from '../../assets/inbox-illustration.svg';
import {ExplainerCard} from '../explainer-card';

/** The parts of a case's story, by their keys under `inbox.empty.story`. */
const CASE_STORY = ['promised', 'shown', 'stopped', 'who', 'resume'] as const;

/** No open case at all: what will appear here, and what decides it. */
export function InboxEmptyState() {
  const {t} = useTranslation('cases');
  const story = CASE_STORY.map((part) => ({
    title: t(`inbox.empty.story.${part}Title`),
    body: t(`inbox.empty.story.${part}Body`),
  }));
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <EmptyState
            heading={t('inbox.empty.heading')}
            image={illustration}
            secondaryAction={{content: t('inbox.empty.action'), url: '/rules'}}
          >
            <p>{t('inbox.empty.body')}</p>
          </EmptyState>
        </Card>
      </Layout.Section>
      <Layout.Section>
        <ExplainerCard title={t('inbox.empty.storyTitle')} items={story} />
      </Layout.Section>
    </Layout>
  );
}

interface NoMatchProps {
  resolved: boolean;
  /** `undefined` when nothing narrows the view: there is nothing to clear. */
  onClear: (() => void) | undefined;
}

/** No case in this view: none resolved yet, or none that matches the filters. */
export function NoMatchingCases({resolved, onClear}: NoMatchProps) {
  const {t} = useTranslation('cases');
  const title = onClear
    ? t(resolved ? 'inbox.noMatch.resolvedFiltered' : 'inbox.noMatch.openFiltered')
    : t('inbox.noMatch.noneResolved');
  return (
    <Card>
      <BlockStack gap="400" inlineAlign="center">
        <EmptySearchResult
          title={title}
          description={onClear ? t('inbox.noMatch.tryAnother') : t('inbox.noMatch.resolvedAppear')}
          withIllustration
        />
        {onClear ? <Button onClick={onClear}>{t('inbox.noMatch.clear')}</Button> : null}
      </BlockStack>
    </Card>
  );
}
