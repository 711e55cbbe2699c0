import {Card, EmptyState, Layout} from '@shopify/polaris';
import illustration from '../../assets/campaign-illustration.svg';
import {CHECK_GROUPS} from '../../campaigns/check-groups';
import {ExplainerCard} from '../explainer-card';

const CHECKS = CHECK_GROUPS.map((group) => ({title: group.title, body: group.passed}));

/** The first visit: what a campaign is for, and the one action that starts it. */
export function CampaignsEmptyState({onCreate}: {onCreate: () => void}) {
  return (
    <Layout>
      <Layout.Section>
        <Card>
          <EmptyState
            heading="Check every email offer before it is sent"
            action={{content: 'Create campaign', onAction: onCreate}}
            image={illustration}
          >
            <p>
              Register a campaign with its discount code, amount and dates. Heed verifies that
              checkout will keep the promise your email makes, and while the campaign runs it tells
              shoppers from the email that their offer is applied.
            </p>
          </EmptyState>
        </Card>
      </Layout.Section>
      <Layout.Section>
        <ExplainerCard
          title="What Heed verifies for each campaign"
          intro="You get a report before sending, with anything that would stop the offer from applying."
          items={CHECKS}
        />
      </Layout.Section>
    </Layout>
  );
}
