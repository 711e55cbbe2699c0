import {TitleBar} from '@shopify/app-bridge-react';
import {Card, EmptyState, Layout, Page} from '@shopify/polaris';
import illustration from '../assets/live-illustration.svg';
import {ExplainerCard} from '../components/explainer-card';
import {HESITATION_SIGNALS} from '../hesitation-signals';

export const LIVE_TITLE = 'Live checkouts';

const SIGNAL_ITEMS = HESITATION_SIGNALS.map((signal) => ({title: signal.label, body: signal.body}));

export function LiveCheckoutsPage() {
  return (
    <>
      <TitleBar title={LIVE_TITLE} />
      <Page>
        <Layout>
          <Layout.Section>
            <Card>
              <EmptyState heading="No checkouts in progress right now" image={illustration}>
                <p>
                  Follow each shopper’s checkout as it happens: the offer they came with, whether it
                  is applied, the step they are on, and the moment they start to struggle.
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
      </Page>
    </>
  );
}
