import {BlockStack, Button, Card, EmptySearchResult, EmptyState, Layout} from '@shopify/polaris';
import illustration from '../../assets/live-illustration.svg';
import {HESITATION_SIGNALS} from '../../hesitation-signals';
import {ExplainerCard} from '../explainer-card';

const SIGNAL_ITEMS = HESITATION_SIGNALS.map((signal) => ({title: signal.label, body: signal.body}));

/** No checkout at all in the time range: what will appear here, and what it takes. */
export function JourneysEmptyState({rangeLabel}: {rangeLabel: string}) {
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <EmptyState
            heading={`No checkouts in the ${rangeLabel.toLowerCase()}`}
            image={illustration}
            secondaryAction={{content: 'Open the setup guide', url: '/'}}
          >
            <p>
              Checkouts appear here as soon as shoppers check out with Heed’s pixel turned on: the
              step each shopper reached, how long they spent, and anything that went wrong, as it
              happens. This page updates on its own.
            </p>
          </EmptyState>
        </Card>
      </Layout.Section>
      <Layout.Section>
        <ExplainerCard
          title="Signals Heed notices"
          intro="Each journey is watched on its own, so one shopper’s trouble is never lost in an average."
          items={SIGNAL_ITEMS}
        />
      </Layout.Section>
    </Layout>
  );
}

/** Checkouts exist, but none with this signal or from this campaign. */
export function NoMatchingJourneys({onClear}: {onClear: () => void}) {
  return (
    <Card>
      <BlockStack gap="400" inlineAlign="center">
        <EmptySearchResult
          title="No checkouts match these filters"
          description="Try another signal or campaign, or a longer time range. New checkouts that match will appear here as they happen."
          withIllustration
        />
        <Button onClick={onClear}>Clear filters</Button>
      </BlockStack>
    </Card>
  );
}
