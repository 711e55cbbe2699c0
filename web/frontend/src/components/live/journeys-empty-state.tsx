import {BlockStack, Button, Card, EmptySearchResult, EmptyState, Layout} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import illustration from '../../assets/live-illustration.svg';
import {HESITATION_SIGNALS} from '../../hesitation-signals';
import type {TimeRangeName} from '../../live/filters';
import {ExplainerCard} from '../explainer-card';

/** No checkout at all in the time range: what will appear here, and what it takes. */
export function JourneysEmptyState({range}: {range: TimeRangeName}) {
  const {t} = useTranslation('live');
  const signals = HESITATION_SIGNALS.map(({key}) => ({
    title: t(`hesitation.${key}Title`),
    body: t(`hesitation.${key}Body`),
  }));
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <EmptyState
            heading={t(`empty.heading.${range}`)}
            image={illustration}
            secondaryAction={{content: t('empty.setupGuide'), url: '/'}}
          >
            <p>{t('empty.body')}</p>
          </EmptyState>
        </Card>
      </Layout.Section>
      <Layout.Section>
        <ExplainerCard
          title={t('empty.signalsTitle')}
          intro={t('empty.signalsIntro')}
          items={signals}
        />
      </Layout.Section>
    </Layout>
  );
}

/** Checkouts exist, but none with this signal or from this campaign. */
export function NoMatchingJourneys({onClear}: {onClear: () => void}) {
  const {t} = useTranslation('live');
  return (
    <Card>
      <BlockStack gap="400" inlineAlign="center">
        <EmptySearchResult
          title={t('noMatch.title')}
          description={t('noMatch.description')}
          withIllustration
        />
        <Button onClick={onClear}>{t('noMatch.clear')}</Button>
      </BlockStack>
    </Card>
  );
}
