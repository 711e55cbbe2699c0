import {TitleBar} from '@shopify/app-bridge-react';
import {Card, EmptyState, Layout, Page} from '@shopify/polaris';
import illustration from '../assets/campaign-illustration.svg';
import {ExplainerCard} from '../components/explainer-card';

export const CAMPAIGNS_TITLE = 'Campaigns';

const CHECKS = [
  {
    title: 'The code exists',
    body: 'The discount code in the email is a real code in your store, spelled the same way.',
  },
  {
    title: 'Active for the whole campaign',
    body: 'It starts before the email is sent and does not expire before the offer ends.',
  },
  {
    title: 'The promised amount',
    body: 'The percentage or amount matches what the email says, “20% off” means 20% off.',
  },
  {
    title: 'The right products and customers',
    body: 'It applies to the products the email shows and to the customers who receive it, new or returning.',
  },
  {
    title: 'Links carry the code',
    body: 'Every link in the email applies the code, so nobody has to type it or hunt for it.',
  },
] as const;

export function CampaignsPage() {
  return (
    <>
      <TitleBar title={CAMPAIGNS_TITLE} />
      <Page>
        <Layout>
          <Layout.Section>
            <Card>
              <EmptyState heading="Check every email offer before it is sent" image={illustration}>
                <p>
                  Register a campaign with its discount code, amount and dates. Heed verifies that
                  checkout will keep the promise your email makes, and while the campaign runs it
                  tells shoppers from the email that their offer is applied.
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
      </Page>
    </>
  );
}
